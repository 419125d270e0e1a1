import { describe, expect, it } from "vitest";
import { hdcg, summarize } from "../../agents/eval/metrics.ts";

describe("metrics", () => {
  it("hDCG follows UNICORN's formula: 1/log2(t+2) + (1/log2(t+1) - 1/log2(t+2))/log2(rank+1), t = system actions", () => {
    // First system action (turn 2), target on top: 1/log2(3) + (1 - 1/log2(3)) = 1.
    expect(hdcg(2, 1)).toBeCloseTo(1, 12);
    // Turn 3 (t = 2), rank 1: 1/log2(4) + (1/log2(3) - 1/log2(4)) = 1/log2(3) = 0.63093.
    expect(hdcg(3, 1)).toBeCloseTo(0.6309297536, 9);
    // Turn 2, rank 2: 0.63093 + 0.36907 / log2(3) = 0.86379.
    expect(hdcg(2, 2)).toBeCloseTo(0.8637872, 6);
    // Turn 15 (t = 14), rank 10: 1/log2(16) + (1/log2(15) - 1/log2(16)) / log2(11) = 0.25 + 0.005958 / 3.459432 = 0.251722.
    expect(hdcg(15, 10)).toBeCloseTo(0.25 + (1 / Math.log2(15) - 0.25) / Math.log2(11), 12);
    expect(hdcg(15, 10)).toBeCloseTo(0.2517223, 6);
    expect(hdcg(0, 0)).toBe(0);
  });

  it("SR@k, AT (failures count 15) and hDCG are means over episodes, each inside its bootstrap interval", () => {
    const turn = Int8Array.from([2, 5, 6, 11, 15, 0, 0, 3]);
    const rank = Int8Array.from([1, 2, 1, 10, 3, 0, 0, 1]);
    const m = summarize({ turn, rank }, { resamples: 500, seed: 4 });
    expect(m.episodes).toBe(8);
    expect(m.sr5).toBeCloseTo(3 / 8, 12);
    expect(m.sr10).toBeCloseTo(4 / 8, 12);
    expect(m.sr15).toBeCloseTo(6 / 8, 12);
    expect(m.at).toBeCloseTo((2 + 5 + 6 + 11 + 15 + 15 + 15 + 3) / 8, 12);
    const h = [hdcg(2, 1), hdcg(5, 2), hdcg(6, 1), hdcg(11, 10), hdcg(15, 3), 0, 0, hdcg(3, 1)];
    expect(m.hdcg).toBeCloseTo(h.reduce((a, b) => a + b) / 8, 12);
    for (const k of ["sr5", "sr10", "sr15", "at", "hdcg"] as const) {
      const [lo, hi] = m.ci95[k];
      expect(lo).toBeLessThanOrEqual(m[k]);
      expect(hi).toBeGreaterThanOrEqual(m[k]);
      expect(hi).toBeGreaterThan(lo);
    }
    expect(m.successByTurn[15]).toBeCloseTo(m.sr15, 12);
    expect(m.successByTurn[5]).toBeCloseTo(m.sr5, 12);
    expect(m.turnCounts[0]).toBe(2);
    expect(summarize({ turn, rank }, { resamples: 500, seed: 4 }).ci95).toEqual(m.ci95);
  });

  it("bands the success-by-turn curve with the same bootstrap: each turn's share inside its interval, SR@k's interval at turn k", () => {
    const turn = Int8Array.from([2, 5, 6, 11, 15, 0, 0, 3, 4, 9]);
    const rank = Int8Array.from([1, 2, 1, 10, 3, 0, 0, 1, 1, 2]);
    const m = summarize({ turn, rank }, { resamples: 500, seed: 9 });
    expect(m.successByTurnCi95).toHaveLength(16);
    expect(m.successByTurnCi95[0]).toEqual([0, 0]);
    expect(m.successByTurnCi95[1]).toEqual([0, 0]);
    for (let t = 2; t <= 15; t++) {
      const [lo, hi] = m.successByTurnCi95[t];
      expect(lo).toBeLessThanOrEqual(m.successByTurn[t]);
      expect(hi).toBeGreaterThanOrEqual(m.successByTurn[t]);
      expect(hi).toBeGreaterThan(lo);
    }
    expect(m.successByTurnCi95[5]).toEqual(m.ci95.sr5);
    expect(m.successByTurnCi95[15]).toEqual(m.ci95.sr15);
  });
});
