import { dropoutBackward, dropoutForward } from "./nn/dropout.ts";
import { embeddingBackward, embeddingForward } from "./nn/embedding.ts";
import { gruCellBackward, gruCellForward } from "./nn/gru.ts";
import { linearBackward, linearForward } from "./nn/linear.ts";
import { Params } from "./nn/params.ts";
import { Random } from "../random.ts";
import { SampledSoftmax } from "./head.ts";
import type { Recommender } from "./model.ts";
import { WindowModel } from "./window-model.ts";

export interface Gru4recConfig {
  readonly nItems: number;
  readonly d: number;
  readonly L: number;
  readonly dropout: number;
  readonly batch: number;
  readonly negatives: number;
  readonly lr: number;
  readonly seed: number;
}

export const GRU4REC_DEFAULTS: Omit<Gru4recConfig, "nItems"> = {
  d: 32, L: 50, dropout: 0.2, batch: 8, negatives: 128, lr: 5e-3, seed: 1,
};

export function gruShapes(c: Gru4recConfig): Array<[string, number]> {
  const { d } = c;
  return [["item", c.nItems * d], ["ibias", c.nItems], ["w", d * 3 * d], ["b", 3 * d], ["u", d * 3 * d], ["bh", 3 * d]];
}

/**
 * GRU4Rec (Hidasi et al.): a GRU over the item sequence, hidden state scored against the (tied) item
 * embeddings with the same sampled softmax as SASRec. Buffers are time-major [L, B, ·].
 */
export class Gru4rec extends WindowModel implements Recommender {
  declare readonly config: Gru4recConfig;
  readonly name = "gru4rec";
  private readonly idsT: Int32Array;
  private readonly x: Float32Array;
  private readonly xd: Float32Array;
  private readonly dm: Float32Array;
  private readonly xw: Float32Array;
  private readonly hs: Float32Array;
  private readonly gates: Float32Array;
  private readonly hu: Float32Array;
  private readonly masks: Uint8Array;
  private readonly zeros: Float32Array;
  private readonly rowsH: Float32Array;
  private readonly dRowsH: Float32Array;
  private readonly rowIdx: Int32Array;
  private readonly rowPos: Int32Array;
  private readonly dHs: Float32Array;
  private readonly dxw: Float32Array;
  private readonly dh: Float32Array;
  private readonly dhNext: Float32Array;
  private readonly dpre: Float32Array;
  private readonly dx: Float32Array;

  constructor(config: Gru4recConfig, params?: Float32Array) {
    const c = config;
    const p = new Params(gruShapes(c));
    if (params) p.data.set(params);
    else {
      const rng = new Random(c.seed);
      const std = 1 / Math.sqrt(c.d);
      p.normal("item", std, rng);
      p.normal("w", std, rng);
      p.normal("u", std, rng);
    }
    const rows = c.batch * c.L;
    const { d } = c;
    super(c, p, new SampledSoftmax(rows, c.negatives, d));
    this.idsT = new Int32Array(rows);
    this.x = new Float32Array(rows * d);
    this.xd = new Float32Array(rows * d);
    this.dm = new Float32Array(rows * d);
    this.xw = new Float32Array(rows * 3 * d);
    this.hs = new Float32Array(rows * d);
    this.gates = new Float32Array(rows * 4 * d);
    this.hu = new Float32Array(c.batch * 3 * d);
    this.masks = new Uint8Array(rows);
    this.zeros = new Float32Array(c.batch * d);
    this.rowsH = new Float32Array(rows * d);
    this.dRowsH = new Float32Array(rows * d);
    this.rowIdx = new Int32Array(rows);
    this.rowPos = new Int32Array(rows);
    this.dHs = new Float32Array(rows * d);
    this.dxw = new Float32Array(rows * 3 * d);
    this.dh = new Float32Array(c.batch * d);
    this.dhNext = new Float32Array(c.batch * d);
    this.dpre = new Float32Array(c.batch * 3 * d);
    this.dx = new Float32Array(rows * d);
  }

