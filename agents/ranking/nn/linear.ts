import { mm, mmAT, mmBT } from "./matmul.ts";

/** y[m,out] = x[m,in] · W[in,out] + b[out] */
export function linearForward(x: Float32Array, w: Float32Array, b: Float32Array | null, y: Float32Array, m: number, nIn: number, nOut: number): void {
  mm(x, w, y, m, nIn, nOut);
  if (!b) return;
  for (let i = 0; i < m; i++) {
    const o = i * nOut;
    for (let j = 0; j < nOut; j++) y[o + j] += b[j];
  }
}

/**
 * Accumulates dW += xᵀ·dy and db += Σ dy; writes (or with `accDx` adds) dx = dy·Wᵀ.
 * `dx` may be null when the input needs no gradient.
 */
export function linearBackward(
  x: Float32Array, w: Float32Array, dy: Float32Array,
  dx: Float32Array | null, dw: Float32Array, db: Float32Array | null,
  m: number, nIn: number, nOut: number, accDx = false,
): void {
  mmAT(x, dy, dw, m, nIn, nOut, true);
  if (db) {
    for (let i = 0; i < m; i++) {
      const o = i * nOut;
      for (let j = 0; j < nOut; j++) db[j] += dy[o + j];
    }
  }
  if (dx) mmBT(dy, w, dx, m, nOut, nIn, accDx);
}
