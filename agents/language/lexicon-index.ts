import { IntColumn } from "../../graph/growable.ts";
import type { Graph } from "../../graph/types.ts";
import { isCommonWord } from "./common-words.ts";
import { PhraseTrie } from "./phrase-trie.ts";
import { Rows, RowsBuilder } from "./rows.ts";
import { SYNONYMS, decadeOf, decadePhrases } from "./synonyms.ts";
import { parseTitle, tokens, withoutArticle } from "./text.ts";
import { TypoIndex } from "./typo-index.ts";
import { Vocabulary } from "./vocabulary.ts";

/** What the lexicon reads from a graph: names, types and popularity. */
export type Catalog = Pick<
  Graph,
  "nItems" | "nAttributes" | "itemTitle" | "attrName" | "typeNames" | "attrTypes" | "attrItems" | "itemUsers"
>;

/**
 * The catalog's vocabulary as the lexicon matches it: every phrase that names items or attributes, in a
 * trie over interned words, with what each phrase may denote in flat rows. Built once per catalog; at a
 * million items it is a few dozen typed arrays rather than millions of small objects, so it costs a major
 * garbage collection next to nothing.
 */
export interface LexiconIndex {
  readonly vocabulary: Vocabulary;
  /** Per word: it is a word of some phrase (a longer word that is not may be a typo of one). */
  readonly inPhrase: Uint8Array;
  /** Phrases by their words; a node's phrase id is that of the phrase ending there. */
  readonly trie: PhraseTrie;
  readonly phrases: Phrases;
  /** The long words of titles by each of their one-letter deletions. */
  readonly typos: TypoIndex;
  /** A colon head only one title has ("Chris Rock" of "Chris Rock: Bigger & Blacker"): for resolving dated names only. */
  readonly loneHeads: ReadonlyMap<string, number>;
  /** Year in each item's title, 0 when none. */
  readonly itemYear: Int16Array;
}

/** Every phrase with a meaning, row p for phrase p. */
export interface Phrases {
  readonly words: Rows;
  /** Items, best first: exact titles before alternative and short titles, then by popularity. */
  readonly items: Rows;
  /** Each item's quality, parallel to `items.ids`: 0 the title, 1 an alternative or a head of several pieces, 2 a colon head. */
  readonly itemRank: Uint8Array;
  /** Attributes, most held first (so "funny" means Comedy before a rarely used tag "funny"). */
  readonly attrs: Rows;
  /** Attributes named inside a longer attribute phrase: Comedy in the tag "dark comedy", via "funny" in "very funny". */
  readonly inner: Rows;
  /** COMMON and TRIVIAL bits. */
  readonly flags: Uint8Array;
}

/** Every word an everyday word: as a title it must be typed with a capital. */
export const COMMON = 1;
/** Every word a function word or a chat verb ("it", "up", "her"): never a title at a sentence start. */
export const TRIVIAL_PHRASE = 2;

/** Function words and chat verbs: never an attribute on their own, a title only when capitalised mid-sentence. */
export const TRIVIAL: ReadonlySet<string> = new Set(
  `a an the i me my we us you your he him his she her it its they them their this that these those is am are was
  were be been being do does did dont doesnt didnt have has had havent to of in on at by for from with about into up
  down out over off so and or but if then than too very just not no yes ok okay hi hello hey thanks thank please
  like liked likes love loved want wanted see seen saw watch watched movie movies film films good great one some any
  all what who how when where why which there here can could would should will shall may might must get got go
  going come came make made know think say said also more less much many`.split(/\s+/),
);

/** Chat abbreviations: never a title on their own ("LOL", "OMG"). */
const CHAT = new Set(["lol", "lmao", "omg", "haha", "hahaha", "btw", "idk", "imo", "tbh", "wow", "ok", "okay", "yes", "no", "hi", "hey", "thanks"]);

const PARTS = /\s*(?::|\s[-–]\s)\s*/;

/** Quality of a colon head ("Star Wars" of "Star Wars: Episode IV"). */
const HEAD = 2;

