import { mmBT } from "./nn/matmul.ts";
import { Params } from "./nn/params.ts";
import { Random } from "../random.ts";
import { SampledSoftmax } from "./head.ts";
import type { Recommender } from "./model.ts";
import { addItemBias } from "./item-bias.ts";
import { initTransformer, TransformerEncoder, transformerShapes, type TransformerConfig } from "./transformer.ts";
import { fillHistory } from "./windows.ts";
import { WindowModel } from "./window-model.ts";
import { cftWeight, type CftConfig } from "./cft.ts";

export interface SasrecConfig extends TransformerConfig {
  readonly batch: number;
  readonly negatives: number;
  readonly lr: number;
  readonly seed: number;
  /** Counterfactual fine-tuning; null trains plain SASRec. */
  readonly cft: CftConfig | null;
}

export const SASREC_DEFAULTS: Omit<SasrecConfig, "nItems"> = {
  d: 32, L: 50, blocks: 2, heads: 1, dropout: 0.2, batch: 8, negatives: 128, lr: 5e-3, seed: 1, cft: null,
};

/**
 * SASRec (Kang & McAuley 2018): next-item prediction with causal self-attention over the last L items,
 * trained with a sampled softmax tied to the item embeddings; optionally with CFT (see cft.ts, docs/cft.md).
 */
export class Sasrec extends WindowModel implements Recommender {
  declare readonly config: SasrecConfig;
  readonly name: string;
  private readonly enc: TransformerEncoder;
  private readonly cfEnc: TransformerEncoder | null;
  private readonly valid: Uint8Array;
  private readonly cfIds: Int32Array;
  private readonly cfValid: Uint8Array;
  private readonly rowsH: Float32Array;
  private readonly dRowsH: Float32Array;
  private readonly rowPos: Int32Array;
  private readonly rowIdx: Int32Array;
  private readonly cfRow: Int32Array;
  private readonly weights: Float32Array;
  private readonly dOut: Float32Array;
  private readonly dCf: Float32Array;
  /** Serve-time counterfactual subtraction weight α: score = z_f − α·z_cf. */
  alpha = 0;

  constructor(config: SasrecConfig, params?: Float32Array) {
    const c = config;
    const p = new Params(transformerShapes(c));
    if (params) p.data.set(params);
    else initTransformer(p, c, new Random(c.seed));
    const rows = c.batch * c.L;
    super(c, p, new SampledSoftmax(rows, c.negatives, c.d, c.cft ? rows : 0));
    this.name = c.cft ? "sasrec_cft" : "sasrec";
    this.enc = new TransformerEncoder(p, c, c.batch);
    this.cfEnc = c.cft ? new TransformerEncoder(p, c, c.batch) : null;
    this.valid = new Uint8Array(rows);
    this.cfIds = new Int32Array(rows).fill(-1);
    this.cfValid = new Uint8Array(rows);
    this.rowsH = new Float32Array(rows * c.d);
    this.dRowsH = new Float32Array(rows * c.d);
    this.rowPos = new Int32Array(rows);
    this.rowIdx = new Int32Array(rows);
    this.cfRow = new Int32Array(rows);
    this.weights = new Float32Array(rows);
    this.dOut = new Float32Array(rows * c.d);
    this.dCf = new Float32Array(rows * c.d);
  }

  /** Loss and gradients on the B windows already in ids/targets. */
  protected gradients(B: number, rng: Random): number {
    const { L, d } = this.config;
    const rows = B * L;
    const { ids, targets, valid } = this;
    for (let r = 0; r < rows; r++) valid[r] = ids[r] >= 0 ? 1 : 0;
    this.params.zeroGrad();
    const h = this.enc.forward(ids, valid, B, rng);
    // gather the rows that have a next item
    let M = 0;
    for (let r = 0; r < rows; r++) {
      if (targets[r] < 0) continue;
      this.rowIdx[M] = r;
      this.rowPos[M] = targets[r];
      this.rowsH.set(h.subarray(r * d, r * d + d), M * d);
      M++;
    }
    this.dRowsH.fill(0, 0, M * d);
    this.head.sample(this.config.nItems, rng);
    let cf = null;
    const cft = this.config.cft;
    if (cft && this.cfEnc) {
      const lastItem = cft.counterfactual === "last-item";
      const U = lastItem ? this.lastItemBatch(B, M) : this.counterfactualBatch(B, M);
      const hcf = this.cfEnc.forward(this.cfIds, this.cfValid, U, rng);
      this.dCf.fill(0, 0, U * L * d);
      let trained = 0;
      for (let m = 0; m < M; m++) if (!lastItem || this.rowIdx[m] % L === L - 1) trained++;
      // the last-item term trains one row per window: weigh it as a mean over those rows, not over all M
      const scale = trained ? M / trained : 0;
      for (let m = 0; m < M; m++) {
        const on = !lastItem || this.rowIdx[m] % L === L - 1;
        this.weights[m] = on ? cftWeight(cft, this.historyAt(this.rowIdx[m]), L) * (lastItem ? scale : 1) : 0;
      }
      cf = { hcf, U: U * L, cfRow: this.cfRow, weights: this.weights, lambda: cft.lambda, dhcf: this.dCf };
    }
    const p = this.params;
    const loss = this.head.step(this.rowsH, this.rowPos, M, p.get("item"), p.g("item"), this.dRowsH, { b: p.get("ibias"), db: p.g("ibias") }, cf);
    this.dOut.fill(0, 0, rows * d);
    for (let m = 0; m < M; m++) this.dOut.set(this.dRowsH.subarray(m * d, m * d + d), this.rowIdx[m] * d);
    this.enc.backward(this.dOut);
    if (cf && this.cfEnc) this.cfEnc.backward(this.dCf);
    return loss;
  }

