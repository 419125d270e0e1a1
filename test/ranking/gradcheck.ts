import { expect } from "vitest";
import { Random } from "../../agents/random.ts";

/** Random values in [−1, 1). */
export function rand(n: number, rng: Random, scale = 1): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = (rng.next() * 2 - 1) * scale;
  return a;
}

/** Σ r·y in double precision: a scalar loss whose gradient w.r.t. y is r. */
export function project(y: Float32Array, r: Float32Array): number {
  let s = 0;
  for (let i = 0; i < r.length; i++) s += y[i] * r[i];
  return s;
}

/**
 * Central finite differences of `loss` w.r.t. `x[i]` for the given indices, compared with `grad[i]`.
 * Float32 activations bound the precision, hence the mixed tolerance. Returns the worst relative error.
 */
export function checkGrad(name: string, loss: () => number, x: Float32Array, grad: Float32Array, indices: Iterable<number>, eps = 1e-3): number {
  let worst = 0;
  let checked = 0;
  for (const i of indices) {
    const keep = x[i];
    x[i] = keep + eps;
    const up = loss();
    x[i] = keep - eps;
    const down = loss();
    x[i] = keep;
    const num = (up - down) / (2 * eps);
    const err = Math.abs(num - grad[i]) / Math.max(1e-2, Math.abs(num) + Math.abs(grad[i]));
    worst = Math.max(worst, err);
    expect(err, `${name}[${i}]: numeric ${num} vs analytic ${grad[i]}`).toBeLessThan(2e-2);
    checked++;
  }
  expect(checked, `${name}: no index checked`).toBeGreaterThan(0);
  return worst;
}

/** Every index for small arrays, a seeded sample for large ones. */
export function sample(n: number, k: number, rng: Random): number[] {
  if (n <= k) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: k }, () => rng.int(n));
}