export function buildLexiconIndex(catalog: Catalog): LexiconIndex {
  const named = namePhrases(catalog);
  const { vocabulary, words } = named;
  const meant = meanings(catalog, named);
  // With every phrase kept, the trie that named them is the one wanted: its nodes were added in the order
  // the phrases were first named, which is the order they would be added again (a series' order).
  const trie = meant.kept.length === named.nPhrases ? named.trie : new PhraseTrie();
  if (trie !== named.trie) meant.kept.forEach((p, id) => trie.setPhrase(trie.addPath(words.array(p)), id));
  trie.trim();

  // Per word: a word of some attribute phrase, a plain one (everyday, a function word, a number, an attribute's).
  const nWords = vocabulary.size;
  const attrWord = new Uint8Array(nWords);
  for (const p of named.attrOf.phrase.view()) for (const w of words.array(p)) attrWord[w] = 1;
  const plain = new Uint8Array(nWords);
  const trivialWord = new Uint8Array(nWords);
  for (let w = 0; w < nWords; w++) {
    const s = vocabulary.word(w);
    trivialWord[w] = TRIVIAL.has(s) ? 1 : 0;
    plain[w] = isCommonWord(s) || trivialWord[w] === 1 || attrWord[w] === 1 || /^\d+$/.test(s) ? 1 : 0;
  }
  const inPhrase = new Uint8Array(nWords);
  const typos = new TypoIndex(vocabulary);
  const phraseWords = new RowsBuilder();
  const flags = new Uint8Array(meant.kept.length);
  meant.kept.forEach((p, id) => {
    const ws = words.array(p);
    for (const w of ws) phraseWords.push(w);
    phraseWords.end();
    flags[id] = (ws.every((w) => plain[w] === 1) ? COMMON : 0) | (ws.every((w) => trivialWord[w] === 1) ? TRIVIAL_PHRASE : 0);
    for (const w of ws) {
      if (inPhrase[w] === 1) continue;
      inPhrase[w] = 1;
      // The long words of titles are indexed for typos, from the first phrase that has them.
      const s = vocabulary.word(w);
      if (s.length >= 5 && !/\d/.test(s) && meant.items.length(id) > 0) typos.add(w, s);
    }
  });
  // Everyday words are never typos of a title's word ("about" is not "abbot").
  for (let w = 0; w < nWords; w++) if (inPhrase[w] === 1 && isCommonWord(vocabulary.word(w))) typos.drop(w);
  typos.build();
  vocabulary.trim();

  const ws = phraseWords.build();
  const phrases: Phrases = { words: ws, items: meant.items, itemRank: meant.itemRank, attrs: meant.attrs, inner: innerAttributes(trie, ws, meant.attrs), flags };
  return { vocabulary, inPhrase, trie, phrases, typos, loneHeads: meant.loneHeads, itemYear: named.itemYear };
}

