/**
 * Films of one series by their titles: "Iron Man 2" and "Iron Man", "Police Academy 2: Their First
 * Assignment" and "Police Academy", "Harry Potter and the Chamber of Secrets" and the other Harry Potter
 * films. A title's series key is its main title up to a subtitle (":", " - ") or an "and the", without a
 * leading article or a closing number ("II" reads as 2); films sharing a key are a series when their main
 * titles differ (the same title twice is a remake or a namesake: "Iron Man" of 1931 and of 2008) and they
 * have something in common (`related`: an attribute both hold). People who liked one film of a series are
 * often offered the others (ReDial's recommenders do so), which neither ratings nor attributes say.
 */
import { row, type Graph } from "../../graph/types.ts";
import { parseTitle, tokens, withoutArticle } from "./text.ts";

export class SeriesIndex {
  /** Per item, its series key's members (an index into `members`), -1 when it has none. */
  private readonly seriesOf: Int32Array;
  private readonly members: Int32Array[] = [];
  /** The main title of each item with a series key, as words: two items with the same one are not a series. */
  private readonly mains = new Map<number, string>();

  constructor(
    titles: readonly string[],
    private readonly related: (a: number, b: number) => boolean,
  ) {
    const byKey = new Map<string, number[]>();
    titles.forEach((title, item) => {
      const read = seriesKey(title);
      if (read === null) return;
      const list = byKey.get(read.key);
      if (list) list.push(item);
      else byKey.set(read.key, [item]);
      this.mains.set(item, read.main);
    });
    this.seriesOf = new Int32Array(titles.length).fill(-1);
    for (const items of byKey.values()) {
      // More titles than any film series has are a product line or a word many titles start with, not a series.
      if (items.length < 2 || items.length > MAX_SERIES) {
        for (const item of items) this.mains.delete(item);
        continue;
      }
      for (const item of items) this.seriesOf[item] = this.members.length;
      this.members.push(Int32Array.from(items));
    }
  }

  /** The other films of the item's series (none when it has none), at most `k`. */
  neighbours(item: number, k: number): Int32Array {
    const s = this.seriesOf[item];
    if (s < 0) return EMPTY;
    const main = this.mains.get(item);
    return this.members[s].filter((i) => i !== item && this.mains.get(i) !== main && this.related(item, i)).subarray(0, k);
  }
}

/** The longest series kept (Dragon Ball Z has 13 films in MovieLens-small). */
const MAX_SERIES = 30;
const EMPTY = new Int32Array(0);

/** { key: "iron man", main: "iron man 2" } for "Iron Man 2 (2010)"; null for a title with no words. */
export function seriesKey(title: string): { key: string; main: string } | null {
  const all = [...withoutArticle(tokens(parseTitle(title).main))];
  let words = [...withoutArticle(tokens(parseTitle(title).main.split(/:| - /)[0]))];
  const and = words.findIndex((w, k) => w === "and" && words[k + 1] === "the");
  if (and >= 2) words = words.slice(0, and);
  if (words.length > 1 && /^\d+$/.test(words[words.length - 1])) words.pop();
  return words.length > 0 ? { key: words.join(" "), main: all.join(" ") } : null;
}

/** A catalog's series: films related when they hold an attribute in common. */
export function catalogSeries(g: Graph): SeriesIndex {
  return new SeriesIndex(g.itemTitle, (a, b) => sharesAttribute(g, a, b));
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
