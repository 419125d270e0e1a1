/**
 * Ordered attributes read as directions and bounds: ages ("1990s") and lengths ("90-120 min") named by a number.
 * "Older" is the values before the slate's median, "before the 90s" and "before 1990" the values before the
 * bound, "the last 20 years" the newest values, "these are very old" a slate described (so newer).
 */
import { rowHas } from "../../graph/types.ts";
import type { Critique, UserAct } from "./act.ts";
import { inTitle, type Lexicon, type Span } from "./lexicon.ts";
import { AGE, orderValue, type Comparative } from "./synonyms.ts";
import type { Token } from "./text.ts";
import { NUMBERS, indexOfPhrase } from "./words.ts";

/** Copulas and their intensifiers: "these are very old", "they all seem kind of dated", "these all feel brand new". */
const COPULAS = new Set(["are", "is", "r", "seem", "seems", "look", "looks", "feel", "feels", "theyre", "were", "was"]);
const INTENSIFIERS = new Set(["very", "so", "all", "quite", "kind", "kinda", "of", "a", "bit", "really", "pretty", "rather", "too", "way", "brand"]);

/** The word at `k` describes what was shown ("this movies are very old"), not what is wanted ("movies that are old"). */
export function describesShown(tokens: readonly Token[], k: number): boolean {
  const j = copulaBefore(tokens, k);
  return j >= 0 && !RELATIVE.has(tokens[j - 1]?.norm ?? "");
}

/** The copula the word at `k` is said after, past its intensifiers ("are very old": "are"); -1 for none. */
function copulaBefore(tokens: readonly Token[], k: number): number {
  let j = k - 1;
  while (j >= 0 && INTENSIFIERS.has(tokens[j].norm)) j--;
  return j >= 0 && COPULAS.has(tokens[j].norm) ? j : -1;
}
const RELATIVE = new Set(["that", "which", "who", "thats"]);

/** An age said of the slate ("These all feel very 2010s", "they're all 90s"): what it is, not a wish. */
export function describesSlateAge(lexicon: Lexicon, tokens: readonly Token[], span: Span): boolean {
  if (span.items.length > 0 || !span.attrs.some((a) => lexicon.hasType(a, AGE))) return false;
  return saidOfSlate(tokens, span.from);
}
/** What starts at `k` follows a copula whose subject is the slate: "they're all 90s", "everything here feels". */
function saidOfSlate(tokens: readonly Token[], k: number): boolean {
  const j = copulaBefore(tokens, k);
  if (j < 0) return false;
  return tokens[j].norm === "theyre" || tokens.slice(Math.max(0, j - 2), j).some((t) => SLATE_SUBJECTS.has(t.norm));
}
const SLATE_SUBJECTS = new Set(["these", "they", "those", "all", "them", "everything", "here"]);

/**
 * "Older" on an ordered attribute type (values named by a number: "1990s"): every value before the median of
 * the shown items' values (nothing shown: the whole catalog's), nearest first ("newer": after it). Why not, when the catalog has no such type or
 * nothing lies beyond the median.
 */
export function along(lexicon: Lexicon, c: Extract<Comparative, { order: unknown }>, word: string, shown: readonly number[]): Omit<Critique, "itemId"> | NonNullable<UserAct["ungrounded"]> {
  const values = orderedValues(lexicon, c.types);
  if (values.length === 0) return { word, why: `this catalog has no ${c.needs}` };
  const whole = shown.length === 0;
  const held = whole ? [] : shownValues(lexicon, values, shown);
  const median = whole ? catalogMedian(lexicon, values) : middle(held);
  if (median === null) return { word, why: `these have no ${c.needs}` };
  const lower = c.order === "lower";
  // Against the whole catalog "old" is its older half, the median included (in ReDial, people who like "older
  // movies" are offered 1990s films as often as earlier ones); against a slate, only what is older than it...
  let beyond = values.filter((x) => (lower ? x.v < median || (whole && x.v === median) : x.v > median)).sort((x, y) => (lower ? y.v - x.v : x.v - y.v));
  // ...or, where the catalog has nothing beyond the slate's middle but the slate reaches back from it (2000s and
  // 2010s films, "anything newer?"), that middle without the rest.
  if (beyond.length === 0 && held.some((v) => (lower ? v > median : v < median))) beyond = values.filter((x) => x.v === median);
  const relative = whole || c.types !== AGE ? {} : { relative: lower ? ("earlier" as const) : ("later" as const) };
  // A slate of the last age there is ("these look dated" of 2011-2013 films): the same age, later years first,
  // where titles carry years.
  if (beyond.length === 0 && !whole && c.types === AGE && hasYears(lexicon)) beyond = values.filter((x) => x.v === median);
  // "too old" asks for newer: said back as the way it asks ("nothing here is newer than these").
  if (beyond.length === 0) return { word: comparativeWord(c), why: `nothing here is ${comparativeWord(c)} than these` };
  return { ...oneOf(beyond.map((x) => x.a)), ...relative };
}

