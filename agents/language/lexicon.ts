import { rowHas } from "../../graph/types.ts";
import { isCommonWord } from "./common-words.ts";
import { COMMON, TRIVIAL, TRIVIAL_PHRASE, buildLexiconIndex, type Catalog, type LexiconIndex } from "./lexicon-index.ts";
import { parseTitle, tokenize, tokens, withoutArticle } from "./text.ts";
import type { Token } from "./text.ts";

export { TRIVIAL, type Catalog } from "./lexicon-index.ts";

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

/** Words after a name that make it a series ("the Harry Potter movies"). */
const SERIES = new Set(["movies", "films", "series", "trilogy", "franchise", "saga", "sequels"]);
const SERIES_CAP = 15;

/** Tokens of a message that are read: a chat message has far fewer; a flood of text costs no more. */
export const MAX_TOKENS = 400;

/** The catalog's phrases (lexicon-index.ts) and the matcher that reads a message against them. */
export class Lexicon {
  readonly catalog: Catalog;
  /** Year in each item's title, 0 when none. */
  readonly itemYear: Int16Array;
  private readonly index: LexiconIndex;

  constructor(catalog: Catalog) {
    this.catalog = catalog;
    this.index = buildLexiconIndex(catalog);
    this.itemYear = this.index.itemYear;
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
    const { items, itemRank } = this.index.phrases;
    for (const key of [t, withoutArticle(t)]) {
      const p = this.phraseNamed(key);
      if (p < 0) continue;
      for (let k = 0; k < items.length(p); k++) {
        const item = items.at(p, k);
        if (seen.has(item)) continue;
        seen.add(item);
        const rank = itemRank[items.offsets[p] + k];
        let score = rank * 10 + k / 1000;
        if (parsed.year !== null) {
          // A catalog title without a year matches any year, after every dated match.
          const gap = this.itemYear[item] === 0 ? 5 : Math.abs(this.itemYear[item] - parsed.year);
          if (gap > 1 && this.itemYear[item] !== 0) continue;
          score += gap * 100;
        } else if (rank > 0) continue;
        if (score < bestScore) (bestScore = score), (best = item);
      }
    }
    if (best < 0 && parsed.year !== null) {
      const head = this.index.loneHeads.get(t.join(" ")) ?? this.index.loneHeads.get(withoutArticle(t).join(" "));
      if (head !== undefined && Math.abs(this.itemYear[head] - parsed.year) <= 1) return head;
    }
    return best >= 0 ? best : null;
  }

  /** The phrase with exactly these words, -1 when none has a meaning. */
  private phraseNamed(words: readonly string[]): number {
    const { vocabulary, trie } = this.index;
    let node = 0;
    for (let k = 0; k < words.length && node >= 0; k++) {
      const w = vocabulary.find(words[k]);
      node = w < 0 ? -1 : trie.child(node, w);
    }
    return node < 0 ? -1 : trie.phrase(node);
  }

