/**
 * Text normalisation shared by the lexicon, the ReDial resolver and the grounding check, so a
 * title typed by a person and a title in the catalog fold to the same token sequence.
 */

/** A map, not an object literal: a title word such as "constructor" must not find Object's prototype. */
const ROMAN: ReadonlyMap<string, string> = new Map([["ii", "2"], ["iii", "3"], ["iv", "4"], ["vi", "6"], ["vii", "7"], ["viii", "8"], ["ix", "9"]]);

/** Lowercase, accents stripped, apostrophes dropped ("Ocean's" = "oceans"), "&" = "and", other punctuation a space. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`´]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const NUMBERING = new Set(["vol", "volume", "part", "pt", "chapter"]);

/**
 * Folded tokens with roman numerals II..IX as digits and "Vol."/"Part" before a number dropped, so
 * "Rocky II" = "Rocky 2" and "Guardians of the Galaxy Vol. 2" = "Guardians of the Galaxy 2".
 */
export function tokens(text: string): string[] {
  const folded = fold(text);
  if (folded === "") return [];
  const t = folded.split(" ").map((w) => ROMAN.get(w) ?? w);
  return t.filter((w, i) => !(NUMBERING.has(w) && /^\d+$/.test(t[i + 1] ?? "")));
}

/** A token of a message with where it came from, for capitalisation and clause checks. */
export interface Token {
  /** Folded form. */
  readonly norm: string;
  /** Offset of the token's first character in the original text. */
  readonly start: number;
  readonly end: number;
  /** The original starts with an uppercase letter or a digit, and is not a shouted word ("LOVED"). */
  readonly capital: boolean;
  /** First token of a sentence (after . ! ? or at the start). */
  readonly sentenceStart: boolean;
  /** A clause break (, ; : . ! ? or a dash) lies between the previous token and this one. */
  readonly breakBefore: boolean;
  /** The break before is a sentence end. */
  readonly stopBefore: boolean;
  /** The first punctuation mark between the previous token and this one, "" when only spaces. */
  readonly joiner: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|&|👍|👎|❌|🤷/gu;
/** Emoji said as a word: a thumbs up or down is a yes or a no, a shrug a "dunno" ("🤷" to a question, "drama 👎"). */
const EMOJI_WORDS: ReadonlyMap<string, string> = new Map([["👍", "yes"], ["👎", "no"], ["❌", "no"], ["🤷", "dunno"]]);

/** Words before a card's number: "number 4.", "option 2.". */
const NUMBER_WORDS = new Set(["number", "no", "num", "nr", "option", "card", "pick"]);
/** A period after these (or after a single letter, as in "S.H.I.E.L.D.") does not end a sentence. */
const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "vol", "no", "pt", "prof", "mt", "ft"]);

/**
 * Chat spellings of everyday words, read as the words ("smth funnier", "gr8", "anythin older?"). Only forms that
 * no title of the shipped catalogs holds: titles are indexed through `tokens`, which leaves them as they are.
 */
const CHAT: ReadonlyMap<string, string> = new Map([
  ["smth", "something"], ["smthg", "something"], ["smthing", "something"], ["sth", "something"], ["somethin", "something"],
  ["anythin", "anything"], ["nothin", "nothing"], ["tnx", "thanks"], ["thanx", "thanks"], ["gr8", "great"], ["luv", "love"],
  ["wat", "what"], ["wut", "what"], ["b4", "before"], ["rly", "really"], ["cuz", "because"], ["moive", "movie"], ["movei", "movie"],
  ["mvoie", "movie"], ["movis", "movies"], ["moives", "movies"], ["flik", "flick"], ["2nite", "tonight"], ["diff", "different"],
  ["abt", "about"], ["gimme", "give me"], ["eigth", "eighth"], ["nineth", "ninth"], ["fith", "fifth"], ["twelth", "twelfth"], ["recs", "recommendations"], ["rec", "recommendation"], ["qs", "questions"], ["morelike", "more like"],
]);
/** Words a lowercase "w" after them is "with": "the one w ben stiller", "going w 5". */
const BEFORE_W = new Set(["one", "ones", "movie", "movies", "film", "films", "something", "anything", "go", "going", "goin"]);
/** Names as fans write them short, read as the name written out (capitalised, as a title is). */
const NAMES: ReadonlyMap<string, string> = new Map([["lotr", "lord of the rings"]]);

/** Tokens `k`, `k + 1` are a lowercase "no cap" closing its clause. */
function noCap(out: readonly Token[], k: number): boolean {
  const next = out[k + 2];
  return out[k]?.norm === "no" && out[k + 1]?.norm === "cap" && !out[k + 1].capital && !out[k + 1].breakBefore && (next === undefined || next.breakBefore);
}

