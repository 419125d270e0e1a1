import { describe, expect, it } from "vitest";
import { Random } from "../../agents/random.ts";
import { topPositions } from "../../agents/top-k.ts";

/** The reference: every position sorted by key descending, ties by position, the first k, ascending. */
function bySort(keys: Float64Array, n: number, k: number): number[] {
  return Array.from({ length: n }, (_, j) => j)
    .sort((a, b) => keys[b] - keys[a] || a - b)
    .slice(0, k)
    .sort((a, b) => a - b);
}

describe("topPositions", () => {
  const rng = new Random(11);
  const cases: [string, (j: number) => number][] = [
    ["distinct", () => rng.next()],
    ["few values (ties)", () => Math.floor(rng.next() * 4)],
    ["all equal", () => 1.5],
    ["ascending", (j) => j],
    ["descending", (j) => -j],
    ["negative and positive", () => rng.next() * 200 - 100],
  ];
  for (const [name, key] of cases) {
    it(`keeps the k largest, lower position on ties: ${name}`, () => {
      for (const [n, k] of [[1, 1], [10, 3], [1000, 100], [5000, 4999], [20000, 1000], [100_000, 10_000], [300, 0], [7, 10]]) {
        const keys = Float64Array.from({ length: n + 5 }, (_, j) => key(j));
        expect(Array.from(topPositions(keys, n, k)), `n ${n}, k ${k}`).toEqual(bySort(keys, n, k));
      }
    });
  }

  it("keeps the k largest when the keys it samples mislead it (every 24th of 50,000 is large)", () => {
    // topPositions samples 2,048 keys at even steps (24 apart here): they all look large, so its guessed
    // floor lets too few keys through and it must fall back to selecting among all of them.
    const keys = Float64Array.from({ length: 50_000 }, (_, j) => (j % 24 === 0 ? 1000 + rng.next() : rng.next()));
    for (const k of [100, 1000, 2083, 3000]) expect(Array.from(topPositions(keys, keys.length, k)), `k ${k}`).toEqual(bySort(keys, keys.length, k));
  });

  it("reads float32 keys as they are", () => {
    const keys = Float32Array.from([0.1, 0.3, 0.3, -2, 0.2]);
    expect(Array.from(topPositions(keys, 5, 2))).toEqual([1, 2]);
    expect(Array.from(topPositions(keys, 5, 3))).toEqual([1, 2, 4]);
  });
});
