/**
 * The parts of a message a reading did not use, to say back honestly ("I didn't follow 'cat is called
 * Bob'"). Conservative by design: only a whole clause counts, and only when it holds no catalog vocabulary,
 * no word the reading knows, and some word beyond function words and chat filler, so "please", "I'd like",
 * "maybe" or "hmm, let me think" are never reported.
 */
import type { Span } from "./lexicon.ts";
import { TRIVIAL } from "./lexicon.ts";
import type { Token } from "./text.ts";

/** Chat filler beyond the lexicon's function words: never worth saying it was skipped. */
const FILLER = new Set(
  `id im ive ill youd youre youve lets let lemme its thats whats theres heres maybe perhaps probably possibly please pls
  plz hmm hm hmmm um umm uh er erm well oh ah ahh lol haha hahaha lmao omg btw tbh imo idk wow really actually kind kinda
  sort sorta something anything everything pretty quite just tonight today now right mood feel feeling guess guessing
  wonder wondering curious thinking sounds sound looking look recommend recommendation recommendations suggest
  suggestion suggestions idea ideas thank thanks thx cool nice great awesome alright fine sure yeah yea yep hey hi hello
  there also again still though tho anyway anyways man dude buddy honestly totally definitely bit little lot lots most
  few type types stuff thing things ones time help hope need needs give show tell find something somewhat whatever
  enjoy enjoyed fun good bad ok okay taste choice choices pick picks amazing perfect excellent wonderful glad appreciate
  agree true indeed exactly along lines line vein ago forever ages bunch ha every single mind`.split(/\s+/),
);

/**
 * Clauses of the message (split at punctuation and at `breaks`) that no span touches and no `known` word or
 * number sits in, yet that hold a word beyond filler; each as typed, from its first such word to its end.
 */
export function skippedClauses(text: string, tokens: readonly Token[], spans: readonly Span[], known: (word: string) => boolean, breaks: ReadonlySet<string>): string[] {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.from, s.to);
  const out: string[] = [];
  let from = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k < tokens.length && !tokens[k].breakBefore && !breaks.has(tokens[k].norm)) continue;
    const clause = clauseOf(tokens, covered, from, k, known);
    if (clause) out.push(text.slice(clause.start, clause.end).trim());
    from = k;
  }
  return out;
}

function clauseOf(tokens: readonly Token[], covered: Uint8Array, from: number, to: number, known: (word: string) => boolean): { start: number; end: number } | null {
  let first = -1;
  for (let k = from; k < to; k++) {
    const w = tokens[k].norm;
    // "... since college", "since I was a kid": when, said in passing; the clause ends there.
    if (w === "since" && k > from) return first < 0 ? null : { start: tokens[first].start, end: tokens[k - 1].end };
    if (covered[k] || known(w) || /^\d+$/.test(w)) return null;
    if (first < 0 && !TRIVIAL.has(w) && !FILLER.has(w)) first = k;
  }
  return first < 0 ? null : { start: tokens[first].start, end: tokens[to - 1].end };
}
