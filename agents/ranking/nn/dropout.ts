import type { Random } from "../../random.ts";

/** Inverted dropout: keeps each value with probability 1 − p and scales by 1/(1 − p); the mask holds that scale or 0. */
export function dropoutForward(x: Float32Array, y: Float32Array, mask: Float32Array, n: number, p: number, rng: Random | null): void {
  if (!rng || p === 0) {
    mask.fill(1, 0, n);
    if (x !== y) y.set(x.subarray(0, n));
    return;
  }
  const scale = 1 / (1 - p);
  for (let i = 0; i < n; i++) {
    const m = rng.next() < p ? 0 : scale;
    mask[i] = m;
    y[i] = x[i] * m;
  }
}

/** dx = dy ⊙ mask (in place allowed); with `acc`, dx += dy ⊙ mask. */
export function dropoutBackward(dy: Float32Array, mask: Float32Array, dx: Float32Array, n: number, acc = false): void {
  if (acc) for (let i = 0; i < n; i++) dx[i] += dy[i] * mask[i];
  else for (let i = 0; i < n; i++) dx[i] = dy[i] * mask[i];
}
