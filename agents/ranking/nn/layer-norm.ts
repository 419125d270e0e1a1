/** Layer normalisation over the last dimension, y = γ·(x − μ)/σ + β; saves μ and 1/σ per row for backward. */
export function layerNormForward(
  x: Float32Array, gamma: Float32Array, beta: Float32Array, y: Float32Array,
  mean: Float32Array, rstd: Float32Array, rows: number, d: number, eps = 1e-5,
): void {
  for (let r = 0; r < rows; r++) {
    const o = r * d;
    let mu = 0;
    for (let j = 0; j < d; j++) mu += x[o + j];
    mu /= d;
    let v = 0;
    for (let j = 0; j < d; j++) {
      const c = x[o + j] - mu;
      v += c * c;
    }
    const rs = 1 / Math.sqrt(v / d + eps);
    mean[r] = mu;
    rstd[r] = rs;
    for (let j = 0; j < d; j++) y[o + j] = (x[o + j] - mu) * rs * gamma[j] + beta[j];
  }
}

/** dx (+)= LN backward; dγ, dβ accumulate. */
export function layerNormBackward(
  x: Float32Array, gamma: Float32Array, dy: Float32Array, mean: Float32Array, rstd: Float32Array,
  dx: Float32Array, dgamma: Float32Array, dbeta: Float32Array, rows: number, d: number, accDx = false,
): void {
  for (let r = 0; r < rows; r++) {
    const o = r * d;
    const mu = mean[r];
    const rs = rstd[r];
    let sg = 0;
    let sgx = 0;
    for (let j = 0; j < d; j++) {
      const xh = (x[o + j] - mu) * rs;
      const g = dy[o + j] * gamma[j];
      dgamma[j] += dy[o + j] * xh;
      dbeta[j] += dy[o + j];
      sg += g;
      sgx += g * xh;
    }
    sg /= d;
    sgx /= d;
    for (let j = 0; j < d; j++) {
      const xh = (x[o + j] - mu) * rs;
      const v = rs * (dy[o + j] * gamma[j] - sg - xh * sgx);
      if (accDx) dx[o + j] += v;
      else dx[o + j] = v;
    }
  }
}