/** Every phrase of the catalog by its words, in the order first named, and what each may denote as (phrase, id) entries. */
function namePhrases(catalog: Catalog) {
  const vocabulary = new Vocabulary();
  const itemYear = new Int16Array(catalog.nItems);
  const trie = new PhraseTrie();
  const words = new RowsBuilder();
  let nPhrases = 0;
  const ids: number[] = [];
  const phraseOf = (t: readonly string[]): number => {
    let node = 0;
    for (let k = 0; k < t.length; k++) node = trie.add(node, (ids[k] = vocabulary.add(t[k])));
    let p = trie.phrase(node);
    if (p < 0) {
      trie.setPhrase(node, (p = nPhrases++));
      for (let k = 0; k < t.length; k++) words.push(ids[k]);
      words.end();
    }
    return p;
  };
  const itemOf = { phrase: new IntColumn(), item: new IntColumn(), quality: new IntColumn() };
  const addItem = (t: readonly string[], item: number, quality: number) => {
    if (t.length === 0 || t.join("").length < 2 || isYearLike(t) || t.every((w) => CHAT.has(w))) return;
    itemOf.phrase.push(phraseOf(t));
    itemOf.item.push(item);
    itemOf.quality.push(quality);
  };
  for (let i = 0; i < catalog.nItems; i++) {
    const parsed = parseTitle(catalog.itemTitle[i]);
    itemYear[i] = parsed.year ?? 0;
    const names: [string, number][] = [[parsed.main, 0], ...parsed.alts.map((a): [string, number] => [a, 1])];
    const pieces = parsed.main.split(PARTS);
    // A head of two or more pieces ("Avengers: Infinity War" of "... - Part I") is as good as an alternative title.
    for (let k = 1; k < pieces.length; k++) names.push([pieces.slice(0, k).join(": "), k === 1 ? HEAD : 1]);
    if (parsed.main.includes("-")) names.push([parsed.main.replace(/-/g, ""), 0]);
    for (const [name, quality] of names) {
      const t = tokens(name);
      addItem(t, i, quality);
      const bare = withoutArticle(t);
      if (bare !== t) addItem(bare, i, quality);
    }
  }
  const attrOf = { phrase: new IntColumn(), attr: new IntColumn() };
  const has2020s = catalog.attrName.some((n) => decadeOf(n) === 2020);
  for (let a = 0; a < catalog.nAttributes; a++) {
    const name = catalog.attrName[a];
    const t = tokens(name);
    const forms: string[][] = [t];
    const decade = decadeOf(name);
    if (decade !== null) for (const d of decadePhrases(decade, has2020s)) forms.push(tokens(d));
    for (const s of SYNONYMS[t.join(" ")] ?? []) forms.push(tokens(s));
    if (t.length === 1 && t[0].length >= 4 && !t[0].endsWith("s") && !/\d/.test(t[0])) forms.push([`${t[0]}s`]);
    // "zombie movies" for the tag "zombies"; not where the singular is an everyday word ("seconds", "blues").
    const one = t.length === 1 ? singular(t[0]) : null;
    if (one !== null && !isCommonWord(one) && !TRIVIAL.has(one)) forms.push([one]);
    for (const f of forms) {
      if (f.length === 0 || f.every((w) => TRIVIAL.has(w))) continue;
      attrOf.phrase.push(phraseOf(f));
      attrOf.attr.push(a);
    }
  }
  return { vocabulary, trie, words: words.build(), nPhrases, itemOf, attrOf, itemYear };
}

/** "zombies" -> "zombie", "comedies" -> "comedy"; null for a word that is no plain plural ("thriller", "class", "chaos"). */
function singular(w: string): string | null {
  if (w.length < 5 || /\d/.test(w) || !w.endsWith("s") || /(ss|us|is|os)$/.test(w)) return null;
  return w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.slice(0, -1);
}

/**
 * What each phrase denotes, best first, for the phrases that denote anything (`kept`, in order; row k of
 * `items`, `itemRank`, `attrs` is phrase kept[k]).
 */
