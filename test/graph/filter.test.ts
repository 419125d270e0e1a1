import { describe, expect, it } from "vitest";
import { HAS_SHARED, MOVIELENS_SMALL, SKIP_SHARED_REASON, shared } from "../shared.ts";
import { importLastfmStar } from "../../graph/import/lastfm-star.ts";
import { importMovielens } from "../../graph/import/movielens.ts";
import { AttributeBitsets, CandidateFilter, filterBitset, filterSorted } from "../../graph/filter.ts";
import { row, type Graph } from "../../graph/types.ts";
import { rng } from "./helpers.ts";

/** Items holding every accepted attribute and no rejected one, by scanning every item. */
function bruteForce(g: Graph, accept: number[], reject: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < g.nItems; i++) {
    const attrs = row(g.itemAttrs, i);
    if (accept.every((a) => attrs.includes(a)) && !reject.some((a) => attrs.includes(a))) out.push(i);
  }
  return out;
}

/** Realistic queries: 1-3 attributes of a random item (so results are non-empty), sometimes rejections. */
function queries(g: Graph, n: number, seed: number): { accept: number[]; reject: number[] }[] {
  const random = rng(seed);
  const pick = (xs: ArrayLike<number>) => xs[Math.floor(random() * xs.length)];
  const out: { accept: number[]; reject: number[] }[] = [];
  while (out.length < n) {
    const attrs = row(g.itemAttrs, Math.floor(random() * g.nItems));
    if (attrs.length === 0) continue;
    const accept = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(attrs)))];
    const reject: number[] = [];
    for (let k = Math.floor(random() * 3); k > 0; k--) reject.push(pick(row(g.itemAttrs, Math.floor(random() * g.nItems))) ?? 0);
    out.push({ accept, reject: out.length % 10 === 0 ? [] : reject });
  }
  out.push({ accept: [], reject: [0, 1] }, { accept: [], reject: [] });
  return out;
}

function checkAgainstBruteForce(g: Graph, n: number): void {
  const out = new Int32Array(g.nItems);
  const bitsets = new AttributeBitsets(g.attrItems, g.nItems);
  const scratch = bitsets.scratch();
  const auto = new CandidateFilter(g.attrItems, g.nItems);
  let mismatches = 0;
  let nonEmpty = 0;
  for (const { accept, reject } of queries(g, n, 42)) {
    const expected = bruteForce(g, accept, reject);
    const sorted = [...out.subarray(0, filterSorted(g.attrItems, g.nItems, accept, reject, out))];
    const bits = [...out.subarray(0, filterBitset(bitsets, accept, reject, out, scratch))];
    const picked = [...out.subarray(0, auto.run(accept, reject, out))];
    for (const got of [sorted, bits, picked]) if (JSON.stringify(got) !== JSON.stringify(expected)) mismatches++;
    if (expected.length > 0) nonEmpty++;
  }
  expect(mismatches).toBe(0);
  expect(nonEmpty).toBeGreaterThan(n / 2);
}

describe("candidate filtering equals a brute-force scan", () => {
  it("on MovieLens-small", () => checkAgainstBruteForce(importMovielens(MOVIELENS_SMALL), 150));
  it.skipIf(!HAS_SHARED)(`on LastFM* (${HAS_SHARED ? "real data" : SKIP_SHARED_REASON})`, () =>
    checkAgainstBruteForce(importLastfmStar(shared("data", "lastfm-star")), 150));
});
