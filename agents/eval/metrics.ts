import { Random } from "../random.ts";

/** Per-episode outcomes: the turn of success (0 = failure) and the target's 1-based rank in that slate. */
export interface Outcomes {
  readonly turn: Int8Array;
  readonly rank: Int8Array;
}

export const METRICS = ["sr5", "sr10", "sr15", "at", "hdcg"] as const;
export type MetricName = (typeof METRICS)[number];

export interface Metrics {
  readonly episodes: number;
  readonly sr5: number;
  readonly sr10: number;
  readonly sr15: number;
  readonly at: number;
  readonly hdcg: number;
  readonly ci95: Record<MetricName, [number, number]>;
  /** successByTurn[t] = share of episodes that succeeded at a turn <= t (t = 0..maxTurn). */
  readonly successByTurn: number[];
  /** 95% interval of successByTurn[t], from the same bootstrap as `ci95`. */
  readonly successByTurnCi95: [number, number][];
  /** turnCounts[t] = episodes that succeeded at turn t; turnCounts[0] = failures. */
  readonly turnCounts: number[];
}

/**
 * hDCG as UNICORN defines it, for a success after `actions` system actions (UNICORN's 1-based
 * turn t) with the target at 1-based position `rank` of the slate:
 *   1/log2(t+2) + (1/log2(t+1) − 1/log2(t+2)) / log2(rank+1).
 * Our turns count the user's opening as turn 1, so t = turn − 1. Failures score 0.
 */
export function hdcg(turn: number, rank: number): number {
  if (turn <= 0) return 0;
  const t = turn - 1;
  const a = 1 / Math.log2(t + 2);
  const b = 1 / Math.log2(t + 1);
  return a + (b - a) / Math.log2(rank + 1);
}

/** Each episode's value of each metric (AT counts a failure as `maxTurn`). */
function perEpisode(o: Outcomes, maxTurn: number): Record<MetricName, Float64Array> {
  const n = o.turn.length;
  const v = Object.fromEntries(METRICS.map((m) => [m, new Float64Array(n)])) as Record<MetricName, Float64Array>;
  for (let e = 0; e < n; e++) {
    const t = o.turn[e];
    const ok = t > 0;
    v.sr5[e] = ok && t <= 5 ? 1 : 0;
    v.sr10[e] = ok && t <= 10 ? 1 : 0;
    v.sr15[e] = ok && t <= 15 ? 1 : 0;
    v.at[e] = ok ? t : maxTurn;
    v.hdcg[e] = hdcg(t, o.rank[e]);
  }
  return v;
}

/** How tables and reports head each metric. */
export const METRIC_HEADS: Readonly<Record<MetricName, string>> = { sr5: "SR@5", sr10: "SR@10", sr15: "SR@15", at: "AT", hdcg: "hDCG" };

/** One line per metric, for people reading a summary table or a report. */
export const METRIC_DEFINITIONS: Readonly<Record<MetricName, string>> = {
  sr5: "SR@5: share of conversations that recommended the target within 5 turns",
  sr10: "SR@10: share of conversations that recommended the target within 10 turns",
  sr15: "SR@15: share of conversations that recommended the target within 15 turns",
  at: "AT: average turns per conversation, a failure counting as the turn limit (lower is better)",
  hdcg: "hDCG: success discounted by the turn and by the target's rank in its slate (UNICORN), 0 for a failure",
};

/** Means with 95% percentile-bootstrap intervals (`resamples` draws of the episodes, seeded), for the metrics and the success-by-turn curve. */
export function summarize(o: Outcomes, options: { maxTurn?: number; resamples?: number; seed?: number } = {}): Metrics {
  const maxTurn = options.maxTurn ?? 15;
  const B = options.resamples ?? 1000;
  const n = o.turn.length;
  const v = perEpisode(o, maxTurn);
  const mean = (a: Float64Array) => (n ? a.reduce((s, x) => s + x, 0) / n : 0);
  const boot = Object.fromEntries(METRICS.map((m) => [m, new Float64Array(B)])) as Record<MetricName, Float64Array>;
  const rng = new Random(options.seed ?? 1);
  const sums = new Float64Array(METRICS.length);
  // bootByTurn[t][b]: share succeeded by turn t in resample b (cumulated from the resample's turn counts).
  const bootByTurn = Array.from({ length: maxTurn + 1 }, () => new Float64Array(B));
  const drawn = new Int32Array(maxTurn + 1);
  for (let b = 0; b < B && n > 0; b++) {
    sums.fill(0);
    drawn.fill(0);
    for (let k = 0; k < n; k++) {
      const e = rng.int(n);
      for (let m = 0; m < METRICS.length; m++) sums[m] += v[METRICS[m]][e];
      drawn[Math.max(0, o.turn[e])]++;
    }
    for (let m = 0; m < METRICS.length; m++) boot[METRICS[m]][b] = sums[m] / n;
    for (let t = 1, cum = 0; t <= maxTurn; t++) bootByTurn[t][b] = (cum += drawn[t]) / n;
  }
  const interval = (a: Float64Array): [number, number] => {
    const s = a.sort();
    return n ? [s[Math.floor(0.025 * (B - 1))], s[Math.ceil(0.975 * (B - 1))]] : [0, 0];
  };
  const ci95 = {} as Record<MetricName, [number, number]>;
  for (const m of METRICS) ci95[m] = interval(boot[m]);
  const successByTurnCi95 = bootByTurn.map(interval);
  const turnCounts = new Array<number>(maxTurn + 1).fill(0);
  for (let e = 0; e < n; e++) turnCounts[Math.max(0, o.turn[e])]++;
  const successByTurn: number[] = [];
  let cum = 0;
  for (let t = 0; t <= maxTurn; t++) {
    if (t > 0) cum += turnCounts[t];
    successByTurn.push(n ? cum / n : 0);
  }
  return {
    episodes: n,
    sr5: mean(v.sr5),
    sr10: mean(v.sr10),
    sr15: mean(v.sr15),
    at: mean(v.at),
    hdcg: mean(v.hdcg),
    ci95,
    successByTurn,
    successByTurnCi95,
    turnCounts,
  };
}