function meanings(catalog: Catalog, named: ReturnType<typeof namePhrases>) {
  const { nPhrases, itemOf, attrOf, words, vocabulary } = named;
  const pop = (i: number) => (catalog.itemUsers.offsets[i + 1] ?? 0) - (catalog.itemUsers.offsets[i] ?? 0);
  const attrPop = (a: number) => catalog.attrItems.offsets[a + 1] - catalog.attrItems.offsets[a];
  const itemsOf = grouped(nPhrases, itemOf.phrase.view());
  const attrsOf = grouped(nPhrases, attrOf.phrase.view());
  const quality = itemOf.quality.view();
  const item = itemOf.item.view();
  const attr = attrOf.attr.view();
  const kept: number[] = [];
  const items = new RowsBuilder();
  const itemRank = new IntColumn();
  const attrs = new RowsBuilder();
  const loneHeads = new Map<string, number>();
  const seenIn = new Int32Array(catalog.nItems).fill(-1);
  for (let p = 0; p < nPhrases; p++) {
    // Items best first, each at its best quality.
    const entries = itemsOf.array(p);
    if (entries.length > 1) entries.sort((x, y) => quality[x] - quality[y] || pop(item[y]) - pop(item[x]) || item[x] - item[y]);
    seriesFirst(entries, quality, (e) => pop(item[e]));
    const best: number[] = [];
    for (const e of entries) {
      if (seenIn[item[e]] === p) continue;
      seenIn[item[e]] = p;
      best.push(e);
    }
    // A title's head before a colon ("Star Wars" of "Star Wars: Episode IV") names it only when
    // several titles share that head (a series); a lone head is often a person ("Chris Rock: Bigger & Blacker").
    const heads = best.filter((e) => quality[e] === HEAD);
    if (heads.length === 1) {
      best.splice(best.indexOf(heads[0]), 1);
      loneHeads.set(words.array(p).map((w) => vocabulary.word(w)).join(" "), item[heads[0]]);
    }
    const its = attrsOf.length(p) === 0 ? [] : [...new Set(attrsOf.array(p).map((e) => attr[e]))].sort((x, y) => attrPop(y) - attrPop(x) || x - y);
    if (best.length === 0 && its.length === 0) continue;
    kept.push(p);
    for (const e of best) {
      items.push(item[e]);
      itemRank.push(quality[e]);
    }
    items.end();
    for (const a of its) attrs.push(a);
    attrs.end();
  }
  return { kept, items: items.build(), itemRank: Uint8Array.from(itemRank.view()), attrs: attrs.build(), loneHeads };
}

/**
 * "Lord of the Rings" is a title (1978) and the head of a better-known series ("Lord of the Rings: The Two
 * Towers", ...): when two or more titles share the head and its best-known one is rated more than every film of
 * that exact title by far (three times), a person means the series, so its heads go first (`entries` sorted by
 * quality, then popularity).
 */
function seriesFirst(entries: number[], quality: ArrayLike<number>, pop: (e: number) => number): void {
  const heads = entries.filter((e) => quality[e] === HEAD);
  if (heads.length < 2 || quality[entries[0]] !== 0 || pop(heads[0]) <= 3 * pop(entries[0])) return;
  const rest = entries.filter((e) => quality[e] !== HEAD);
  entries.splice(0, entries.length, ...heads, ...rest);
}

/** Per phrase, the best attribute of each shorter phrase inside it that is not already its own ("very funny" holds "funny"). */
function innerAttributes(trie: PhraseTrie, words: Rows, attrs: Rows): Rows {
  const inner = new RowsBuilder();
  for (let p = 0; p < attrs.offsets.length - 1; p++) {
    const n = words.length(p);
    const own = attrs.array(p);
    const found: number[] = [];
    if (own.length > 0 && n >= 2) {
      const ws = words.array(p);
      for (let a = 0; a < n; a++) {
        for (let b = a + 1; b <= n; b++) {
          if (b - a === n) continue;
          const node = trie.walk(ws, a, b);
          const q = node < 0 ? -1 : trie.phrase(node);
          const top = q >= 0 && attrs.length(q) > 0 ? attrs.at(q, 0) : undefined;
          if (top !== undefined && !own.includes(top) && !found.includes(top)) found.push(top);
        }
      }
    }
    for (const a of found) inner.push(a);
    inner.end();
  }
  return inner.build();
}

/** Entry indices grouped by their phrase, in entry order within each phrase (a stable counting sort). */
function grouped(nPhrases: number, phraseOfEntry: Int32Array): Rows {
  const offsets = new Int32Array(nPhrases + 1);
  for (const p of phraseOfEntry) offsets[p + 1]++;
  for (let p = 0; p < nPhrases; p++) offsets[p + 1] += offsets[p];
  const fill = offsets.slice(0, nPhrases);
  const ids = new Int32Array(phraseOfEntry.length);
  for (let e = 0; e < phraseOfEntry.length; e++) ids[fill[phraseOfEntry[e]]++] = e;
  return new Rows(offsets, ids);
}

function isYearLike(t: readonly string[]): boolean {
  return t.every((w) => /^\d+$/.test(w)) && (t.length > 1 || /^(1[89]|20)\d\d$/.test(t[0]) || t[0].length < 3);
}