/** Whether the catalog's titles carry years ("Heat (1995)"), which order items within an age. */
function hasYears(lexicon: Lexicon): boolean {
  return lexicon.itemYear.some((y) => y > 0);
}

/** Before an age, these ask for older ones ("before the 90s", "pre-2000", "prior to the 80s") or newer ("after", "since", "post-2000"). */
const BEFORE = new Set(["before", "pre", "prior"]);
const AFTER = new Set(["after", "post", "since"]);
/** "older than the 90s", "newer than the 2000s". */
const OLDER_THAN = new Set(["older", "earlier"]);
const NEWER_THAN = new Set(["newer", "later", "recent"]);

/**
 * An age span said as a bound ("before the 90s", "older than the 80s", "since 2000"): the values beyond it,
 * nearest first ("since" keeps the named one); null when the span is no age or no such bound.
 */
export function beyondAge(lexicon: Lexicon, tokens: readonly Token[], s: Span, shown: readonly number[]): Omit<Critique, "itemId"> | null {
  let k = s.from - 1;
  if (tokens[k]?.norm === "the") k--;
  if (tokens[k]?.norm === "to" && tokens[k - 1]?.norm === "prior") k--;
  const w = tokens[k]?.norm ?? "";
  const than = w === "than" ? tokens[k - 1]?.norm ?? "" : "";
  const lower = BEFORE.has(w) || OLDER_THAN.has(than);
  if (!lower && !AFTER.has(w) && !NEWER_THAN.has(than)) return null;
  const values = orderedValues(lexicon, AGE);
  const pivot = values.find((x) => x.a === s.attrs[0])?.v;
  if (pivot === undefined) return null;
  const beyond = values
    .filter((x) => (lower ? x.v < pivot : x.v > pivot || (w === "since" && x.v === pivot)))
    .sort((x, y) => (lower ? y.v - x.v : x.v - y.v));
  if (beyond.length === 0) return null;
  return oneOf(pastSlate(lexicon, values, beyond, shown, lower).map((x) => x.a));
}

/**
 * "anything from before the 2000s?" of a slate of the 1990s, which already is: the values beyond the slate's
 * median too, where there are any.
 */
function pastSlate(lexicon: Lexicon, values: readonly Value[], beyond: readonly Value[], shown: readonly number[], lower: boolean): readonly Value[] {
  const median = middle(shownValues(lexicon, values, shown));
  const past = median === null ? [] : beyond.filter((x) => (lower ? x.v < median : x.v > median));
  return past.length > 0 && past.length < beyond.length ? past : beyond;
}

/** The ages before (after) a year said as a number: "before 1990" (the 1980s and earlier), "after 2005" (the 2000s on). */
export function beyondYear(lexicon: Lexicon, tokens: readonly Token[], spans: readonly Span[], shown: readonly number[]): Omit<Critique, "itemId"> | null {
  for (let k = 1; k < tokens.length; k++) {
    if (!/^(19|20)\d\d$/.test(tokens[k].norm) || inTitle(spans, k)) continue;
    const w = tokens[k - 1].norm;
    // "everything here feels post-2010": the slate described, not a bound asked for.
    if (saidOfSlate(tokens, k - 1)) continue;
    const than = w === "than" ? tokens[k - 2]?.norm ?? "" : "";
    const lower = BEFORE.has(w) || (w === "to" && tokens[k - 2]?.norm === "prior") || OLDER_THAN.has(than);
    if (!lower && !AFTER.has(w) && !NEWER_THAN.has(than)) continue;
    const year = Number(tokens[k].norm);
    const values = orderedValues(lexicon, AGE).sort((x, y) => x.v - y.v);
    // How many years one value spans: 10 for decades.
    let width = Infinity;
    for (let j = 1; j < values.length; j++) if (values[j].v > values[j - 1].v) width = Math.min(width, values[j].v - values[j - 1].v);
    if (!Number.isFinite(width)) return null;
    const beyond = lower ? values.filter((x) => x.v < year).reverse() : values.filter((x) => x.v + width - 1 > year);
    return beyond.length > 0 ? oneOf(pastSlate(lexicon, values, beyond, shown, lower).map((x) => x.a)) : null;
  }
  return null;
}