  /** Runs the GRU over the B windows in `ids` (batch-major); hidden states land time-major in hs. */
  private forward(B: number, rng: Random | null): void {
    const { L, d, dropout } = this.config;
    const rows = B * L;
    for (let b = 0; b < B; b++) {
      for (let t = 0; t < L; t++) {
        const id = this.ids[b * L + t];
        this.idsT[t * B + b] = id;
        this.masks[t * B + b] = id >= 0 ? 1 : 0;
      }
    }
    const p = this.params;
    embeddingForward(p.get("item"), this.idsT, this.x, rows, d);
    dropoutForward(this.x, this.xd, this.dm, rows * d, dropout, rng);
    linearForward(this.xd, p.get("w"), p.get("b"), this.xw, rows, d, 3 * d);
    const u = p.get("u");
    const bh = p.get("bh");
    for (let t = 0; t < L; t++) {
      const hPrev = t === 0 ? this.zeros : this.hs.subarray((t - 1) * B * d, t * B * d);
      gruCellForward(
        this.xw.subarray(t * B * 3 * d), hPrev, u, bh, this.masks.subarray(t * B),
        this.hs.subarray(t * B * d), this.gates.subarray(t * B * 4 * d), this.hu, B, d,
      );
    }
  }

  /** Loss and gradients on the B windows already in ids/targets. */
  protected gradients(B: number, rng: Random): number {
    const { L, d, nItems } = this.config;
    const p = this.params;
    p.zeroGrad();
    this.forward(B, rng);
    let M = 0;
    for (let b = 0; b < B; b++) {
      for (let t = 0; t < L; t++) {
        const y = this.targets[b * L + t];
        if (y < 0) continue;
        const r = t * B + b;
        this.rowIdx[M] = r;
        this.rowPos[M] = y;
        this.rowsH.set(this.hs.subarray(r * d, r * d + d), M * d);
        M++;
      }
    }
    this.dRowsH.fill(0, 0, M * d);
    this.head.sample(nItems, rng);
    const loss = this.head.step(this.rowsH, this.rowPos, M, p.get("item"), p.g("item"), this.dRowsH, { b: p.get("ibias"), db: p.g("ibias") });
    this.backward(B, M);
    return loss;
  }

  private backward(B: number, M: number): void {
    const { L, d } = this.config;
    const rows = B * L;
    const p = this.params;
    this.dHs.fill(0, 0, rows * d);
    for (let m = 0; m < M; m++) this.dHs.set(this.dRowsH.subarray(m * d, m * d + d), this.rowIdx[m] * d);
    const u = p.get("u");
    const du = p.g("u");
    const dbh = p.g("bh");
    this.dhNext.fill(0, 0, B * d);
    for (let t = L - 1; t >= 0; t--) {
      const dOut = this.dHs.subarray(t * B * d, (t + 1) * B * d);
      for (let i = 0; i < B * d; i++) dOut[i] += this.dhNext[i];
      const hPrev = t === 0 ? this.zeros : this.hs.subarray((t - 1) * B * d, t * B * d);
      gruCellBackward(
        hPrev, u, this.masks.subarray(t * B), this.gates.subarray(t * B * 4 * d), dOut,
        this.dxw.subarray(t * B * 3 * d), this.dh, du, dbh, this.dpre, B, d,
      );
      this.dhNext.set(this.dh.subarray(0, B * d));
    }
    linearBackward(this.xd, p.get("w"), this.dxw, this.dx, p.g("w"), p.g("b"), rows, d, 3 * d);
    dropoutBackward(this.dx, this.dm, this.dx, rows * d);
    embeddingBackward(this.dx, this.idsT, p.g("item"), rows, d);
  }

  protected lastStates(B: number, last: Float32Array): void {
    const { L, d } = this.config;
    this.forward(B, null);
    last.set(this.hs.subarray((L - 1) * B * d, L * B * d));
  }

  itemVectors(): { dim: number; data: Float32Array } {
    return { dim: this.config.d, data: this.params.get("item") };
  }

  save(): { kind: string; config: unknown; params: Float32Array } {
    return { kind: "gru4rec", config: this.config, params: this.params.data };
  }
}