  /** Items seen before row r within its window: how much history the prediction at r conditions on. */
  private historyAt(r: number): number {
    const L = this.config.L;
    const t = r % L;
    let n = 0;
    for (let j = r - t; j < r; j++) if (this.valid[j]) n++;
    return n;
  }

  /**
   * Counterfactual windows: the same positions with every item's content masked out. A masked window
   * depends only on where its padding ends, so windows with the same padding share one counterfactual
   * block; cfRow maps each trained row to its counterfactual row. Returns the number of blocks.
   */
  private counterfactualBatch(B: number, M: number): number {
    const L = this.config.L;
    const blockOf = new Map<number, number>();
    const padOf = new Int32Array(B);
    for (let b = 0; b < B; b++) {
      let pad = 0;
      while (pad < L && !this.valid[b * L + pad]) pad++;
      let g = blockOf.get(pad);
      if (g === undefined) {
        g = blockOf.size;
        blockOf.set(pad, g);
        for (let t = 0; t < L; t++) this.cfValid[g * L + t] = t >= pad ? 1 : 0;
      }
      padOf[b] = g;
    }
    for (let m = 0; m < M; m++) {
      const r = this.rowIdx[m];
      this.cfRow[m] = padOf[Math.floor(r / L)] * L + (r % L);
    }
    return blockOf.size;
  }

  /**
   * Last-item counterfactual windows: window b with its history masked (ids −1, positions and padding kept)
   * except its last input. Row r of the batch maps to row r of these windows. Returns B.
   */
  private lastItemBatch(B: number, M: number): number {
    const L = this.config.L;
    for (let r = 0; r < B * L; r++) {
      this.cfValid[r] = this.valid[r];
      this.cfIds[r] = r % L === L - 1 ? this.ids[r] : -1;
    }
    for (let m = 0; m < M; m++) this.cfRow[m] = this.rowIdx[m];
    return B;
  }

  /** The window model's scores, less α times the counterfactual scores of each history's length (CFT). */
  override score(users: Int32Array, histories: readonly Int32Array[], out: Float32Array): void {
    super.score(users, histories, out);
    if (this.alpha === 0) return;
    const { L, nItems } = this.config;
    for (let b = 0; b < histories.length; b++) {
      const zcf = this.counterfactualScores(Math.max(0, L - histories[b].length));
      const ob = b * nItems;
      for (let i = 0; i < nItems; i++) out[ob + i] -= this.alpha * zcf[i];
    }
  }

  protected lastStates(B: number, last: Float32Array): void {
    const { L, d } = this.config;
    for (let r = 0; r < B * L; r++) this.valid[r] = this.ids[r] >= 0 ? 1 : 0;
    const h = this.enc.forward(this.ids, this.valid, B, null);
    for (let b = 0; b < B; b++) last.set(h.subarray((b * L + L - 1) * d, (b * L + L) * d), b * d);
  }

  private readonly cfCache = new Map<number, Float32Array>();

  /** z_cf at the serving position for a history that leaves `pad` leading positions empty (cached per pad). */
  counterfactualScores(pad: number): Float32Array {
    const hit = this.cfCache.get(pad);
    if (hit) return hit;
    const { L, d, nItems } = this.config;
    const ids = new Int32Array(L).fill(-1);
    const valid = new Uint8Array(L);
    for (let t = pad; t < L; t++) valid[t] = 1;
    const h = this.enc.forward(ids, valid, 1, null).slice((L - 1) * d, L * d);
    const z = new Float32Array(nItems);
    mmBT(h, this.params.get("item"), z, 1, d, nItems);
    addItemBias(z, this.params.get("ibias"), 1, nItems);
    this.cfCache.set(pad, z);
    return z;
  }

  /** Drops cached counterfactual scores (parameters changed). */
  invalidate(): void {
    this.cfCache.clear();
  }

  itemVectors(): { dim: number; data: Float32Array } {
    return { dim: this.config.d, data: this.params.get("item") };
  }

  /** The query vector for a history: the encoder's output at the last position (inner product with itemVectors). */
  queryVector(history: Int32Array): Float32Array {
    const { L, d } = this.config;
    fillHistory(history, L, this.ids, 0);
    for (let r = 0; r < L; r++) this.valid[r] = this.ids[r] >= 0 ? 1 : 0;
    return this.enc.forward(this.ids, this.valid, 1, null).slice((L - 1) * d, L * d);
  }

  save(): { kind: string; config: unknown; params: Float32Array } {
    return { kind: "sasrec", config: { ...this.config, alpha: this.alpha }, params: this.params.data };
  }
}
