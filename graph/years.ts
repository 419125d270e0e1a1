import type { Graph } from "./types.ts";

/** The year a title ends with ("Heat (1995)", "Up (2009) "), or null. */
export function titleYear(title: string): number | null {
  const m = /\((\d{4})\)\s*$/.exec(title);
  return m ? Number(m[1]) : null;
}

/**
 * Every item's year from its title (0 where it has none), or null when the catalog's titles carry no years
 * (LastFM* artists): what orders items within a decade.
 */
export function itemYears(g: Graph): Int16Array | null {
  const years = new Int16Array(g.nItems);
  let any = false;
  for (let i = 0; i < g.nItems; i++) {
    const y = titleYear(g.itemTitle[i]);
    if (y !== null) {
      years[i] = y;
      any = true;
    }
  }
  return any ? years : null;
}
