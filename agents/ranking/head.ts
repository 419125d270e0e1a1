import { mm, mmAT, mmBT } from "./nn/matmul.ts";
import { softmaxCe } from "./nn/softmax-ce.ts";
import type { Random } from "../random.ts";

/**
 * Sampled-softmax output layer tied to the item embedding table: for M hidden rows with positive items,
 * logits over [positive, K shared negatives]. Negatives are drawn from the training popularity^0.75 with the
 * logQ correction (uniform until `setPopularity`): popular items are the ones a full ranking must learn to
 * push down, and uniform negatives rarely show them. Buffers are sized once for the largest batch.
 *
 * With a counterfactual (CFT), each row n also has a counterfactual hidden row `cfRow[n]` (rows of `hcf`,
 * typically shared by many n) and the loss becomes CE(z_f) + λ·w_n·CE(z_f − z_cf).
 */
export class SampledSoftmax {
  readonly negs: Int32Array;
  private readonly negEmb: Float32Array;
  private readonly dNegEmb: Float32Array;
  private readonly z: Float32Array;
  private readonly dz: Float32Array;
  private readonly zcf: Float32Array;
  private readonly dzcf: Float32Array;
  private readonly e: Float32Array;
  private readonly de: Float32Array;
  private readonly zcfNeg: Float32Array;
  private readonly dzcfNeg: Float32Array;

  constructor(readonly maxRows: number, readonly K: number, readonly d: number, maxCfRows = 0) {
    const C = K + 1;
    this.negs = new Int32Array(K);
    this.negEmb = new Float32Array(K * d);
    this.dNegEmb = new Float32Array(K * d);
    this.z = new Float32Array(maxRows * C);
    this.dz = new Float32Array(maxRows * C);
    this.zcf = new Float32Array(maxCfRows ? maxRows * C : 0);
    this.dzcf = new Float32Array(maxCfRows ? maxRows * C : 0);
    this.e = new Float32Array(maxCfRows ? maxRows * C : 0);
    this.de = new Float32Array(maxCfRows ? maxRows * C : 0);
    this.zcfNeg = new Float32Array(maxCfRows * K);
    this.dzcfNeg = new Float32Array(maxCfRows * K);
  }

  private cdf: Float64Array | null = null;
  private logq: Float32Array | null = null;

