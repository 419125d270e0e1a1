/**
 * Self-repairs: "i'll take 2. hmm no, 4", "the 8th... no no the 9th", "what is #8 about... sorry I meant #5",
 * "older—ugh no, NEWER". A person corrects a card or a comparative before sending; the one taken back and the
 * words that take it back are cut, so the message reads as if typed right the first time ("i'll take 4").
 *
 * A repair is: a reference, at most three words of its phrase, a clause break, words of correcting only
 * (one of which really corrects: "no", "sorry", "I mean", "wait", "er"...), then a reference of the same kind.
 * The break and the same kind keep lists ("2, 4 and 7"), negations ("less romance. no more gore") and
 * apologies that start something else ("loved 1. sorry, I've seen 3") as they are.
 */
import type { Token } from "./text.ts";

/** Words that take back what came before. A bare "no" counts only when set off ("no, 4", "no no 4"). */
const CORRECTING = new Set(["no", "nope", "nah", "sorry", "wait", "mean", "meant", "actually", "typo", "oops", "er", "erm", "rather", "correction", "scratch", "make", "bad"]);
/** Words a correction is said with: "hmm no", "ugh no", "I mean", "scratch that", "my bad", "or rather". */
const CORRECTION_WORDS = new Set([...CORRECTING, "i", "hmm", "hm", "um", "uh", "ugh", "oh", "well", "that", "or", "my"]);
/** Words before a card's number or ordinal that belong to its reference: "the 8th", "number 2". */
const LEADS = new Set(["the", "number", "num", "nr"]);
/** Words a correction may ask the next card with: "no, what about 4", "actually, why 6?", "no wait, maybe 2". */
const ASKING = new Set(["whats", "what", "why", "how", "about", "maybe", "is", "try"]);
/** A card: a number from 1 to 10, an ordinal, "last", or none of them. */
const CARD = /^(?:[1-9]|10|1st|2nd|3rd|[4-9]th|10th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|none)$/;
/** A way the next slate should differ. */
const COMPARATIVES = new Set(["more", "less", "older", "newer", "earlier", "funnier", "scarier", "sadder", "happier", "darker", "lighter", "shorter", "longer"]);
/** How far a reference's phrase may run before its correction: "the 5th one... er", "more romance... no". */
const PHRASE = 3;

/** A clause break before the token; "2. hmm" too, which the tokenizer keeps together in case it numbers a list. */
function breaks(t: Token): boolean {
  return t.breakBefore || /[.,;:!?…—–-]/.test(t.joiner);
}

function kindOf(norm: string): "card" | "comparative" | null {
  return CARD.test(norm) ? "card" : COMPARATIVES.has(norm) ? "comparative" : null;
}

/** `text` without the references taken back; `text` itself when there are none. `skip(k)`: token k is in a title. */
export function withRepairsMade(text: string, tokens: readonly Token[], skip: (k: number) => boolean): string {
  let out = "";
  let last = 0;
  for (let k = 0; k < tokens.length; k++) {
    const kind = skip(k) ? null : kindOf(tokens[k].norm);
    if (kind === null) continue;
    const repair = repairAfter(tokens, k, kind, skip);
    if (repair === null) continue;
    let from = k;
    while (from > 0 && LEADS.has(tokens[from - 1].norm) && !tokens[from].breakBefore) from--;
    const cutFrom = Math.max(tokens[from].start, last);
    out += text.slice(last, cutFrom);
    last = tokens[repair.from].start;
    // The correcting reference may itself be taken back ("the 8th... no no the 9th, I meant the 9th").
    k = repair.at - 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** The reference that corrects the one at `k`: where its phrase starts and where the reference itself is. */
function repairAfter(tokens: readonly Token[], k: number, kind: "card" | "comparative", skip: (k: number) => boolean): { from: number; at: number } | null {
  // The correction opens a clause within the reference's phrase.
  let m = k + 1;
  while (m < tokens.length && m <= k + PHRASE && !breaks(tokens[m])) {
    if (kindOf(tokens[m].norm) !== null) return null;
    m++;
  }
  if (m >= tokens.length || !breaks(tokens[m])) return null;
  let corrects = false;
  let r = m;
  for (; r < tokens.length && CORRECTION_WORDS.has(tokens[r].norm); r++) {
    const w = tokens[r].norm;
    const next = tokens[r + 1];
    if (CORRECTING.has(w) && (w !== "no" || next === undefined || breaks(next) || CORRECTION_WORDS.has(next.norm))) corrects = true;
  }
  if (!corrects || r >= tokens.length) return null;
  // What the correction asks of the next card is kept: "3 looks nice. actually no, whats 4 about?".
  let at = r;
  while (at < tokens.length && at < r + 2 && ASKING.has(tokens[at].norm)) at++;
  while (at < tokens.length && LEADS.has(tokens[at].norm)) at++;
  return at < tokens.length && !skip(at) && kindOf(tokens[at].norm) === kind ? { from: r, at } : null;
}

/** The words a repair is read by, kept from the slip corrector ("typo" is no slip of "type"). */
export function repairWords(): string[] {
  return [...CORRECTION_WORDS, ...COMPARATIVES];
}
