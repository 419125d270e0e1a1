/**
 * GRU cell (the PyTorch form), batched over rows, one time step:
 *   z = σ(xz + h·Uz + bz),  r = σ(xr + h·Ur + br),  n = tanh(xn + r ⊙ (h·Un + bn)),  h' = (1 − z) ⊙ n + z ⊙ h
 * `xw` [B, 3H] is the input already projected (x·W + b, gates ordered z, r, n), so the whole
 * sequence's input projection is one big matmul outside the time loop.
 * u: [H, 3H]; bh: [3H] (hidden-side biases). `gates` [B, 4H] saves z, r, n and h·Un + bn for backward.
 * Rows with mask 0 carry h through unchanged (padding).
 */
export function gruCellForward(
  xw: Float32Array, h: Float32Array, u: Float32Array, bh: Float32Array, mask: Uint8Array,
  hOut: Float32Array, gates: Float32Array, hu: Float32Array, B: number, H: number,
): void {
  const H3 = 3 * H;
  for (let b = 0; b < B; b++) {
    const hb = b * H;
    if (!mask[b]) {
      for (let j = 0; j < H; j++) hOut[hb + j] = h[hb + j];
      gates.fill(0, b * 4 * H, (b + 1) * 4 * H);
      continue;
    }
    // hu = h·U + bh for this row
    const o = b * H3;
    for (let j = 0; j < H3; j++) hu[o + j] = bh[j];
    for (let p = 0; p < H; p++) {
      const hv = h[hb + p];
      if (hv === 0) continue;
      const up = p * H3;
      for (let j = 0; j < H3; j++) hu[o + j] += hv * u[up + j];
    }
    const g = b * 4 * H;
    for (let j = 0; j < H; j++) {
      const z = 1 / (1 + Math.exp(-(xw[o + j] + hu[o + j])));
      const r = 1 / (1 + Math.exp(-(xw[o + H + j] + hu[o + H + j])));
      const hn = hu[o + 2 * H + j];
      const n = Math.tanh(xw[o + 2 * H + j] + r * hn);
      gates[g + j] = z;
      gates[g + H + j] = r;
      gates[g + 2 * H + j] = n;
      gates[g + 3 * H + j] = hn;
      hOut[hb + j] = (1 - z) * n + z * h[hb + j];
    }
  }
}

/**
 * Backward of one step. dhOut: gradient w.r.t. h'. Writes dxw [B,3H] and dh (gradient w.r.t. the previous h,
 * overwritten); accumulates du [H,3H], dbh [3H]. `dpre` is scratch [B,3H].
 */
export function gruCellBackward(
  h: Float32Array, u: Float32Array, mask: Uint8Array, gates: Float32Array, dhOut: Float32Array,
  dxw: Float32Array, dh: Float32Array, du: Float32Array, dbh: Float32Array, dpre: Float32Array, B: number, H: number,
): void {
  const H3 = 3 * H;
  for (let b = 0; b < B; b++) {
    const hb = b * H;
    const o = b * H3;
    if (!mask[b]) {
      for (let j = 0; j < H; j++) dh[hb + j] = dhOut[hb + j];
      dxw.fill(0, o, o + H3);
      continue;
    }
    const g = b * 4 * H;
    for (let j = 0; j < H; j++) {
      const z = gates[g + j];
      const r = gates[g + H + j];
      const n = gates[g + 2 * H + j];
      const hn = gates[g + 3 * H + j];
      const dho = dhOut[hb + j];
      const dn = dho * (1 - z) * (1 - n * n);
      const dz = dho * (h[hb + j] - n) * z * (1 - z);
      const dr = dn * hn * r * (1 - r);
      dxw[o + j] = dz;
      dxw[o + H + j] = dr;
      dxw[o + 2 * H + j] = dn;
      // gradients of the hidden-side pre-activations (hu): z and r gates as is, n gate scaled by r
      dpre[o + j] = dz;
      dpre[o + H + j] = dr;
      dpre[o + 2 * H + j] = dn * r;
      dh[hb + j] = dho * z;
    }
    for (let j = 0; j < H3; j++) dbh[j] += dpre[o + j];
    for (let p = 0; p < H; p++) {
      const hv = h[hb + p];
      const up = p * H3;
      let s = 0;
      for (let j = 0; j < H3; j++) {
        s += dpre[o + j] * u[up + j];
        if (hv !== 0) du[up + j] += hv * dpre[o + j];
      }
      dh[hb + p] += s;
    }
  }
}
