/**
 * Words and lookups every reading of a message shares: what negates, where a clause breaks, how far a
 * negation reaches, a yes, and finding a phrase among a message's tokens.
 */
import type { Token } from "./text.ts";

export const NEGATORS = new Set([
  "not", "no", "dont", "doesnt", "didnt", "never", "without", "isnt", "arent", "wasnt", "werent", "hate", "hated",
  "hates", "dislike", "disliked", "dislikes", "avoid", "except", "nor", "neither", "nothing", "cant", "wont", "none",
  "against", "skip", "besides", "havent", "hasnt", "hadnt", "wouldnt", "couldnt", "shouldnt",
]);
/** Words that end the reach of a negation even without punctuation. */
export const CLAUSE_BREAK = new Set(["but", "though", "although", "however", "yet", "instead", "while", "whereas", "because", "so", "maybe", "perhaps"]);
export const YES = new Set([
  "yes", "yeah", "yep", "yup", "sure", "definitely", "absolutely", "ok", "okay", "course", "y", "ya", "yea", "totally", "certainly", "please",
  // As typed on a phone.
  "yess", "yesss", "yas", "yass", "yeh", "ye", "k", "kk", "okk", "oki", "okie",
]);
/** Numbers said as words: a position ("number one") or an amount ("twenty years"). */
export const NUMBERS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, uno: 1 };

/** The number a folded word is, in digits or in NUMBERS ("7", "seven"), else undefined. */
export function numberOf(w: string): number | undefined {
  return /^\d+$/.test(w) ? Number(w) : NUMBERS[w];
}
/** How far back (in tokens) a negation or a critique word reaches. */
export const REACH = 7;

/** A negator earlier in the clause: "not the second one", "I don't want the first". */
export function negatedBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - REACH; k--) {
    if (NEGATORS.has(tokens[k].norm)) return true;
    if (tokens[k].breakBefore || CLAUSE_BREAK.has(tokens[k].norm)) break;
  }
  return false;
}

/** Where `phrase` (normalised words) first occurs among the tokens; -1 when it does not. */
export function indexOfPhrase(tokens: readonly Token[], phrase: readonly string[]): number {
  outer: for (let k = 0; k + phrase.length <= tokens.length; k++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[k + j].norm !== phrase[j]) continue outer;
    return k;
  }
  return -1;
}

/** `tokens` cut before each token that `starts` a new part. */
export function splitAt(tokens: readonly Token[], starts: (t: Token) => boolean): Token[][] {
  const out: Token[][] = [];
  let from = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k < tokens.length && !starts(tokens[k])) continue;
    out.push(tokens.slice(from, k));
    from = k;
  }
  return out;
}