/** Tokenises a message keeping offsets, at most `limit` words; one pass, no per-character allocation. */
export function tokenize(text: string, limit = Infinity): Token[] {
  const out: Token[] = [];
  let last = 0;
  // The "o" of a "w/o" read as "without".
  let skip = -1;
  for (const m of text.matchAll(WORD)) {
    if (out.length >= limit) break;
    const start = m.index;
    if (start === skip) {
      last = start + m[0].length;
      continue;
    }
    const gap = text.slice(last, start);
    const prev = out[out.length - 1];
    // An initial ("J. R. R.") or a card's number ("#7. Is it long?"), not a bare digit ending a sentence ("I meant 5
    // not 4. number five").
    const bareDigit = prev !== undefined && /\d/.test(text[prev.start]) && prev.joiner !== "#" && !NUMBER_WORDS.has(out[out.length - 2]?.norm ?? "");
    const abbreviation = prev !== undefined && /^\.\s*$/.test(gap) && (ABBREVIATIONS.has(prev.norm) || (prev.end - prev.start === 1 && !bareDigit));
    const stop = out.length === 0 || (/[.!?]/.test(gap) && !abbreviation && !/^\s*\.\d/.test(text.slice(last, start + 1)));
    const brk = stop || /[,;:()"\u2013\u2014]|\s-\s/.test(gap);
    // "#" says a number is a position wherever it stands in the gap ("go w/ #4").
    const joiner = gap.includes("#") ? "#" : (/[^\s]/.exec(gap)?.[0] ?? "");
    // "w/" is "with" ("the one w/ Ben Stiller"); not "w/e", and "W." alone may be a title.
    const withSlash = (m[0] === "w" || m[0] === "W") && text[start + 1] === "/" && !/\p{L}/u.test(text[start + 2] ?? "");
    // A lowercase "w" after "one" is "with" too: "the one w ben stiller pls".
    const withW = m[0] === "w" && BEFORE_W.has(prev?.norm ?? "");
    // "w/o" is "without": "action w/o the horror".
    const without = (m[0] === "w" || m[0] === "W") && /^\/o(?!\p{L})/iu.test(text.slice(start + 1, start + 4));
    if (without) skip = start + 2;
    const parts = EMOJI_WORDS.has(m[0]) ? [EMOJI_WORDS.get(m[0])!] : m[0] === "&" ? ["and"] : without ? ["without"] : withSlash || withW ? ["with"] : tokens(m[0]).flatMap((w) => (NAMES.get(w) ?? CHAT.get(w))?.split(" ") ?? [w]);
    // A name written short ("lotr") is a name however typed: its words read as capitalised.
    const name = NAMES.has(m[0].toLowerCase());
    const first = m[0].charCodeAt(0);
    const shouted = m[0].length >= 2 && m[0] === m[0].toUpperCase() && m[0] !== m[0].toLowerCase() && !ROMAN.has(m[0].toLowerCase());
    const capital = !shouted && ((first >= 65 && first <= 90) || (first >= 48 && first <= 57) || m[0][0] !== m[0][0].toLowerCase());
    // "don't" folds to "dont": one token; a word with accents may still fold to one token.
    for (let i = 0; i < parts.length; i++) {
      out.push({
        norm: parts[i],
        start,
        end: start + m[0].length,
        capital: name || (i === 0 ? capital : false),
        sentenceStart: i === 0 && stop,
        breakBefore: i === 0 && brk,
        stopBefore: i === 0 && stop,
        joiner: i === 0 ? joiner : "",
      });
    }
    last = start + m[0].length;
  }
  // "Part II", "Vol. 2": the numbering word goes, as in `tokens`. So does a closing "no cap" (slang: "no lie"), which
  // is no refusal: "gonna go w #5 no cap".
  return out.filter((t, i) => !(NUMBERING.has(t.norm) && /^\d+$/.test(out[i + 1]?.norm ?? "")) && !noCap(out, i) && !noCap(out, i - 1));
}

const TRAILING_ARTICLE = /^(.*), (the|a|an|les|la|le|l'|il|el|los|las|die|der|das|det|den|lo|i|gli)$/i;

export interface ParsedTitle {
  /** The title as people say it: trailing article moved to the front ("Matrix, The" = "The Matrix"). */
  readonly main: string;
  /** Alternative titles given in parentheses (original-language titles, "a.k.a." names). */
  readonly alts: readonly string[];
  readonly year: number | null;
}

function frontArticle(title: string): string {
  const m = TRAILING_ARTICLE.exec(title.trim());
  if (!m) return title.trim();
  const article = m[2];
  return article.endsWith("'") ? `${article}${m[1]}` : `${article} ${m[1]}`;
}

/**
 * Splits a catalog or ReDial title such as "City of Lost Children, The (Cité des enfants perdus, La) (1995)"
 * into its spoken form, its alternative titles and its year.
 */
export function parseTitle(raw: string): ParsedTitle {
  let rest = raw.trim();
  let year: number | null = null;
  const y = /\((\d{4})(?:[-–]\d{0,4})?\)\s*$/.exec(rest);
  if (y) {
    year = Number(y[1]);
    rest = rest.slice(0, y.index).trim();
  }
  const alts: string[] = [];
  for (;;) {
    const p = /\(([^()]*)\)\s*$/.exec(rest);
    if (!p || p.index === 0) break;
    const alt = p[1].replace(/^a\.k\.a\.\s*/i, "").trim();
    if (alt) alts.unshift(frontArticle(alt));
    rest = rest.slice(0, p.index).trim();
  }
  return { main: frontArticle(rest), alts, year };
}

/** A catalog title as people say it: "Matrix, The (1999)" is "The Matrix (1999)". */
export function spokenTitle(raw: string): string {
  const p = parseTitle(raw);
  return p.main === "" ? raw : p.year === null ? p.main : `${p.main} (${p.year})`;
}

const LEADING_ARTICLE = new Set(["the", "a", "an"]);

/** Tokens without a leading English article: "The Matrix" and "Matrix" both index the film. */
export function withoutArticle(t: readonly string[]): readonly string[] {
  return t.length > 1 && LEADING_ARTICLE.has(t[0]) ? t.slice(1) : t;
}

/** "A", "A and B", "A, B and C", with `last` as the final joiner (" or ", ", and "). */
export function spokenList(parts: readonly string[], last = " and "): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")}${last}${parts[parts.length - 1]}`;
}
