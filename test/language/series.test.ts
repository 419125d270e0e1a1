import { beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../graph/workspace.ts";
import type { Graph } from "../../graph/types.ts";
import { catalogSeries, seriesKey, SeriesIndex } from "../../agents/language/series.ts";
import { row } from "../../graph/types.ts";
import { prepareWorkspace } from "../server/helpers.ts";

/** Series read from MovieLens-small's own titles. */
let g: Graph;
let series: SeriesIndex;
const film = (title: string) => {
  const i = g.itemTitle.indexOf(title);
  expect(i, title).toBeGreaterThanOrEqual(0);
  return i;
};
const mates = (title: string) => [...series.neighbours(film(title), 100)].map((i) => g.itemTitle[i]).sort();

beforeAll(async () => {
  g = loadGraph(await prepareWorkspace());
  series = catalogSeries(g);
}, 120_000);

describe("series of films by their titles", () => {
  it("keys a title by its main title before a subtitle or 'and the', without article or closing number", () => {
    expect(seriesKey("Police Academy 2: Their First Assignment (1985)")).toBe("police academy");
    expect(seriesKey("Men in Black II (a.k.a. MIIB) (a.k.a. MIB 2) (2002)")).toBe("men in black");
    expect(seriesKey("Harry Potter and the Chamber of Secrets (2002)")).toBe("harry potter");
    expect(seriesKey("Nightmare on Elm Street 3: Dream Warriors, A (1987)")).toBe("nightmare on elm street");
    // Two words before "and the" are no series name: "Beauty and the Beast" stays whole.
    expect(seriesKey("Beauty and the Beast (1991)")).toBe("beauty and the beast");
    expect(seriesKey("Mission to Mars (2000)")).not.toBe(seriesKey("Mission: Impossible II (2000)"));
  });

  it("finds a film's sequels and prequels, not a namesake of another kind nor a remake of the same title", () => {
    expect(mates("Iron Man (2008)")).toEqual(["Iron Man 2 (2010)", "Iron Man 3 (2013)"]);
    // The 1931 drama of the same name shares no attribute with the Marvel films, and is the same title besides.
    expect(mates("Iron Man (1931)")).toEqual([]);
    expect(mates("Iron Man 2 (2010)")).toEqual(["Iron Man (2008)", "Iron Man 3 (2013)"]);
    expect(mates("Toy Story (1995)")).toEqual(["Toy Story 2 (1999)", "Toy Story 3 (2010)"]);
    expect(mates("Police Academy (1984)")).toHaveLength(6);
    expect(mates("Mission to Mars (2000)")).toEqual([]);
  });

  it("reads the same series a slice at a time as at once (how a server reads a large catalog beside serving)", async () => {
    const shares = (a: number, b: number) => row(g.itemAttrs, a).some((x) => row(g.itemAttrs, b).includes(x));
    const sliced = await SeriesIndex.inSlices(g.itemTitle, shares, 1_000);
    let withMates = 0;
    for (let i = 0; i < g.nItems; i++) {
      const a = [...sliced.neighbours(i, 100)];
      expect(a, g.itemTitle[i]).toEqual([...series.neighbours(i, 100)]);
      if (a.length > 0) withMates++;
    }
    expect(withMates).toBeGreaterThan(1000);
  });
});