/** A critique asking for one of `attrs` (led by the first): the ages beyond a bound, the last years. */
function oneOf([first, ...rest]: readonly number[]): Omit<Critique, "itemId"> {
  return { attributeId: first, direction: "more", ...(rest.length > 0 ? { also: rest } : {}) };
}

/** The way an order asks, in a word: "older" or "newer" for ages, "shorter" or "longer" for lengths. */
function comparativeWord(c: Extract<Comparative, { order: unknown }>): string {
  const lower = c.order === "lower";
  return c.needs === "dates" ? (lower ? "older" : "newer") : lower ? "shorter" : "longer";
}

/** The catalog's attributes of the given types named by a number ("1990s": 1990), with that number. */
/** An attribute of an ordered type with its number ("1990s": 1990). */
type Value = { a: number; v: number };

function orderedValues(lexicon: Lexicon, typeNames: readonly string[]): Value[] {
  const cat = lexicon.catalog;
  const types = typeNames.map((t) => cat.typeNames.indexOf(t)).filter((t) => t >= 0);
  const values: { a: number; v: number }[] = [];
  for (let a = 0; a < cat.nAttributes && types.length > 0; a++) {
    const v = orderValue(cat.attrName[a]);
    if (v === null) continue;
    for (let e = cat.attrTypes.offsets[a]; e < cat.attrTypes.offsets[a + 1]; e++) if (types.includes(cat.attrTypes.ids[e])) values.push({ a, v });
  }
  return values;
}

/** The shown items' values (each item's first), ascending; their middle one is the slate's median. */
function shownValues(lexicon: Lexicon, values: readonly Value[], shown: readonly number[]): number[] {
  const held: number[] = [];
  for (const i of shown) {
    const at = values.find((x) => rowHas(lexicon.catalog.attrItems, x.a, i));
    if (at) held.push(at.v);
  }
  return held.sort((x, y) => x - y);
}

/** The middle of ascending values (the lower of two), or null for none: a slate's median. */
function middle(held: readonly number[]): number | null {
  return held.length > 0 ? held[(held.length - 1) >> 1] : null;
}

/** The median value over the catalog's items, each value weighed by how many items hold it (its row's length). */
function catalogMedian(lexicon: Lexicon, values: readonly { a: number; v: number }[]): number | null {
  const off = lexicon.catalog.attrItems.offsets;
  const byValue = [...values].sort((x, y) => x.v - y.v);
  let total = 0;
  for (const x of byValue) total += off[x.a + 1] - off[x.a];
  const middle = (total - 1) >> 1;
  let seen = 0;
  for (const x of byValue) {
    seen += off[x.a + 1] - off[x.a];
    if (seen > middle) return x.v;
  }
  return null;
}

/** "the last 20 years", "the past decade", "the last few years", "this century" (CENTURY): how many years back, or null. */
export function yearsBack(tokens: readonly Token[]): number | null {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const w = tokens[k].norm;
    const next = tokens[k + 1].norm;
    if (w === "this" && next === "century") return CENTURY;
    if (w !== "last" && w !== "past") continue;
    if (next === "decade") return 10;
    const unit = tokens[k + 2]?.norm ?? "";
    const n = /^\d+$/.test(next) ? Number(next) : (NUMBERS[next] ?? TENS[next] ?? (next === "few" || next === "couple" ? 5 : NaN));
    const of = next === "couple" && unit === "of" ? tokens[k + 3]?.norm ?? "" : unit;
    if (!(n > 0)) continue;
    if (of === "years" || of === "year") return n;
    if (of === "decades" || of === "decade") return 10 * n;
  }
  return null;
}

