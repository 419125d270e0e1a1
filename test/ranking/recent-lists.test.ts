import { describe, expect, it } from "vitest";
import { RecentLists } from "../../agents/ranking/recent-lists.ts";

describe("recent neighbour lists", () => {
  it("makes a list once per (item, k) while it is kept, and again once it has been pushed out", () => {
    const made: string[] = [];
    const recent = new RecentLists(2);
    const make = (item: number, k: number) => {
      made.push(`${item}/${k}`);
      return Int32Array.from({ length: k }, (_, r) => item + r + 1);
    };
    const first = recent.get(7, 3, make);
    expect(Array.from(first)).toEqual([8, 9, 10]);
    expect(recent.get(7, 3, make)).toBe(first);
    expect(Array.from(recent.get(7, 2, make))).toEqual([8, 9]);
    // (7, 2) is the least recently asked when (9, 1) comes in: it goes, and is made again.
    recent.get(7, 3, make);
    recent.get(9, 1, make);
    recent.get(7, 2, make);
    expect(made).toEqual(["7/3", "7/2", "9/1", "7/2"]);
  });
});