  /**
   * Every phrase of the catalog found in a message: longest first, non-overlapping. One trie walk per
   * token, each at most as deep as the longest phrase, so the cost is linear in the message; only its
   * first MAX_TOKENS tokens are read.
   */
  match(text: string): LexiconMatch {
    const toks = tokenize(text, MAX_TOKENS);
    const shouting = isShouting(toks);
    const words = new Int32Array(toks.length);
    for (let k = 0; k < toks.length; k++) words[k] = this.index.vocabulary.find(toks[k].norm);
    const found: Found[] = [];
    for (let i = 0; i < toks.length; i++) this.step(toks, words, i, 0, i, false, shouting, found);
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
  private step(toks: readonly Token[], words: Int32Array, i: number, node: number, k: number, fuzzy: boolean, shouting: boolean, found: Found[]): void {
    const { trie, inPhrase, typos } = this.index;
    for (; k < toks.length; k++) {
      const t = toks[k].norm;
      const w = words[k];
      const next = w < 0 ? -1 : trie.child(node, w);
      if (!fuzzy && t.length >= 5 && (w < 0 || inPhrase[w] === 0)) {
        for (const c of typos.near(t)) {
          const alt = trie.child(node, c);
          if (alt < 0) continue;
          this.reached(toks, i, alt, true, shouting, found);
          this.step(toks, words, i, alt, k + 1, true, shouting, found);
        }
      }
      if (next < 0) {
        if (SERIES.has(t) && k > i) this.seriesSpan(toks, i, k, node, found, true);
        else if (!fuzzy && k > i) this.seriesSpan(toks, i, k, node, found, false);
        return;
      }
      node = next;
      this.reached(toks, i, node, fuzzy, shouting, found);
    }
    if (!fuzzy && k > i) this.seriesSpan(toks, i, k, node, found, false);
  }

  private reached(toks: readonly Token[], i: number, node: number, fuzzy: boolean, shouting: boolean, found: Found[]): void {
    const p = this.index.trie.phrase(node);
    if (p < 0) return;
    const { words, items } = this.index.phrases;
    // A corrected word names only a film, only within a long title, and alone only when written as a name
    // mid-sentence ("I loved Intersteller", not "thinking" or "Thinking about…" for "The Thinning") or, when it
    // is no everyday word, right after a word that introduces a film ("i saw interstaller") or after a film and
    // an "and" ("loved the godfather and goodfelas").
    if (fuzzy && (items.length(p) === 0 || this.letters(p) < 8 || (words.length(p) === 1 && !namedAlone(toks, i, found)))) return;
    const span = this.spanOf(toks, i, p, fuzzy, shouting, found);
    if (span) found.push(span);
  }

  /** Letters in a phrase's words. */
  private letters(p: number): number {
    const { vocabulary, phrases } = this.index;
    let n = 0;
    for (let k = 0; k < phrases.words.length(p); k++) n += vocabulary.length(phrases.words.at(p, k));
    return n;
  }

  /**
   * "X movies": the titles under X in the trie when X reads as a name (two words of substance, or one
   * capitalised). Without a series word (`said` false), X must be a name of two or more words that is no
   * title of its own, written as a name or after a word that introduces a film, and every title under it
   * must go on as a sequel does ("I love Harry Potter": "Harry Potter and the ..."; not "Once Upon a Time in ...").
   */
  private seriesSpan(toks: readonly Token[], i: number, k: number, node: number, found: Found[], said: boolean): void {
    const { trie, phrases } = this.index;
    const own = trie.phrase(node);
    if (own >= 0 && (phrases.attrs.length(own) > 0 || !said)) return;
    // Most walks end mid-title: the cheap tests first, so a message's cost stays what it was.
    if (!said && (k - i < 2 || !this.sequelsOnly(node))) return;
    const words = toks.slice(i, k).filter((t) => !TRIVIAL.has(t.norm));
    const named = said
      ? words.length >= 2 || (words.length === 1 && words[0].norm.length >= 5 && words[0].capital && !words[0].sentenceStart)
      : words.length >= 2 &&
        toks.slice(i + 1, k).every((t) => !t.stopBefore) &&
        (words.every((t) => t.capital) || (FILM_CUES.has(toks[i - 1]?.norm ?? "") && !words.some((t) => isCommonWord(t.norm)))) &&
        !partOfLongerName(toks, i, k);
    if (!named) return;
    const items = new Set<number>();
    const stack = [node];
    while (stack.length > 0 && items.size < SERIES_CAP) {
      const n = stack.pop()!;
      const p = trie.phrase(n);
      if (p >= 0) for (let e = phrases.items.offsets[p]; e < phrases.items.offsets[p + 1]; e++) if (phrases.itemRank[e] === 0) items.add(phrases.items.ids[e]);
      for (let child = trie.firstChild(n); child >= 0; child = trie.nextSibling(child)) stack.push(child);
    }
    if (items.size < 2) return;
    const sorted = [...items].sort((a, b) => this.itemYear[a] - this.itemYear[b] || a - b);
    found.push({ from: i, to: said ? k + 1 : k, items: sorted, attrs: [], year: null, blocked: false, series: true });
  }

  /** Every title under `node` goes on with a word sequels share ("and the", "2", "Part"). */
  private sequelsOnly(node: number): boolean {
    const { trie, vocabulary } = this.index;
    let child = trie.firstChild(node);
    if (child < 0) return false;
    for (; child >= 0; child = trie.nextSibling(child)) if (!SEQUEL_LINKS.has(vocabulary.word(trie.wordOf(child)))) return false;
    return true;
  }

  /** The span phrase p makes from token i; `itemsOnly`: as a title alone (a corrected word names no attribute). */
  private spanOf(toks: readonly Token[], i: number, p: number, itemsOnly: boolean, shouting: boolean, found: readonly Found[]): Found | null {
    const { words, items, attrs, inner } = this.index.phrases;
    const to = i + words.length(p);
    for (let k = i + 1; k < to; k++) if (toks[k].stopBefore) return null;
    if (itemsOnly || attrs.length(p) === 0) return this.itemSpan(toks, i, p, shouting, found);
    const dated = items.length(p) > 0 ? this.itemSpan(toks, i, p, shouting, found) : null;
    if (dated?.year != null) return dated;
    // "Star Wars" is a tag and a film: a capitalised multi-word name mid-sentence reads as both; so does one word
    // that is a tag, not a genre ("I enjoyed Alien and Aliens"; "I love Romance" stays the genre).
    const named = toks[i].capital && !toks[i].sentenceStart && !shouting && (words.length(p) > 1 || !this.namesGenre(p));
    const alsoTitle = items.length(p) > 0 && named;
    const asItem = alsoTitle ? this.itemSpan(toks, i, p, shouting, found) : null;
    return { from: i, to, items: asItem && !asItem.blocked ? asItem.items : [], attrs: attrs.array(p), ...(inner.length(p) > 0 && { inner: inner.array(p) }), year: null, blocked: false };
  }

  private itemSpan(toks: readonly Token[], i: number, p: number, shouting: boolean, found: readonly Found[]): Found | null {
    const { vocabulary, phrases } = this.index;
    const { words, items, itemRank, flags } = phrases;
    const to = i + words.length(p);
    const next = toks[to];
    if (next && /^(19|20)\d\d$/.test(next.norm)) {
      const y = Number(next.norm);
      const picked = items.array(p).filter((it) => Math.abs(this.itemYear[it] - y) <= 1);
      if (picked.length > 0) return { from: i, to: to + 1, items: picked, attrs: [], year: y, blocked: false };
    }
    const single = words.length(p) === 1;
    const firstRank = items.length(p) > 0 ? itemRank[items.offsets[p]] : 0;
    const weak = (flags[p] & COMMON) !== 0 || (single && (firstRank > 0 || vocabulary.length(words.at(p, 0)) < 6));
    // Several everyday words right after a word that introduces a film are its title, typed as people chat
    // ("i really liked gone girl", "something like toy story").
    // Not "I'd like the one with Ben Stiller", which picks a card by what it holds.
    const picking = ONE_WITH.has(toks[to]?.norm ?? "") && toks.slice(i, to).every((t) => t.norm === "the" || t.norm === "one");
    // ...or right before a word that makes it a kind ("back to the future type movies", "toy story vibes").
    // One word that is no everyday English, after such a word, is a title however typed ("something like shrek").
    const cuedWord = single && firstRank === 0 && (flags[p] & COMMON) === 0 && FILM_CUES.has(toks[i - 1]?.norm ?? "");
    // An everyday word too, closing a clause after films "like" it: "90s thrillers like heat", "movies like speed".
    // Or said as what is wanted, "something like alien", a message opening on "like alien but funnier".
    const likeFilms = single && firstRank === 0 && toks[i - 1]?.norm === "like" && (LIKE_FILMS.has(toks[i - 2]?.norm ?? "") || i === 1) && !TRIVIAL.has(toks[i].norm) && (next === undefined || next.breakBefore || CLOSING.has(next.norm));
    // ...or after a film and an "and" or "or" ("something like superbad or step brothers").
    // One word too, where it is no everyday English ("frozen and moana").
    const listed = (!single || (firstRank === 0 && (flags[p] & COMMON) === 0)) && (toks[i - 1]?.norm === "and" || toks[i - 1]?.norm === "or") && found.some((s) => s.to === i - 1 && s.items.length > 0 && !s.blocked);
    const cued = ((!single && (FILM_CUES.has(toks[i - 1]?.norm ?? "") || KIND_CUES.has(toks[to]?.norm ?? "") || praisedAsFilm(toks, to))) || cuedWord || likeFilms || listed) && !picking;
    // "i like old school movies": everyday words typed in lowercase before "movies" are a kind of film (a series
    // said that way, "toy story movies", is read apart, by seriesSpan).
    if (weak && FILMS_OF_A_KIND.has(next?.norm ?? "") && toks.slice(i, to).every((t) => !t.capital)) return null;
    // "my roommate", "our neighbours": a word typed in lowercase after a possessive is theirs, not a film.
    if (single && !toks[i].capital && POSSESSIVES.has(toks[i - 1]?.norm ?? "")) return null;
    // "my boyfriend's obsessed", "I'm so hooked": a word typed in lowercase said of a person is how they are.
    if (single && !toks[i].capital && saidOfPerson(toks, i)) return null;
    // "anything with Keanu", "movies starring Depp": a person, not a film (people "go with" and "can't go wrong
    // with" films, so "with" counts only after what the person is looking for).
    const before = toks[i - 1]?.norm ?? "";
    const person = before === "starring" || before === "featuring" || (before === "with" && WANTED_WITH.has(toks[i - 2]?.norm ?? ""));
    if (person && !KIND_CUES.has(toks[to]?.norm ?? "")) return null;
    if (weak && !cued) {
      // Everyday words name a film only when written as a title, and not as a sentence's first word, unless
      // praised as one right after ("Heat is one of my favourites").
      if (shouting || (single && toks[i].sentenceStart && !praisedAsFilm(toks, to))) return null;
      let named = false;
      for (let k = i; k < to; k++) {
        const t = toks[k];
        if (t.capital && !TRIVIAL.has(t.norm) && t.norm !== "im") named = true;
        else if (!t.capital && !(k > i && (SMALL.has(t.norm) || TRIVIAL.has(t.norm)))) return null;
      }
      if (!named && !single) return null;
    }
    if ((flags[p] & TRIVIAL_PHRASE) !== 0 && (toks[i].sentenceStart || PRONOUNS.has(toks[i - 1]?.norm ?? ""))) return null;
    const blocked = partOfLongerName(toks, i, to);
    return { from: i, to, items: this.byAge(this.bestRank(p), toks, i, to), attrs: [], year: null, blocked };
  }

  /** Whether attribute `a` is of one of the named types ("genre", "decade"). */
  hasType(a: number, typeNames: readonly string[]): boolean {
    const { attrTypes, typeNames: names } = this.catalog;
    return typeNames.some((name) => {
      const type = names.indexOf(name);
      return type >= 0 && rowHas(attrTypes, a, type);
    });
  }

  /** Whether phrase p names an attribute of the genre type. */
  private namesGenre(p: number): boolean {
    return this.index.phrases.attrs.array(p).some((a) => this.hasType(a, GENRE));
  }

  /** Items of a phrase that share its best quality: an exact title hides films that merely start with it. */
  private bestRank(p: number): number[] {
    const { items, itemRank } = this.index.phrases;
    const from = items.offsets[p];
    let n = 0;
    while (n < items.length(p) && itemRank[from + n] === itemRank[from]) n++;
    return items.array(p, n);
  }

  /** "the old one", "the original" picks the oldest of same-titled films, "the remake", "the new one" the newest. */
  private byAge(items: number[], toks: readonly Token[], from: number, to: number): number[] {
    if (items.length < 2) return items;
    let want = 0;
    // "the old King Kong" before the title, "King Kong, the original one" after it.
    const before = toks[from - 1]?.norm ?? "";
    if (before === "old" || before === "original" || before === "older") want = -1;
    else if (before === "new" || before === "newer" || before === "latest") want = 1;
    for (let k = to; want === 0 && k < toks.length && k < to + 4; k++) {
      const w = toks[k].norm;
      if (w === "old" || w === "original" || w === "older" || w === "first") want = -1;
      else if (w === "new" || w === "remake" || w === "newer" || w === "latest" || w === "recent") want = 1;
      if (want !== 0) break;
    }
    if (want === 0) return items;
    return [...items].sort((a, b) => want * (this.itemYear[b] - this.itemYear[a]));
  }
}

/** Whether token `k` is inside a span naming a film. */
export function inTitle(spans: readonly Span[], k: number): boolean {
  return spans.some((s) => s.items.length > 0 && k >= s.from && k < s.to);
}

/** After "the one", words that pick a card by what it holds: "the one with Tom Hanks", "the movie which has ...". */
export const ONE_WITH: ReadonlySet<string> = new Set(["with", "w", "that", "thats", "which", "where", "about", "starring", "featuring", "from", "in", "by", "has"]);

/** A corrected word alone is a film's name: written as one mid-sentence, or, no everyday word, after a film cue or after a film and an "and". */
function namedAlone(toks: readonly Token[], i: number, found: readonly Found[]): boolean {
  if (toks[i].capital && !toks[i].sentenceStart) return true;
  if (isCommonWord(toks[i].norm)) return false;
  const before = toks[i - 1]?.norm ?? "";
  return FILM_CUES.has(before) || ((before === "and" || before === "or") && found.some((s) => s.to === i - 1 && s.items.length > 0 && !s.blocked));
}

/** Before a word typed in lowercase, these say how someone is ("I'm obsessed", "she's so into it"), not a film. */
const IS_A_STATE = new Set(["im", "hes", "shes", "theyre", "youre"]);
const STATE_DEGREES = new Set(["so", "very", "totally", "super", "kinda", "really", "pretty"]);

/** The word at `i` says how a person is: "I'm obsessed", "I'm so hooked", "my boyfriend's obsessed". */
function saidOfPerson(toks: readonly Token[], i: number): boolean {
  const before = toks[i - 1]?.norm ?? "";
  if (IS_A_STATE.has(before) || (STATE_DEGREES.has(before) && IS_A_STATE.has(toks[i - 2]?.norm ?? ""))) return true;
  // Someone's, folded to "boyfriends", after a possessive.
  return before.endsWith("s") && POSSESSIVES.has(toks[i - 2]?.norm ?? "");
}

/** Before a word typed in lowercase, these make it theirs ("my roommate"), not a film's. */
const POSSESSIVES = new Set(["my", "your", "his", "her", "our", "their", "ur"]);
const FAVOURITES = new Set(["favourite", "favourites", "favorite", "favorites", "fave", "faves", "fav", "favs"]);

/** "is one of my favourites", "was my all time favorite" right at `k`: what is said of a film. */
function praisedAsFilm(toks: readonly Token[], k: number): boolean {
  if (toks[k]?.norm !== "is" && toks[k]?.norm !== "was") return false;
  const rest = toks.slice(k + 1, k + 7).map((t) => t.norm);
  // "die hard is the best ever", "is the best movie".
  if (rest[0] === "the" && rest[1] === "best") return true;
  const at = rest[0] === "one" && rest[1] === "of" ? 2 : 0;
  if (rest[at] !== "my") return false;
  const fav = rest[at + 1] === "all" && rest[at + 2] === "time" ? at + 3 : at + 1;
  return FAVOURITES.has(rest[fav] ?? "");
}
/** What a person looks for "with" someone: "anything with Keanu", "movies with Depp". */
const WANTED_WITH = new Set(["anything", "something", "movie", "movies", "film", "films", "stuff", "one", "ones", "anyone", "any"]);
/** After everyday words, nouns that make them a kind of film: "old school movies", "feel good films". */
const FILMS_OF_A_KIND = new Set(["movies", "films", "flicks", "stuff"]);
/** Words after which a name is a film's: "liked", "loved", "seen", "like" (as in "something like"). */
const FILM_CUES = new Set(["like", "liked", "likes", "love", "loved", "loves", "enjoyed", "seen", "saw", "watched", "rewatched"]);

/** The type names of genres, for `hasType`. */
export const GENRE: readonly string[] = ["genre"];

/** After a title, words that make it a kind of film: "back to the future type movies". */
/** Films, or a kind of them, before "like": "movies like", "thrillers like". */
const LIKE_FILMS = new Set(["something", "anything", "stuff", "movies", "films", "flicks", "ones", "thrillers", "comedies", "dramas", "westerns", "musicals", "romances", "mysteries", "cartoons", "documentaries", "horrors", "romcoms", "classics"]);
/** After a film said "like", words that close its name: "movies like speed and ...", "something like alien but funnier". */
const CLOSING = new Set(["and", "or", "but"]);
const KIND_CUES = new Set(["type", "kind", "style", "esque", "vibe", "vibes"]);

/** Words after a series' name in its titles: "Harry Potter and the ...", "Homeward Bound II", "Part 2". */
const SEQUEL_LINKS = new Set(["and", "part", "2", "3", "4", "5", "ii", "iii", "iv", "v"]);

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

/** All words capitalised: capitals then say nothing about titles. */
function isShouting(toks: readonly Token[]): boolean {
  if (toks.length < 4) return false;
  let caps = 0;
  for (const t of toks) if (t.capital) caps++;
  return caps / toks.length > 0.8;
}
