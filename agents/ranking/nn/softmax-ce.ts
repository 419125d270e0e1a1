/**
 * Softmax cross-entropy over candidate logits z [N, C]: column 0 is row n's positive `pos[n]`, columns
 * 1..C−1 the batch's shared sampled negatives `negs[c − 1]`; a negative equal to the row's positive is
 * left out of that row's softmax. Adds Σ w[n]·scale·CE_n to the returned loss and writes (or with `acc`
 * adds) dz = ∂/∂z of that sum.
 * `logq` (the sampling log-probability of each item, optional) is subtracted from every candidate's logit:
 * the logQ correction that makes a sampled softmax estimate the full one.
 */
export function softmaxCe(
  z: Float32Array, N: number, C: number, dz: Float32Array, weights: Float32Array | null, scale: number,
  pos: Int32Array | null, negs: Int32Array | null, acc = false, logq: Float32Array | null = null,
): number {
  if (logq && pos && negs) {
    for (let n = 0; n < N; n++) {
      z[n * C] -= logq[pos[n]];
      for (let c = 1; c < C; c++) z[n * C + c] -= logq[negs[c - 1]];
    }
  }
  let loss = 0;
  for (let n = 0; n < N; n++) {
    const o = n * C;
    const w = (weights ? weights[n] : 1) * scale;
    if (w === 0) {
      if (!acc) dz.fill(0, o, o + C);
      continue;
    }
    const p = pos ? pos[n] : -1;
    let max = z[o];
    for (let c = 1; c < C; c++) if (z[o + c] > max && !(negs && negs[c - 1] === p)) max = z[o + c];
    let sum = 0;
    for (let c = 0; c < C; c++) if (c === 0 || !(negs && negs[c - 1] === p)) sum += Math.exp(z[o + c] - max);
    const lse = max + Math.log(sum);
    loss += w * (lse - z[o]);
    for (let c = 0; c < C; c++) {
      const masked = c > 0 && negs !== null && negs[c - 1] === p;
      const g = masked ? 0 : w * (Math.exp(z[o + c] - lse) - (c === 0 ? 1 : 0));
      if (acc) dz[o + c] += g;
      else dz[o + c] = g;
    }
  }
  if (logq && pos && negs) {
    for (let n = 0; n < N; n++) {
      z[n * C] += logq[pos[n]];
      for (let c = 1; c < C; c++) z[n * C + c] += logq[negs[c - 1]];
    }
  }
  return loss;
}