/** Before "back" or "ago", an age: "a few decades back", "years ago". */
const AGO_UNITS = new Set(["decades", "decade", "years", "century"]);

const BACK_IN_THE_DAY = ["back", "in", "the", "day"];
/** "made before I was born", "something before my time": older. */
const BEFORE_MY_TIME = [["before", "i", "was", "born"], ["before", "my", "time"], ["before", "we", "were", "born"]];

/** "anything from a few decades back", "something from years ago", "can we go back a few decades", "back in the day": older. */
export function goesBack(tokens: readonly Token[]): boolean {
  // Not "these are a bit before my time", said of the slate (too old, so newer).
  if (indexOfPhrase(tokens, BACK_IN_THE_DAY) >= 0 || BEFORE_MY_TIME.some((p) => {
    const at = indexOfPhrase(tokens, p);
    return at >= 0 && !describesShown(tokens, at);
  })) return true;
  // "something from further back".
  const further = (k: number) => tokens[k - 1]?.norm === "further" || tokens[k - 1]?.norm === "farther";
  return tokens.some((t, k) => ((t.norm === "back" || t.norm === "ago") && AGO_UNITS.has(tokens[k - 1]?.norm ?? "") && !whenWatched(tokens, k)) || (t.norm === "back" && (goesBackInAge(tokens, k) || further(k))));
}

const WATCHING = new Set(["saw", "seen", "watched", "watch", "see", "loved", "liked", "enjoyed"]);
/** "when I saw it years ago", "my brother loved it years ago": the time of a viewing, not an age asked for. */
function whenWatched(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 10; j--) {
    if (WATCHING.has(tokens[j].norm)) return true;
    if (tokens[j].breakBefore) break;
  }
  return false;
}

/**
 * The "back" at `k` goes back in age: "go back a few decades", "back in time", "I prefer older films, can you go
 * back a bit" (not "go back one").
 */
export function goesBackInAge(tokens: readonly Token[], k: number): boolean {
  if (tokens.slice(k + 1, k + 5).some((t) => AGO_UNITS.has(t.norm) || t.norm === "time")) return true;
  // "go back a bit" beside "older": how far, not how many steps ("go back a step" undoes).
  const degree = tokens.slice(k + 1, k + 4);
  return degree.length > 0 && degree.every((t) => BACK_DEGREE.has(t.norm)) && tokens.some((t) => OLDER_THAN.has(t.norm));
}
const BACK_DEGREE = new Set(["a", "bit", "little", "further", "farther", "more", "some", "way", "ways"]);
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, fifteen: 15 };
/** `yearsBack` of "this century": back to the newest value's hundred. */
const CENTURY = -1;

/**
 * The values of an ordered age type ("2010s") within `years` of its newest, counted back from the newest value
 * (the catalog's present as far as it says): "the last 20 years" on decades up to the 2010s is the 2000s and
 * 2010s. Null when the catalog has no such type.
 */
export function lastYears(lexicon: Lexicon, years: number): Omit<Critique, "itemId"> | null {
  const values = orderedValues(lexicon, AGE);
  if (values.length === 0) return null;
  const present = Math.max(...values.map((x) => x.v));
  const since = years === CENTURY ? Math.floor(present / 100) * 100 : present - years + 1;
  // Oldest first, so the reply says "from the 2000s or later".
  const within = values.filter((x) => x.v >= since || x.v === present).sort((x, y) => x.v - y.v);
  return oneOf(within.map((x) => x.a));
}


/** Every word these readings look for: a reply word, never corrected into another (slips.ts). */
export function orderWords(): string[] {
  return [...COPULAS, ...INTENSIFIERS, ...RELATIVE, ...BEFORE, ...AFTER, ...OLDER_THAN, ...NEWER_THAN, ...AGO_UNITS, ...BACK_IN_THE_DAY, ...BEFORE_MY_TIME.flat(), ...BACK_DEGREE, ...SLATE_SUBJECTS, ...Object.keys(TENS), "last", "past", "few", "couple", "this"];
}
