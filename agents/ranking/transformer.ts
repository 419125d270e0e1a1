import { attentionBackward, attentionForward } from "./nn/attention.ts";
import { dropoutBackward, dropoutForward } from "./nn/dropout.ts";
import { embeddingBackward, embeddingForward } from "./nn/embedding.ts";
import { layerNormBackward, layerNormForward } from "./nn/layer-norm.ts";
import { linearBackward, linearForward } from "./nn/linear.ts";
import type { Params } from "./nn/params.ts";
import type { Random } from "../random.ts";

export interface TransformerConfig {
  readonly nItems: number;
  readonly d: number;
  readonly L: number;
  readonly blocks: number;
  readonly heads: number;
  readonly dropout: number;
}

/** Parameter shapes of the SASRec encoder: item and learned position embeddings, pre-LN blocks, a final LN. */
export function transformerShapes(c: TransformerConfig): Array<[string, number]> {
  const { d } = c;
  const s: Array<[string, number]> = [["item", c.nItems * d], ["ibias", c.nItems], ["pos", c.L * d]];
  for (let b = 0; b < c.blocks; b++) {
    for (const n of ["ln1g", "ln1b", "bq", "bk", "bv", "bo", "ln2g", "ln2b", "b1", "b2"]) s.push([`${b}.${n}`, d]);
    for (const n of ["wq", "wk", "wv", "wo", "w1", "w2"]) s.push([`${b}.${n}`, d * d]);
  }
  s.push(["lnfg", d], ["lnfb", d]);
  return s;
}

export function initTransformer(p: Params, c: TransformerConfig, rng: Random): void {
  const std = 1 / Math.sqrt(c.d);
  // small embeddings: a fresh model then scores like its log-popularity bias instead of like noise
  p.normal("item", 0.02, rng);
  p.normal("pos", 0.02, rng);
  for (let b = 0; b < c.blocks; b++) {
    for (const n of ["wq", "wk", "wv", "wo", "w1", "w2"]) p.normal(`${b}.${n}`, std, rng);
    p.fill(`${b}.ln1g`, 1);
    p.fill(`${b}.ln2g`, 1);
  }
  p.fill("lnfg", 1);
}

interface BlockBuffers {
  x: Float32Array; a: Float32Array; m1: Float32Array; r1: Float32Array;
  q: Float32Array; k: Float32Array; v: Float32Array; probs: Float32Array; att: Float32Array;
  o: Float32Array; dmO: Float32Array; xm: Float32Array; c: Float32Array; m2: Float32Array; r2: Float32Array;
  f1: Float32Array; dmF1: Float32Array; f2: Float32Array; dmF2: Float32Array;
}

/**
 * The SASRec encoder over a batch of B windows of length L with every activation preallocated:
 * causal self-attention with learned positions, pre-LN blocks (attention, then a ReLU feed-forward),
 * dropout on embeddings and on each residual branch. Several encoders may share one Params
 * (the factual and counterfactual passes of CFT).
 */
export class TransformerEncoder {
  readonly out: Float32Array;
  private readonly x0: Float32Array;
  private readonly dm0: Float32Array;
  private readonly bufs: BlockBuffers[];
  private readonly mf: Float32Array;
  private readonly rf: Float32Array;
  private readonly xf: Float32Array;
  private readonly g1: Float32Array;
  private readonly g2: Float32Array;
  private readonly g3: Float32Array;
  private readonly g4: Float32Array;
  private readonly g5: Float32Array;
  private readonly scratch: Float32Array;
  private ids: Int32Array = new Int32Array(0);
  private valid: Uint8Array = new Uint8Array(0);
  private B = 0;

  constructor(readonly p: Params, readonly c: TransformerConfig, readonly maxB: number) {
    const N = maxB * c.L * c.d;
    const rows = maxB * c.L;
    const f = () => new Float32Array(N);
    this.out = f();
    this.x0 = f();
    this.dm0 = f();
    this.xf = f();
    this.mf = new Float32Array(rows);
    this.rf = new Float32Array(rows);
    this.bufs = [];
    for (let b = 0; b < c.blocks; b++) {
      this.bufs.push({
        x: f(), a: f(), m1: new Float32Array(rows), r1: new Float32Array(rows), q: f(), k: f(), v: f(),
        probs: new Float32Array(maxB * c.heads * c.L * c.L), att: f(), o: f(), dmO: f(), xm: f(), c: f(),
        m2: new Float32Array(rows), r2: new Float32Array(rows), f1: f(), dmF1: f(), f2: f(), dmF2: f(),
      });
    }
    this.g1 = f();
    this.g2 = f();
    this.g3 = f();
    this.g4 = f();
    this.g5 = f();
    this.scratch = new Float32Array(c.L);
  }

