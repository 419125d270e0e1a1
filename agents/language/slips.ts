/**
 * Keyboard slips in the words a reply is read by ("the secnd one", "non of these", "go bakc", "dosent matter"):
 * a word that is neither everyday English nor one of those words, one slip away from exactly one of them (a
 * letter dropped, added, changed or two swapped; a three-letter word only gains or swaps one), is read as it.
 * Titles are left alone: the lexicon corrects title words itself, and a word inside a matched title is not
 * looked at. One pass over the message, a set lookup per slip tried.
 */
import { isCommonWord } from "./common-words.ts";
import type { Token } from "./text.ts";

/** A letter typed three or more times running, and every such run. */
const STRETCHED = /(\p{L})\1\1/u;
const RUNS = /(\p{L})\1{2,}/gu;

/** Words shorter than this are never corrected ("wy" could be anything). */
const SHORTEST = 3;

export class SlipCorrector {
  /** Each dictionary word and each of its one-letter deletions, to the words they come from. */
  private readonly near = new Map<string, string[]>();

  constructor(private readonly words: ReadonlySet<string>) {
    for (const w of words) {
      if (w.length < SHORTEST) continue;
      this.add(w, w);
      for (let i = 0; i < w.length; i++) this.add(w.slice(0, i) + w.slice(i + 1), w);
    }
  }

  private add(key: string, word: string): void {
    const list = this.near.get(key);
    if (!list) this.near.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  }

  /** The word `typed` was meant as, or null when it is a word already, too short, or not one slip from exactly one. */
  correct(typed: string): string | null {
    if (typed.length < SHORTEST || this.words.has(typed) || /\d/.test(typed)) return null;
    // Letters held down for feeling ("yesss", "sooo", "pleeease", "ummm"; no English word has a letter three times
    // running): each run read as two or as one, a reply word first ("yesss" is "yes", though "yess" passes for English).
    if (STRETCHED.test(typed)) {
      const forms = [typed.replace(RUNS, "$1$1"), typed.replace(RUNS, "$1")];
      return forms.find((w) => this.words.has(w)) ?? forms.find((w) => isCommonWord(w)) ?? null;
    }
    // "lookss", "goodd": the last letter hit twice, which may pass for an inflected everyday word.
    if (typed[typed.length - 1] === typed[typed.length - 2] && this.words.has(typed.slice(0, -1))) return typed.slice(0, -1);
    if (isCommonWord(typed)) return null;
    const found = new Set<string>();
    const consider = (key: string) => {
      for (const w of this.near.get(key) ?? []) if (oneSlip(typed, w)) found.add(w);
    };
    consider(typed);
    for (let i = 0; i < typed.length; i++) consider(typed.slice(0, i) + typed.slice(i + 1));
    // Several: two letters swapped is the likeliest slip ("udno": "undo", not "uno"), then one that keeps the last
    // letter ("oldr": "older", not "old"; "numer": "number", not "numero"); a tie stays unread.
    const rank = (w: string) => (w.length === typed.length && !oneChange(typed, w) ? 0 : w[w.length - 1] === typed[typed.length - 1] ? 1 : 2);
    const ranked = [...found].sort((a, b) => rank(a) - rank(b));
    return ranked.length > 0 && (ranked.length === 1 || rank(ranked[0]) < rank(ranked[1])) ? ranked[0] : null;
  }
}

/** Two strings of one length that differ at exactly one place. */
function oneChange(a: string, b: string): boolean {
  let diffs = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs++;
  return diffs === 1;
}

/** One letter dropped, added, changed, or two neighbours swapped; a three-letter word only gains or swaps one. */
function oneSlip(typed: string, word: string): boolean {
  const short = typed.length === SHORTEST;
  if (typed.length === word.length) {
    let first = -1;
    let diffs = 0;
    for (let i = 0; i < typed.length; i++) if (typed[i] !== word[i]) (diffs++, first < 0 && (first = i));
    if (diffs === 2) return typed[first] === word[first + 1] && typed[first + 1] === word[first];
    return diffs === 1 && !short;
  }
  if (Math.abs(typed.length - word.length) !== 1 || (short && word.length < typed.length)) return false;
  const [a, b] = typed.length < word.length ? [typed, word] : [word, typed];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i) === b.slice(i + 1);
}

/**
 * The message with each slip in a reply word corrected (offsets from `tokens`); the same string when none was.
 * `skip` says which tokens to leave (those inside a matched title).
 */
export function withSlipsCorrected(text: string, tokens: readonly Token[], corrector: SlipCorrector, skip: (k: number) => boolean): string {
  let out = "";
  let last = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // A word the tokenizer split ("don't") or read as words ("smth") is as typed; only a plain word is corrected,
    // and not a name ("So I've seen Ricky Bobby" is no "picky").
    if (skip(k) || t.end - t.start !== t.norm.length || (t.capital && !t.sentenceStart)) continue;
    const fixed = corrector.correct(t.norm);
    if (fixed === null) continue;
    out += text.slice(last, t.start) + fixed;
    last = t.end;
  }
  return last === 0 ? text : out + text.slice(last);
}
