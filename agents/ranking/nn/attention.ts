/**
 * Causal multi-head scaled dot-product attention over a batch of windows.
 * q, k, v, out: [B·L, d] row-major, heads split d into `heads` contiguous slices.
 * `valid[b·L + j]` = 0 masks key j (padding); a query with no valid key gets a zero output.
 * probs: [B, heads, L, L], saved for backward.
 */
export function attentionForward(
  q: Float32Array, k: Float32Array, v: Float32Array, valid: Uint8Array,
  out: Float32Array, probs: Float32Array, B: number, L: number, d: number, heads: number,
): void {
  const dh = d / heads;
  const scale = 1 / Math.sqrt(dh);
  out.fill(0, 0, B * L * d);
  for (let b = 0; b < B; b++) {
    const base = b * L;
    for (let h = 0; h < heads; h++) {
      const ho = h * dh;
      const pBase = (b * heads + h) * L * L;
      for (let i = 0; i < L; i++) {
        const pi = pBase + i * L;
        const qi = (base + i) * d + ho;
        let max = -Infinity;
        for (let j = 0; j <= i; j++) {
          if (!valid[base + j]) {
            probs[pi + j] = -Infinity;
            continue;
          }
          const kj = (base + j) * d + ho;
          let s = 0;
          for (let c = 0; c < dh; c++) s += q[qi + c] * k[kj + c];
          s *= scale;
          probs[pi + j] = s;
          if (s > max) max = s;
        }
        for (let j = i + 1; j < L; j++) probs[pi + j] = 0;
        if (max === -Infinity) {
          for (let j = 0; j <= i; j++) probs[pi + j] = 0;
          continue;
        }
        let sum = 0;
        for (let j = 0; j <= i; j++) {
          const e = probs[pi + j] === -Infinity ? 0 : Math.exp(probs[pi + j] - max);
          probs[pi + j] = e;
          sum += e;
        }
        const inv = 1 / sum;
        const oi = (base + i) * d + ho;
        for (let j = 0; j <= i; j++) {
          const p = (probs[pi + j] *= inv);
          if (p === 0) continue;
          const vj = (base + j) * d + ho;
          for (let c = 0; c < dh; c++) out[oi + c] += p * v[vj + c];
        }
      }
    }
  }
}

/** Gradients of attentionForward: writes dq, dk, dv (overwrites). `scratch` holds at least L floats. */
export function attentionBackward(
  q: Float32Array, k: Float32Array, v: Float32Array, probs: Float32Array, dout: Float32Array,
  dq: Float32Array, dk: Float32Array, dv: Float32Array, scratch: Float32Array,
  B: number, L: number, d: number, heads: number,
): void {
  const dh = d / heads;
  const scale = 1 / Math.sqrt(dh);
  const n = B * L * d;
  dq.fill(0, 0, n);
  dk.fill(0, 0, n);
  dv.fill(0, 0, n);
  for (let b = 0; b < B; b++) {
    const base = b * L;
    for (let h = 0; h < heads; h++) {
      const ho = h * dh;
      const pBase = (b * heads + h) * L * L;
      for (let i = 0; i < L; i++) {
        const pi = pBase + i * L;
        const oi = (base + i) * d + ho;
        // dP_ij = dout_i · v_j ; dV_j += p_ij dout_i
        let dot = 0;
        for (let j = 0; j <= i; j++) {
          const p = probs[pi + j];
          if (p === 0) {
            scratch[j] = 0;
            continue;
          }
          const vj = (base + j) * d + ho;
          let s = 0;
          for (let c = 0; c < dh; c++) {
            s += dout[oi + c] * v[vj + c];
            dv[vj + c] += p * dout[oi + c];
          }
          scratch[j] = s;
          dot += p * s;
        }
        // dS_ij = p_ij (dP_ij − Σ p dP); dq_i += dS k_j ; dk_j += dS q_i
        const qi = (base + i) * d + ho;
        for (let j = 0; j <= i; j++) {
          const p = probs[pi + j];
          if (p === 0) continue;
          const ds = p * (scratch[j] - dot) * scale;
          const kj = (base + j) * d + ho;
          for (let c = 0; c < dh; c++) {
            dq[qi + c] += ds * k[kj + c];
            dk[kj + c] += ds * q[qi + c];
          }
        }
      }
    }
  }
}