  /**
   * ids [B·L] item ids (−1: padding or masked out), valid [B·L] which positions hold an item (attention keys).
   * Masking an item (id −1 with valid 1) keeps its position but removes its content: the counterfactual input.
   * `rng` null = inference (no dropout). Output rows in `out` [B·L, d].
   */
  forward(ids: Int32Array, valid: Uint8Array, B: number, rng: Random | null): Float32Array {
    const { p, c } = this;
    const { d, L, heads, dropout } = c;
    const rows = B * L;
    const n = rows * d;
    this.ids = ids;
    this.valid = valid;
    this.B = B;
    const x0 = this.x0;
    embeddingForward(p.get("item"), ids, x0, rows, d);
    const pos = p.get("pos");
    for (let r = 0; r < rows; r++) {
      if (!valid[r]) {
        x0.fill(0, r * d, r * d + d);
        continue;
      }
      const t = (r % L) * d;
      for (let j = 0; j < d; j++) x0[r * d + j] += pos[t + j];
    }
    let x = this.bufs.length ? this.bufs[0].x : this.xf;
    dropoutForward(x0, x, this.dm0, n, dropout, rng);
    for (let b = 0; b < c.blocks; b++) {
      const s = this.bufs[b];
      const pre = `${b}.`;
      layerNormForward(s.x, p.get(pre + "ln1g"), p.get(pre + "ln1b"), s.a, s.m1, s.r1, rows, d);
      linearForward(s.a, p.get(pre + "wq"), p.get(pre + "bq"), s.q, rows, d, d);
      linearForward(s.a, p.get(pre + "wk"), p.get(pre + "bk"), s.k, rows, d, d);
      linearForward(s.a, p.get(pre + "wv"), p.get(pre + "bv"), s.v, rows, d, d);
      attentionForward(s.q, s.k, s.v, valid, s.att, s.probs, B, L, d, heads);
      linearForward(s.att, p.get(pre + "wo"), p.get(pre + "bo"), s.o, rows, d, d);
      dropoutForward(s.o, this.g1, s.dmO, n, dropout, rng);
      for (let i = 0; i < n; i++) s.xm[i] = s.x[i] + this.g1[i];
      layerNormForward(s.xm, p.get(pre + "ln2g"), p.get(pre + "ln2b"), s.c, s.m2, s.r2, rows, d);
      linearForward(s.c, p.get(pre + "w1"), p.get(pre + "b1"), s.f1, rows, d, d);
      for (let i = 0; i < n; i++) if (s.f1[i] < 0) s.f1[i] = 0;
      dropoutForward(s.f1, this.g2, s.dmF1, n, dropout, rng);
      linearForward(this.g2, p.get(pre + "w2"), p.get(pre + "b2"), s.f2, rows, d, d);
      dropoutForward(s.f2, this.g3, s.dmF2, n, dropout, rng);
      x = b + 1 < c.blocks ? this.bufs[b + 1].x : this.xf;
      for (let i = 0; i < n; i++) x[i] = s.xm[i] + this.g3[i];
    }
    layerNormForward(this.xf, p.get("lnfg"), p.get("lnfb"), this.out, this.mf, this.rf, rows, d);
    return this.out;
  }

  /** Backward from dOut [B·L, d] (consumed), accumulating into the shared Params' gradient. */
  backward(dOut: Float32Array): void {
    const { p, c, B } = this;
    const { d, L, heads } = c;
    const rows = B * L;
    const n = rows * d;
    const dx = this.g1;
    layerNormBackward(this.xf, p.get("lnfg"), dOut, this.mf, this.rf, dx, p.g("lnfg"), p.g("lnfb"), rows, d);
    const t1 = this.g2;
    const t2 = this.g3;
    const t3 = this.g4;
    const t4 = this.g5;
    for (let b = c.blocks - 1; b >= 0; b--) {
      const s = this.bufs[b];
      const pre = `${b}.`;
      // x_next = xm + drop(f2): dx flows to xm unchanged and into the feed-forward branch
      dropoutBackward(dx, s.dmF2, t1, n);
      // recompute the dropped f1 (g2 in forward) from f1 and its mask
      for (let i = 0; i < n; i++) t4[i] = s.f1[i] * s.dmF1[i];
      linearBackward(t4, p.get(pre + "w2"), t1, t2, p.g(pre + "w2"), p.g(pre + "b2"), rows, d, d);
      for (let i = 0; i < n; i++) t2[i] = s.f1[i] > 0 ? t2[i] * s.dmF1[i] : 0;
      linearBackward(s.c, p.get(pre + "w1"), t2, t1, p.g(pre + "w1"), p.g(pre + "b1"), rows, d, d);
      layerNormBackward(s.xm, p.get(pre + "ln2g"), t1, s.m2, s.r2, dx, p.g(pre + "ln2g"), p.g(pre + "ln2b"), rows, d, true);
      // xm = x + drop(o)
      dropoutBackward(dx, s.dmO, t1, n);
      linearBackward(s.att, p.get(pre + "wo"), t1, t2, p.g(pre + "wo"), p.g(pre + "bo"), rows, d, d);
      attentionBackward(s.q, s.k, s.v, s.probs, t2, t1, t3, t4, this.scratch, B, L, d, heads);
      linearBackward(s.a, p.get(pre + "wq"), t1, t2, p.g(pre + "wq"), p.g(pre + "bq"), rows, d, d);
      linearBackward(s.a, p.get(pre + "wk"), t3, t2, p.g(pre + "wk"), p.g(pre + "bk"), rows, d, d, true);
      linearBackward(s.a, p.get(pre + "wv"), t4, t2, p.g(pre + "wv"), p.g(pre + "bv"), rows, d, d, true);
      layerNormBackward(s.x, p.get(pre + "ln1g"), t2, s.m1, s.r1, dx, p.g(pre + "ln1g"), p.g(pre + "ln1b"), rows, d, true);
    }
    dropoutBackward(dx, this.dm0, t1, n);
    const dpos = p.g("pos");
    for (let r = 0; r < rows; r++) {
      if (!this.valid[r]) continue;
      const t = (r % L) * d;
      for (let j = 0; j < d; j++) dpos[t + j] += t1[r * d + j];
    }
    embeddingBackward(t1, this.ids, p.g("item"), rows, d);
  }
}
