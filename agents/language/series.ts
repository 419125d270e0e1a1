/**
 * Films of one series by their titles: "Iron Man 2" and "Iron Man", "Police Academy 2: Their First
 * Assignment" and "Police Academy", "Harry Potter and the Chamber of Secrets" and the other Harry Potter
 * films. A title's series key is its main title up to a subtitle (":", " - ") or an "and the", without a
 * leading article or a closing number ("II" reads as 2); films sharing a key are a series when their main
 * titles differ (the same title twice is a remake or a namesake: "Iron Man" of 1931 and of 2008) and they
 * have something in common (`related`: an attribute both hold). People who liked one film of a series are
 * often offered the others (ReDial's recommenders do so), which neither ratings nor attributes say.
 */
import { row, type Csr, type Graph } from "../../graph/types.ts";
import { parseTitle, tokens, withoutArticle } from "./text.ts";

export class SeriesIndex {
  private constructor(
    /** Per item, its series (a row of `members`), -1 when it has none. */
    private readonly seriesOf: Int32Array,
    /** One row per series: a million-item catalog has over a hundred thousand, and one typed array each is work for every full collection. */
    private readonly members: Csr,
    private readonly titles: readonly string[],
    private readonly related: (a: number, b: number) => boolean,
  ) {}

  static build(titles: readonly string[], related: (a: number, b: number) => boolean): SeriesIndex {
    const keys = new Map<string, number[]>();
    addKeys(titles, 0, titles.length, keys);
    return SeriesIndex.finish(titles, keys, related);
  }

  /**
   * The same, a slice of titles at a time with the event loop free between slices: a million titles take
   * seconds to read, a server keeps answering meanwhile. A catalog of one slice is read before it returns.
   */
  static async inSlices(titles: readonly string[], related: (a: number, b: number) => boolean, slice = 10_000): Promise<SeriesIndex> {
    const keys = new Map<string, number[]>();
    for (let from = 0; from < titles.length; from += slice) {
      if (from > 0) await new Promise((resolve) => setImmediate(resolve));
      addKeys(titles, from, Math.min(titles.length, from + slice), keys);
    }
    return SeriesIndex.finish(titles, keys, related);
  }

  private static finish(titles: readonly string[], keys: ReadonlyMap<string, number[]>, related: (a: number, b: number) => boolean): SeriesIndex {
    const seriesOf = new Int32Array(titles.length).fill(-1);
    const offsets = [0];
    const ids: number[] = [];
    for (const items of keys.values()) {
      // More titles than any film series has are a product line or a word many titles start with, not a series.
      if (items.length < 2 || items.length > MAX_SERIES) continue;
      for (const item of items) seriesOf[item] = offsets.length - 1;
      ids.push(...items);
      offsets.push(ids.length);
    }
    return new SeriesIndex(seriesOf, { offsets: Int32Array.from(offsets), ids: Int32Array.from(ids) }, titles, related);
  }

  /** The other films of the item's series (none when it has none), at most `k`. */
  neighbours(item: number, k: number): Int32Array {
    const s = this.seriesOf[item];
    if (s < 0) return EMPTY;
    // The same main title twice is a remake or a namesake, not a series.
    const main = mainTitle(this.titles[item]);
    return row(this.members, s).filter((i) => i !== item && mainTitle(this.titles[i]) !== main && this.related(item, i)).subarray(0, k);
  }
}

function addKeys(titles: readonly string[], from: number, to: number, keys: Map<string, number[]>): void {
  for (let item = from; item < to; item++) {
    const key = seriesKey(titles[item]);
    if (key === null) continue;
    const list = keys.get(key);
    if (list) list.push(item);
    else keys.set(key, [item]);
  }
}

const mainTitle = (title: string) => parseTitle(title).main.toLowerCase();

/** The longest series kept (Dragon Ball Z has 13 films in MovieLens-small). */
const MAX_SERIES = 30;
const EMPTY = new Int32Array(0);

/** "iron man" for "Iron Man 2 (2010)"; null for a title with no words. */
export function seriesKey(title: string): string | null {
  let words = [...withoutArticle(tokens(parseTitle(title).main.split(SUBTITLE, 1)[0]))];
  const and = words.findIndex((w, k) => w === "and" && words[k + 1] === "the");
  if (and >= 2) words = words.slice(0, and);
  if (words.length > 1 && /^\d+$/.test(words[words.length - 1])) words.pop();
  return words.length > 0 ? words.join(" ") : null;
}

const SUBTITLE = /:| - /;

/** A catalog's series: films related when they hold an attribute in common. */
export function catalogSeries(g: Graph): SeriesIndex {
  return SeriesIndex.build(g.itemTitle, (a, b) => sharesAttribute(g, a, b));
}

/** The same, read a slice at a time (`SeriesIndex.inSlices`). */
export function catalogSeriesInSlices(g: Graph): Promise<SeriesIndex> {
  return SeriesIndex.inSlices(g.itemTitle, (a, b) => sharesAttribute(g, a, b));
}

/** Whether two items hold an attribute in common (rows are sorted). */
function sharesAttribute(g: Graph, a: number, b: number): boolean {
  const x = row(g.itemAttrs, a);
  const y = row(g.itemAttrs, b);
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) return true;
    if (x[i] < y[j]) i++;
    else j++;
  }
  return false;
}
