import type { Graph } from "../../graph/types.ts";
import { isCommonWord } from "./common-words.ts";
import { SYNONYMS, decadeOf, decadePhrases } from "./synonyms.ts";
import { parseTitle, tokenize, tokens, withoutArticle } from "./text.ts";
import type { Token } from "./text.ts";

/** What the lexicon reads from a graph: names, types and popularity. */
export type Catalog = Pick<
  Graph,
  "nItems" | "nAttributes" | "itemTitle" | "attrName" | "typeNames" | "attrTypes" | "attrItems" | "itemUsers"
>;

/** A phrase of the catalog vocabulary and everything it may denote, best first. */
interface Phrase {
  readonly tokens: readonly string[];
  /** Items, best first: exact titles before alternative and short titles, then by popularity. */
  readonly items: number[];
  readonly itemRank: number[];
  /** Attributes, most held first (so "funny" means Comedy before a rarely used tag "funny"). */
  readonly attrs: number[];
  /** Attributes named inside a longer attribute phrase: Comedy in the tag "dark comedy", via "funny" in "very funny". */
  readonly inner: number[];
  /** Every token an everyday word: as a title it must be typed with a capital. */
  readonly common: boolean;
  /** Every token a function word or a chat verb ("it", "up", "her"): never a title at a sentence start. */
  readonly trivial: boolean;
}

/** A span of a message that names catalog vocabulary. */
export interface Span {
  /** Token range [from, to) in `tokens`. */
  readonly from: number;
  readonly to: number;
  /** Items it may denote, best first (a capitalised name may denote items and attributes both). */
  readonly items: readonly number[];
  /** Attributes it may denote, best first. */
  readonly attrs: readonly number[];
  /** Attributes its words name on their own, besides `attrs` (the tag "dark comedy" is a comedy too). */
  readonly inner?: readonly number[];
  /** The user typed a year with the title, and it picked the items. */
  readonly year: number | null;
  /** A series named as such ("the Lord of the Rings movies"): every one of `items` is meant, oldest first. */
  readonly series?: true;
}

/** A span found while matching; a blocked one is a piece of a longer unknown name and hides what lies inside it. */
interface Found extends Span {
  readonly blocked: boolean;
}

export interface LexiconMatch {
  readonly tokens: readonly Token[];
  readonly spans: readonly Span[];
}

/** Function words and chat verbs: never an attribute on their own, a title only when capitalised mid-sentence. */
export const TRIVIAL: ReadonlySet<string> = new Set(
  `a an the i me my we us you your he him his she her it its they them their this that these those is am are was
  were be been being do does did dont doesnt didnt have has had havent to of in on at by for from with about into up
  down out over off so and or but if then than too very just not no yes ok okay hi hello hey thanks thank please
  like liked likes love loved want wanted see seen saw watch watched movie movies film films good great one some any
  all what who how when where why which there here can could would should will shall may might must get got go
  going come came make made know think say said also more less much many`.split(/\s+/),
);

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  phrase: Phrase | null;
}

/** Words after a name that make it a series ("the Harry Potter movies"). */
const SERIES = new Set(["movies", "films", "series", "trilogy", "franchise", "saga", "sequels"]);
const SERIES_CAP = 15;

/** The word with one letter left out, at each position. */
function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Tokens of a message that are read: a chat message has far fewer; a flood of text costs no more. */
export const MAX_TOKENS = 400;

const PARTS = /\s*(?::|\s[-–]\s)\s*/;

export class Lexicon {
  readonly catalog: Catalog;
  /** Year in each item's title, 0 when none. */
  readonly itemYear: Int16Array;
  /** Every phrase with a meaning, as a trie over its tokens: a message is matched in one walk per token. */
  private readonly trie: TrieNode = { next: new Map(), phrase: null };
  /** Every word of a phrase; and the long words of titles by each of their one-letter deletions (typo matching). */
  private readonly words = new Set<string>();
  private readonly byDeletion = new Map<string, string[]>();
  private readonly byKey = new Map<string, Phrase>();
  /** A colon head only one title has ("Chris Rock" of "Chris Rock: Bigger & Blacker"): for resolving dated names only. */
  private readonly loneHeads = new Map<string, number>();

