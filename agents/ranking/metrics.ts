import { Random } from "../random.ts";

/**
 * Rank (0 = first) of `target` among all items except `exclude` (the user's history), ties broken halfway:
 * rank = #(higher) + ⌊#(equal)/2⌋, so a model that scores everything alike gets no free hit.
 */
export function rankOf(scores: Float32Array, target: number, exclude: Int32Array): number {
  const s = scores[target];
  let higher = 0;
  let equal = 0;
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i];
    if (v > s) higher++;
    else if (v === s) equal++;
  }
  equal--; // the target itself
  for (let k = 0; k < exclude.length; k++) {
    const j = exclude[k];
    if (j === target) continue;
    const v = scores[j];
    if (v > s) higher--;
    else if (v === s) equal--;
  }
  return higher + Math.floor(Math.max(0, equal) / 2);
}

export function hitAt(rank: number, k: number): number {
  return rank < k ? 1 : 0;
}

export function ndcgAt(rank: number, k: number): number {
  return rank < k ? 1 / Math.log2(rank + 2) : 0;
}

export function mean(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return a.length ? s / a.length : 0;
}

/** 95% percentile bootstrap interval of the mean over users (resampling users), seeded. */
export function bootstrapCi(values: Float64Array, seed = 7, rounds = 1000): [number, number] {
  return bootstrapPairedCi(values, null, seed, rounds);
}

/** 95% interval of mean(a − b) by resampling the same users for both (a paired bootstrap); b null = mean(a). */
export function bootstrapPairedCi(a: Float64Array, b: Float64Array | null, seed = 7, rounds = 1000): [number, number] {
  const n = a.length;
  if (n === 0) return [0, 0];
  const rng = new Random(seed);
  const means = new Float64Array(rounds);
  for (let r = 0; r < rounds; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const j = rng.int(n);
      s += b ? a[j] - b[j] : a[j];
    }
    means[r] = s / n;
  }
  means.sort();
  return [means[Math.floor(0.025 * (rounds - 1))], means[Math.ceil(0.975 * (rounds - 1))]];
}
