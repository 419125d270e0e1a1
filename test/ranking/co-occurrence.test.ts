import { describe, expect, it } from "vitest";
import { importDataset } from "../../graph/import/index.ts";
import { row } from "../../graph/types.ts";
import { CoOccurrence } from "../../agents/ranking/co-occurrence.ts";
import { MOVIELENS_SMALL } from "../shared.ts";

describe("items chosen by the same people (MovieLens-small train ratings)", () => {
  const g = importDataset("movielens", MOVIELENS_SMALL);
  const byTitle = (t: string) => g.itemTitle.indexOf(t);
  const titles = (ids: Int32Array) => Array.from(ids, (i) => g.itemTitle[i]);

  it("lists a film's sequel and its era's family films first, never the film itself", () => {
    const co = new CoOccurrence(g);
    const toyStory = byTitle("Toy Story (1995)");
    const near = co.neighbours(toyStory, 20);
    expect(near.length).toBe(20);
    expect(Array.from(near)).not.toContain(toyStory);
    expect(titles(near)).toContain("Toy Story 2 (1999)");
    // The list is by taste, not popularity: the most-rated film overall is not first.
    expect(g.itemTitle[near[0]]).not.toBe("Forrest Gump (1994)");
  });

  it("matches a plain count over the raw ratings, and a second call gives the same list", () => {
    const co = new CoOccurrence(g);
    for (const title of ["Alien (1979)", "Notebook, The (2004)", "Godfather, The (1972)"]) {
      const item = byTitle(title);
      // The same weighing written out with a Map over the train rows.
      const votes = new Map<number, number>();
      for (const u of row(g.itemUsers, item)) {
        const history = row(g.userItems, u);
        for (const j of history) if (j !== item) votes.set(j, (votes.get(j) ?? 0) + 1 / Math.log(2 + history.length));
      }
      const degree = (j: number) => g.itemUsers.offsets[j + 1] - g.itemUsers.offsets[j];
      const expected = [...votes]
        .map(([j, v]) => [j, v / Math.sqrt(degree(j))] as const)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, 30)
        .map(([j]) => j);
      expect(Array.from(co.neighbours(item, 30)), title).toEqual(expected);
      expect(Array.from(co.neighbours(item, 30)), `${title}, again`).toEqual(expected);
    }
  });

  it("samples the audience of a much-rated film past maxUsers, keeping most of its list", () => {
    const matrix = byTitle("Matrix, The (1999)");
    expect(row(g.itemUsers, matrix).length).toBeGreaterThan(200);
    const whole = new Set(new CoOccurrence(g).neighbours(matrix, 30));
    const sampled = Array.from(new CoOccurrence(g, 60).neighbours(matrix, 30));
    expect(sampled.filter((i) => whole.has(i)).length).toBeGreaterThanOrEqual(15);
  });
});
