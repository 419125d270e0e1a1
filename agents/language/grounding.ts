import type { Lexicon } from "./lexicon.ts";
import { parseTitle, tokenize } from "./text.ts";

/** The catalog ids a generated text may name: the facts on the item's path. */
export interface Allowed {
  readonly items: ReadonlySet<number>;
  readonly attrs: ReadonlySet<number>;
}

export interface Grounding {
  /** Names in the text outside the allowed facts: catalog titles and attributes, quoted or capitalised names. */
  readonly problems: readonly string[];
  /** The text names at least one allowed fact. */
  readonly onTopic: boolean;
}

const FUNCTION_WORDS = new Set(["i", "it", "its", "the", "a", "an", "and", "or", "of", "in", "on", "to", "for", "with", "you", "your", "this", "that", "if", "as", "is", "at", "by"]);

/**
 * Checks generated text against the path's facts. A catalog title or attribute that is not allowed,
 * a quoted name, or a run of capitalised words (a name the catalog may not even hold) that no
 * allowed fact covers, is a problem; callers then fall back to a template.
 */
export function checkGrounding(lexicon: Lexicon, text: string, allowed: Allowed): Grounding {
  const c = lexicon.catalog;
  const { tokens, spans } = lexicon.match(text);
  const problems: string[] = [];
  const covered = new Uint8Array(tokens.length);
  let onTopic = false;
  // Allowed titles may be written in ways the matcher skips (a lowercase everyday title, the spoken
  // form without the catalog's "a.k.a." part) and may hold other titles ("Up" in "Chewed Up"): cover them by text.
  const norms = tokens.map((t) => t.norm);
  for (const i of allowed.items) {
    const { main, year } = parseTitle(c.itemTitle[i]);
    for (const title of [c.itemTitle[i], c.itemTitle[i].replace(/\s*\(\d{4}\)\s*$/, ""), `${main} ${year ?? ""}`, main]) coverPhrase(norms, tokenize(title).map((t) => t.norm), covered);
  }
  for (const s of spans) {
    const ok = s.items.some((i) => allowed.items.has(i)) || s.attrs.some((a) => allowed.attrs.has(a));
    if (ok) {
      onTopic = true;
      covered.fill(1, s.from, s.to);
    } else if (covered.subarray(s.from, s.to).includes(0)) {
      problems.push(s.items.length > 0 ? c.itemTitle[s.items[0]] : c.attrName[s.attrs[0]]);
    }
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (covered[k] || !t.capital || FUNCTION_WORDS.has(t.norm) || /^\d/.test(t.norm)) continue;
    let end = k;
    while (end + 1 < tokens.length && tokens[end + 1].capital && !tokens[end + 1].breakBefore && !covered[end + 1]) end++;
    // A capital after a sentence end is grammar, not a name, unless more capitals follow it.
    if (!t.sentenceStart || end > k) problems.push(text.slice(t.start, tokens[end].end));
    k = end;
  }
  for (const m of text.matchAll(/["“«]([^"”»]{2,80})["”»]/g)) {
    const inner = lexicon.match(m[1]).spans;
    const named = inner.some((s) => s.items.some((i) => allowed.items.has(i)) || s.attrs.some((a) => allowed.attrs.has(a)));
    if (!named) problems.push(m[1]);
  }
  return { problems, onTopic };
}

function coverPhrase(text: readonly string[], phrase: readonly string[], covered: Uint8Array): void {
  if (phrase.length === 0) return;
  for (let i = 0; i + phrase.length <= text.length; i++) {
    let same = true;
    for (let k = 0; k < phrase.length && same; k++) same = text[i + k] === phrase[k];
    if (same) covered.fill(1, i, i + phrase.length);
  }
}