  constructor(catalog: Catalog) {
    this.catalog = catalog;
    this.itemYear = new Int16Array(catalog.nItems);
    const phrases = new Map<string, { tokens: string[]; items: Map<number, number>; attrs: Set<number> }>();
    const phraseOf = (t: readonly string[]) => {
      const key = t.join(" ");
      let p = phrases.get(key);
      if (!p) phrases.set(key, (p = { tokens: [...t], items: new Map(), attrs: new Set() }));
      return p;
    };
    const addItem = (t: readonly string[], item: number, quality: number) => {
      if (t.length === 0 || t.join("").length < 2 || isYearLike(t) || t.every((w) => CHAT.has(w))) return;
      const p = phraseOf(t);
      const q = p.items.get(item);
      if (q === undefined || quality < q) p.items.set(item, quality);
    };
    for (let i = 0; i < catalog.nItems; i++) {
      const parsed = parseTitle(catalog.itemTitle[i]);
      this.itemYear[i] = parsed.year ?? 0;
      const names: [string, number][] = [[parsed.main, 0], ...parsed.alts.map((a): [string, number] => [a, 1])];
      const pieces = parsed.main.split(PARTS);
      // A head of two or more pieces ("Avengers: Infinity War" of "... - Part I") is as good as an alternative title.
      for (let k = 1; k < pieces.length; k++) names.push([pieces.slice(0, k).join(": "), k === 1 ? 2 : 1]);
      if (parsed.main.includes("-")) names.push([parsed.main.replace(/-/g, ""), 0]);
      for (const [name, quality] of names) {
        const t = tokens(name);
        addItem(t, i, quality);
        addItem(withoutArticle(t), i, quality);
      }
    }
    const has2020s = catalog.attrName.some((n) => decadeOf(n) === 2020);
    for (let a = 0; a < catalog.nAttributes; a++) {
      const name = catalog.attrName[a];
      const t = tokens(name);
      const forms: string[][] = [t];
      const decade = decadeOf(name);
      if (decade !== null) for (const d of decadePhrases(decade, has2020s)) forms.push(tokens(d));
      for (const s of SYNONYMS[t.join(" ")] ?? []) forms.push(tokens(s));
      if (t.length === 1 && t[0].length >= 4 && !t[0].endsWith("s") && !/\d/.test(t[0])) forms.push([`${t[0]}s`]);
      for (const f of forms) {
        if (f.length === 0 || f.every((w) => TRIVIAL.has(w))) continue;
        phraseOf(f).attrs.add(a);
      }
    }
    const pop = (i: number) => (catalog.itemUsers.offsets[i + 1] ?? 0) - (catalog.itemUsers.offsets[i] ?? 0);
    const attrPop = (a: number) => catalog.attrItems.offsets[a + 1] - catalog.attrItems.offsets[a];
    // A title's head before a colon ("Star Wars" of "Star Wars: Episode IV") names it only when
    // several titles share that head (a series); a lone head is often a person ("Chris Rock: Bigger & Blacker").
    for (const p of phrases.values()) {
      let heads = 0;
      for (const q of p.items.values()) if (q === 2) heads++;
      if (heads !== 1) continue;
      for (const [item, q] of p.items) if (q === 2) {
        p.items.delete(item);
        this.loneHeads.set(p.tokens.join(" "), item);
      }
    }
    const attrWords = new Set<string>();
    for (const p of phrases.values()) if (p.attrs.size > 0) for (const w of p.tokens) attrWords.add(w);
    for (const p of phrases.values()) {
      const items = [...p.items.entries()].sort((x, y) => x[1] - y[1] || pop(y[0]) - pop(x[0]) || x[0] - y[0]);
      const phrase: Phrase = {
        tokens: p.tokens,
        items: items.map((e) => e[0]),
        itemRank: items.map((e) => e[1]),
        attrs: [...p.attrs].sort((x, y) => attrPop(y) - attrPop(x) || x - y),
        inner: [],
        common: p.tokens.every((w) => isCommonWord(w) || TRIVIAL.has(w) || attrWords.has(w) || /^\d+$/.test(w)),
        trivial: p.tokens.every((w) => TRIVIAL.has(w)),
      };
      this.byKey.set(p.tokens.join(" "), phrase);
      if (phrase.items.length === 0 && phrase.attrs.length === 0) continue;
      let node = this.trie;
      for (const w of phrase.tokens) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { next: new Map(), phrase: null }));
        node = child;
      }
      node.phrase = phrase;
      for (const w of phrase.tokens) {
        if (this.words.has(w)) continue;
        this.words.add(w);
        if (w.length < 5 || /\d/.test(w) || phrase.items.length === 0) continue;
        for (const d of [w, ...deletions(w)]) {
          const list = this.byDeletion.get(d);
          if (list) list.push(w);
          else this.byDeletion.set(d, [w]);
        }
      }
    }
    for (const p of this.byKey.values()) {
      if (p.attrs.length === 0 || p.tokens.length < 2) continue;
      for (let a = 0; a < p.tokens.length; a++) {
        for (let b = a + 1; b <= p.tokens.length; b++) {
          if (b - a === p.tokens.length) continue;
          const best = this.byKey.get(p.tokens.slice(a, b).join(" "))?.attrs[0];
          if (best !== undefined && !p.attrs.includes(best) && !p.inner.includes(best)) p.inner.push(best);
        }
      }
    }
    // Everyday words are never typos of a title's word ("about" is not "abbot").
    for (const w of [...this.words]) if (isCommonWord(w)) this.byDeletion.delete(w);
  }

  /**
   * The catalog item a full title names, as ReDial writes it ("The Matrix (1999)", "Police Academy  (1984)"):
   * folded title (or alternative title, or the part before a colon) equal, year within one when given;
   * exact year first, then exact title over alternative or short titles, then popularity. Without a
   * year only a full title counts. Null when nothing matches.
   */
  resolveTitle(name: string): number | null {
    const parsed = parseTitle(name);
    const t = tokens(parsed.main);
    const seen = new Set<number>();
    let best = -1;
    let bestScore = Infinity;
    for (const key of [t, withoutArticle(t)]) {
      const p = this.byKey.get(key.join(" "));
      if (!p) continue;
      for (let k = 0; k < p.items.length; k++) {
        const item = p.items[k];
        if (seen.has(item)) continue;
        seen.add(item);
        let score = p.itemRank[k] * 10 + k / 1000;
        if (parsed.year !== null) {
          // A catalog title without a year matches any year, after every dated match.
          const gap = this.itemYear[item] === 0 ? 5 : Math.abs(this.itemYear[item] - parsed.year);
          if (gap > 1 && this.itemYear[item] !== 0) continue;
          score += gap * 100;
        } else if (p.itemRank[k] > 0) continue;
        if (score < bestScore) (bestScore = score), (best = item);
      }
    }
    if (best < 0 && parsed.year !== null) {
      const head = this.loneHeads.get(t.join(" ")) ?? this.loneHeads.get(withoutArticle(t).join(" "));
      if (head !== undefined && Math.abs(this.itemYear[head] - parsed.year) <= 1) return head;
    }
    return best >= 0 ? best : null;
  }

  /**
   * Every phrase of the catalog found in a message: longest first, non-overlapping. One trie walk per
   * token, each at most as deep as the longest phrase, so the cost is linear in the message; only its
   * first MAX_TOKENS tokens are read.
   */
  match(text: string): LexiconMatch {
    const toks = tokenize(text, MAX_TOKENS);
    const shouting = isShouting(toks);
    const found: Found[] = [];
    for (let i = 0; i < toks.length; i++) this.step(toks, i, this.trie, i, false, shouting, found);
    found.sort((x, y) => y.to - y.from - (x.to - x.from) || x.from - y.from);
    const taken = new Uint8Array(toks.length);
    const spans: Span[] = [];
    for (const s of found) {
      let free = true;
      for (let k = s.from; k < s.to && free; k++) free = taken[k] === 0;
      if (!free) continue;
      taken.fill(1, s.from, s.to);
      if (!s.blocked) spans.push({ from: s.from, to: s.to, items: s.items, attrs: s.attrs, ...(s.inner && { inner: s.inner }), year: s.year, ...(s.series ? { series: true as const } : {}) });
    }
    spans.sort((x, y) => x.from - y.from);
    return { tokens: toks, spans };
  }

  /**
   * Walks the trie from `node` with token k: every phrase ending on the way is a candidate span from i. A
   * long word the catalog does not know may be one typo away from a title's word ("Intersteller"): the walk
   * then goes on through each such word, once per span. A series word after a name ("the Lord of the Rings
   * movies", "Harry Potter films") means every title under it.
   */
  private step(toks: readonly Token[], i: number, node: TrieNode, k: number, fuzzy: boolean, shouting: boolean, found: Found[]): void {
    for (; k < toks.length; k++) {
      const t = toks[k].norm;
      const next = node.next.get(t);
      if (!fuzzy && t.length >= 5 && !this.words.has(t)) {
        for (const c of this.nearWords(t)) {
          const alt = node.next.get(c);
          if (!alt) continue;
          this.reached(toks, i, alt, true, shouting, found);
          this.step(toks, i, alt, k + 1, true, shouting, found);
        }
      }
      if (!next) {
        if (SERIES.has(t) && k > i) this.seriesSpan(toks, i, k, node, found);
        return;
      }
      node = next;
      this.reached(toks, i, node, fuzzy, shouting, found);
    }
  }

  private reached(toks: readonly Token[], i: number, node: TrieNode, fuzzy: boolean, shouting: boolean, found: Found[]): void {
    const p = node.phrase;
    if (!p) return;
    // A corrected word names only a film, only within a long title, and alone only when written as a name
    // mid-sentence ("I loved Intersteller", not "thinking" or "Thinking about…" for "The Thinning").
    if (fuzzy && (p.items.length === 0 || p.tokens.join("").length < 8 || (p.tokens.length === 1 && (!toks[i].capital || toks[i].sentenceStart)))) return;
    const span = this.spanOf(toks, i, fuzzy ? { ...p, attrs: [] } : p, shouting);
    if (span) found.push(span);
  }

  /** "X movies": the titles under X in the trie when X reads as a name (two words of substance, or one capitalised). */
  private seriesSpan(toks: readonly Token[], i: number, k: number, node: TrieNode, found: Found[]): void {
    if (node.phrase && node.phrase.attrs.length > 0) return;
    const words = toks.slice(i, k).filter((t) => !TRIVIAL.has(t.norm));
    const named = words.length >= 2 || (words.length === 1 && words[0].norm.length >= 5 && words[0].capital && !words[0].sentenceStart);
    if (!named) return;
    const items = new Set<number>();
    const stack = [node];
    while (stack.length > 0 && items.size < SERIES_CAP) {
      const n = stack.pop()!;
      if (n.phrase) for (let r = 0; r < n.phrase.items.length; r++) if (n.phrase.itemRank[r] === 0) items.add(n.phrase.items[r]);
      for (const child of n.next.values()) stack.push(child);
    }
    if (items.size < 2) return;
    const sorted = [...items].sort((a, b) => this.itemYear[a] - this.itemYear[b] || a - b);
    found.push({ from: i, to: k + 1, items: sorted, attrs: [], year: null, blocked: false, series: true });
  }

  /** Title words one deletion, insertion, substitution or swap away from `w` (symmetric deletions). */
  private nearWords(w: string): string[] {
    const out = new Set<string>();
    for (const d of [w, ...deletions(w)]) for (const c of this.byDeletion.get(d) ?? []) if (c !== w) out.add(c);
    return [...out];
  }

  private spanOf(toks: readonly Token[], i: number, p: Phrase, shouting: boolean): Found | null {
    const to = i + p.tokens.length;
    for (let k = i + 1; k < to; k++) if (toks[k].stopBefore) return null;
    const dated = p.items.length > 0 && p.attrs.length > 0 ? this.itemSpan(toks, i, p, shouting) : null;
    if (dated?.year != null) return dated;
    if (p.attrs.length > 0) {
      // "Star Wars" is a tag and a film: a capitalised multi-word name mid-sentence reads as both.
      const alsoTitle = p.items.length > 0 && p.tokens.length > 1 && toks[i].capital && !toks[i].sentenceStart && !shouting;
      const asItem = alsoTitle ? this.itemSpan(toks, i, { ...p, attrs: [] }, shouting) : null;
      return { from: i, to, items: asItem && !asItem.blocked ? asItem.items : [], attrs: p.attrs, ...(p.inner.length > 0 && { inner: p.inner }), year: null, blocked: false };
    }
    return this.itemSpan(toks, i, p, shouting);
  }

  private itemSpan(toks: readonly Token[], i: number, p: Phrase, shouting: boolean): Found | null {
    const to = i + p.tokens.length;
    const next = toks[to];
    if (next && /^(19|20)\d\d$/.test(next.norm)) {
      const y = Number(next.norm);
      const picked = p.items.filter((it) => Math.abs(this.itemYear[it] - y) <= 1);
      if (picked.length > 0) return { from: i, to: to + 1, items: picked, attrs: [], year: y, blocked: false };
    }
    const single = p.tokens.length === 1;
    const weak = p.common || (single && (p.itemRank[0] > 0 || p.tokens[0].length < 6));
    // Several everyday words right after a word that introduces a film are its title, typed as people chat
    // ("i really liked gone girl", "something like toy story").
    const cued = !single && FILM_CUES.has(toks[i - 1]?.norm ?? "");
    if (weak && !cued) {
      // Everyday words name a film only when written as a title, and not as a sentence's first word.
      if (shouting || (p.tokens.length === 1 && toks[i].sentenceStart)) return null;
      let named = false;
      for (let k = i; k < to; k++) {
        const t = toks[k];
        if (t.capital && !TRIVIAL.has(t.norm) && t.norm !== "im") named = true;
        else if (!t.capital && !(k > i && (SMALL.has(t.norm) || TRIVIAL.has(t.norm)))) return null;
      }
      if (!named && !single) return null;
    }
    if (p.trivial && (toks[i].sentenceStart || PRONOUNS.has(toks[i - 1]?.norm ?? ""))) return null;
    const blocked = partOfLongerName(toks, i, to);
    return { from: i, to, items: this.byAge(bestRank(p), toks, to), attrs: [], year: null, blocked };
  }

  /** "the old one", "the original" picks the oldest of same-titled films, "the remake", "the new one" the newest. */
  private byAge(items: number[], toks: readonly Token[], to: number): number[] {
    if (items.length < 2) return items;
    let want = 0;
    for (let k = to; k < toks.length && k < to + 4; k++) {
      const w = toks[k].norm;
      if (w === "old" || w === "original" || w === "older" || w === "first") want = -1;
      else if (w === "new" || w === "remake" || w === "newer" || w === "latest" || w === "recent") want = 1;
      if (want !== 0) break;
    }
    if (want === 0) return items;
    return [...items].sort((a, b) => want * (this.itemYear[b] - this.itemYear[a]));
  }
}