  /** Samples negatives ∝ (count + 1)^0.75 from here on, with the matching logQ correction. */
  setPopularity(counts: ArrayLike<number>): void {
    const n = counts.length;
    const cdf = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) cdf[i] = total += Math.pow(counts[i] + 1, 0.75);
    const logq = new Float32Array(n);
    for (let i = 0; i < n; i++) logq[i] = Math.log((cdf[i] - (i ? cdf[i - 1] : 0)) / total);
    this.cdf = cdf;
    this.logq = logq;
  }

  /** Draws this batch's shared negatives. */
  sample(nItems: number, rng: Random): void {
    const cdf = this.cdf;
    for (let c = 0; c < this.K; c++) {
      if (!cdf) {
        this.negs[c] = rng.int(nItems);
        continue;
      }
      const x = rng.next() * cdf[cdf.length - 1];
      let lo = 0;
      let hi = cdf.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cdf[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      this.negs[c] = lo;
    }
  }

  /**
   * Loss (mean over rows) and gradients. h [M, d] hidden rows, pos [M] positives; accumulates dh and dEmb.
   * For CFT pass `cf` with hcf [U, d] counterfactual hidden rows, cfRow [M] mapping, weights [M], λ; dhcf accumulates.
   */
  step(
    h: Float32Array, pos: Int32Array, M: number, emb: Float32Array, dEmb: Float32Array, dh: Float32Array,
    bias: { b: Float32Array; db: Float32Array },
    cf: { hcf: Float32Array; U: number; cfRow: Int32Array; weights: Float32Array; lambda: number; dhcf: Float32Array } | null = null,
  ): number {
    const { K, d, negs, negEmb, dNegEmb, z, dz } = this;
    const C = K + 1;
    for (let c = 0; c < K; c++) negEmb.set(emb.subarray(negs[c] * d, negs[c] * d + d), c * d);
    // z[n, 0] = h_n·E[pos_n]; z[n, 1..] = h_n·E[negs]
    this.logits(h, pos, M, emb, z);
    addBias(z, pos, negs, M, C, bias.b);
    const scale = 1 / M;
    let loss = softmaxCe(z, M, C, dz, null, scale, pos, negs, false, this.logq);
    if (cf) {
      const { hcf, U, cfRow, weights, lambda } = cf;
      const { zcf, dzcf, e, de, zcfNeg } = this;
      mmBT(hcf, negEmb, zcfNeg, U, d, K);
      for (let n = 0; n < M; n++) {
        const r = cfRow[n];
        const p = pos[n] * d;
        let s = 0;
        for (let j = 0; j < d; j++) s += hcf[r * d + j] * emb[p + j];
        zcf[n * C] = s;
        zcf.set(zcfNeg.subarray(r * K, r * K + K), n * C + 1);
      }
      addBias(zcf, pos, negs, M, C, bias.b);
      for (let i = 0; i < M * C; i++) e[i] = z[i] - zcf[i];
      loss += lambda * softmaxCe(e, M, C, de, weights, scale, pos, negs, false, this.logq);
      for (let i = 0; i < M * C; i++) {
        dz[i] += lambda * de[i];
        dzcf[i] = -lambda * de[i];
      }
      this.backCf(cf.hcf, U, cfRow, pos, M, emb, dEmb, cf.dhcf);
      biasGrad(dzcf, pos, negs, M, C, bias.db);
    }
    biasGrad(dz, pos, negs, M, C, bias.db);
    this.back(h, pos, M, emb, dEmb, dh);
    return loss;
  }

  /** Candidate logits for M rows into out [M, K+1] (column 0 the positive). */
  private logits(h: Float32Array, pos: Int32Array, M: number, emb: Float32Array, out: Float32Array): void {
    const { K, d, negEmb } = this;
    const C = K + 1;
    const neg = this.dz; // scratch: [M, K] then spread into [M, C]
    mmBT(h, negEmb, neg, M, d, K);
    for (let n = M - 1; n >= 0; n--) {
      for (let c = K - 1; c >= 0; c--) out[n * C + 1 + c] = neg[n * K + c];
      const p = pos[n] * d;
      let s = 0;
      for (let j = 0; j < d; j++) s += h[n * d + j] * emb[p + j];
      out[n * C] = s;
    }
  }

  private back(h: Float32Array, pos: Int32Array, M: number, emb: Float32Array, dEmb: Float32Array, dh: Float32Array): void {
    const { K, d, negs, negEmb, dNegEmb, dz } = this;
    const C = K + 1;
    const dzn = this.z; // z is no longer needed: reuse it for the negatives' block of dz as [M, K]
    for (let n = 0; n < M; n++) {
      const g = dz[n * C];
      const p = pos[n] * d;
      const o = n * d;
      for (let j = 0; j < d; j++) {
        dh[o + j] += g * emb[p + j];
        dEmb[p + j] += g * h[o + j];
      }
      for (let c = 0; c < K; c++) dzn[n * K + c] = dz[n * C + 1 + c];
    }
    mm(dzn, negEmb, dh, M, K, d, true);
    mmAT(dzn, h, dNegEmb, M, K, d);
    for (let c = 0; c < K; c++) {
      const q = negs[c] * d;
      for (let j = 0; j < d; j++) dEmb[q + j] += dNegEmb[c * d + j];
    }
  }

  private backCf(hcf: Float32Array, U: number, cfRow: Int32Array, pos: Int32Array, M: number, emb: Float32Array, dEmb: Float32Array, dhcf: Float32Array): void {
    const { K, d, negs, negEmb, dNegEmb, dzcf, dzcfNeg } = this;
    const C = K + 1;
    dzcfNeg.fill(0, 0, U * K);
    for (let n = 0; n < M; n++) {
      const r = cfRow[n];
      const g = dzcf[n * C];
      const p = pos[n] * d;
      for (let j = 0; j < d; j++) {
        dhcf[r * d + j] += g * emb[p + j];
        dEmb[p + j] += g * hcf[r * d + j];
      }
      for (let c = 0; c < K; c++) dzcfNeg[r * K + c] += dzcf[n * C + 1 + c];
    }
    mm(dzcfNeg, negEmb, dhcf, U, K, d, true);
    mmAT(dzcfNeg, hcf, dNegEmb, U, K, d);
    for (let c = 0; c < K; c++) {
      const q = negs[c] * d;
      for (let j = 0; j < d; j++) dEmb[q + j] += dNegEmb[c * d + j];
    }
  }
}

/** z[n, c] += b[candidate]: the per-item output bias (popularity lives there, so z_f − z_cf cancels it). */
function addBias(z: Float32Array, pos: Int32Array, negs: Int32Array, M: number, C: number, b: Float32Array): void {
  for (let n = 0; n < M; n++) {
    z[n * C] += b[pos[n]];
    for (let c = 1; c < C; c++) z[n * C + c] += b[negs[c - 1]];
  }
}

function biasGrad(dz: Float32Array, pos: Int32Array, negs: Int32Array, M: number, C: number, db: Float32Array): void {
  for (let n = 0; n < M; n++) {
    db[pos[n]] += dz[n * C];
    for (let c = 1; c < C; c++) db[negs[c - 1]] += dz[n * C + c];
  }
}