/** Chat abbreviations: never a title on their own ("LOL", "OMG"). */
const CHAT = new Set(["lol", "lmao", "omg", "haha", "hahaha", "btw", "idk", "imo", "tbh", "wow", "ok", "okay", "yes", "no", "hi", "hey", "thanks"]);

/** Words after which a name is a film's: "liked", "loved", "seen", "like" (as in "something like"). */
const FILM_CUES = new Set(["like", "liked", "likes", "love", "loved", "loves", "enjoyed", "seen", "saw", "watched", "rewatched"]);

/** Words left lowercase inside titles ("The Last House on the Left"). */
const SMALL = new Set(["of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "by", "with", "from", "or", "vs", "de", "la", "le"]);

/**
 * A capitalised word glued to either side ("Avengers: Infinity War", "Annabelle 2", "Seven Samurai")
 * means the span is a piece of a longer name the catalog does not hold.
 */
function partOfLongerName(toks: readonly Token[], from: number, to: number): boolean {
  const next = toks[to];
  if (next && !next.stopBefore && continuesName(next) && (!next.breakBefore || next.joiner === ":")) return true;
  const prev = toks[from - 1];
  const first = toks[from];
  if (prev !== undefined && !first.breakBefore && continuesName(prev) && (!prev.sentenceStart || !isCommonWord(prev.norm))) return true;
  return capitalAcrossLink(toks, to, 1) || capitalAcrossLink(toks, from - 1, -1);
}

/** Capitalised words that do not start a new name of their own ("Fly My Kite", but "Titanic or The Karate Kid"). */
function continuesName(t: Token): boolean {
  return t.capital && !NAME_STARTERS.has(t.norm) && (!TRIVIAL.has(t.norm) || !t.sentenceStart);
}

const NAME_STARTERS = new Set(["i", "im", "and", "or", "the", "a", "an", "but", "so", "if", "is", "was"]);

/** "Life of the Party", "Jumping for Joy": a capitalised word reached through "of"/"for" (and an article) continues the name. */
function capitalAcrossLink(toks: readonly Token[], at: number, step: 1 | -1): boolean {
  let k = at;
  let linked = false;
  for (let n = 0; n < 3 && k >= 0 && k < toks.length; n++, k += step) {
    const t = toks[k];
    if (t.breakBefore && step === 1) return false;
    if (t.norm === "of" || t.norm === "for") linked = true;
    else if (t.norm === "the" || t.norm === "a" || t.norm === "an") continue;
    else return linked && t.capital && !TRIVIAL.has(t.norm) && !(step === -1 && t.sentenceStart);
    if (step === -1 && t.breakBefore) return false;
  }
  return false;
}

const PRONOUNS = new Set(["i", "you", "we", "they", "he", "she", "it", "to", "will", "would", "really", "just", "so"]);

/** Items of a phrase that share its best quality: an exact title hides films that merely start with it. */
function bestRank(p: Phrase): number[] {
  const best = p.itemRank[0];
  let n = 0;
  while (n < p.items.length && p.itemRank[n] === best) n++;
  return p.items.slice(0, n);
}


function isYearLike(t: readonly string[]): boolean {
  return t.every((w) => /^\d+$/.test(w)) && (t.length > 1 || /^(1[89]|20)\d\d$/.test(t[0]) || t[0].length < 3);
}

/** All words capitalised: capitals then say nothing about titles. */
function isShouting(toks: readonly Token[]): boolean {
  if (toks.length < 4) return false;
  let caps = 0;
  for (const t of toks) if (t.capital) caps++;
  return caps / toks.length > 0.8;
}
