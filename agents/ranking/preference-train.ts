import { Random } from "../random.ts";
import { rowHas, type Graph } from "../../graph/types.ts";
import type { PreferenceModel } from "./preference.ts";
import { validationAuc } from "./preference-select.ts";

export interface PreferenceTrainOptions {
  dim?: number;
  epochs?: number;
  learningRate?: number;
  reg?: number;
  seed?: number;
  /** Share of negatives drawn among the items holding an accepted attribute (EAR's attribute-aware negatives). */
  attributeNegatives?: number;
  /** Learn a free vector per item on top of its attribute content (off: items are their attributes). */
  itemVectors?: boolean;
  /** Learn a per-item bias (popularity in the train split). */
  itemBias?: boolean;
  rejectWeight?: number;
  /**
   * Early stopping: after each epoch, the validation AUC (preference-select.ts) on this many sampled
   * valid pairs; training stops after `patience` epochs without a better one and keeps the best epoch's
   * vectors. Off by default (a fixed number of epochs).
   */
  validation?: { readonly pairs: number; readonly patience: number };
  onEpoch?: (epoch: number, loss: number, validAuc?: number) => void;
  /** Progress within an epoch: called every PROGRESS_STEPS steps (epochs over tens of millions of pairs take minutes). */
  onSteps?: (epoch: number, done: number, total: number) => void;
}

/** Steps between refreshes of the cached item vectors. */
const REFRESH = 8192;
/**
 * A refresh recomposes every item's vector, O(items × attributes × dim): on a large catalog only the
 * items the steps touched are recomposed at each refresh and all of them once every nItems / 2 steps,
 * which keeps the recomposition a bounded share of an epoch (below 16,384 items: every refresh, as always).
 */
const PROGRESS_STEPS = 1 << 21;
const refreshAllEvery = (nItems: number) => Math.max(REFRESH, Math.ceil(nItems / 2));

const DEFAULTS = {
  dim: 32,
  epochs: 20,
  learningRate: 0.05,
  reg: 1e-4,
  seed: 1,
  attributeNegatives: 0.5,
  itemVectors: false,
  itemBias: false,
  rejectWeight: 0.5,
};

/**
 * BPR over the train split. Each step draws a train pair (u, i), a few of i's attributes as the
 * "accepted so far" P (0-2, as a conversation would have), and a negative j: half the time an
 * item that also holds P's first attribute, so a_p·v learns to rank within a filtered candidate
 * set, otherwise a uniform item. Plain SGD in one thread: deterministic under the seed.
 */
export function trainPreference(g: Graph, options: PreferenceTrainOptions = {}): PreferenceModel {
  const o = { ...DEFAULTS, ...options };
  const started = performance.now();
  const d = o.dim;
  const rng = new Random(o.seed);
  const init = (n: number, scale: number) => {
    const a = new Float32Array(n * d);
    for (let k = 0; k < a.length; k++) a[k] = rng.normal() * scale;
    return a;
  };
  const U = init(g.nUsers, 0.1);
  const A = init(g.nAttributes, 0.1);
  const C = init(g.nAttributes, 0.1);
  const E = new Float32Array(g.nItems * d);
  const B = new Float32Array(g.nItems);

  const { offsets: uOff, ids: uIds } = g.userItems;
  const nPairs = uIds.length;
  const pairUser = new Int32Array(nPairs);
  for (let u = 0; u < g.nUsers; u++) pairUser.fill(u, uOff[u], uOff[u + 1]);
  const order = new Int32Array(nPairs);
  for (let k = 0; k < nPairs; k++) order[k] = k;

  const { offsets: iaOff, ids: iaIds } = g.itemAttrs;
  const { offsets: aiOff, ids: aiIds } = g.attrItems;
  const q = new Float32Array(d);
  const dq = new Float32Array(d);
  const P = new Int32Array(2);

  // Item vectors v_i = e_i + mean of content vectors, cached in V and refreshed every REFRESH steps:
  // content gradients gather per item in G and reach the attributes at the refresh, so a step
  // costs O(dim) instead of O(dim × attributes of both items).
  const V = new Float32Array(g.nItems * d);
  const G = new Float32Array(g.nItems * d);
  const gathered = new Uint8Array(g.nItems);
  const touched = new Int32Array(g.nItems);
  let nTouched = 0;
  const compose = (item: number) => {
    const s = iaOff[item];
    const e = iaOff[item + 1];
    const io = item * d;
    for (let f = 0; f < d; f++) V[io + f] = E[io + f];
    if (e === s) return;
    const w = 1 / (e - s);
    for (let k = s; k < e; k++) {
      const co = iaIds[k] * d;
      for (let f = 0; f < d; f++) V[io + f] += w * C[co + f];
    }
  };
  const allEvery = refreshAllEvery(g.nItems);
  let sinceAll = 0;
  const refresh = (lr: number, all: boolean) => {
    for (let t = 0; t < nTouched; t++) {
      const item = touched[t];
      gathered[item] = 0;
      const s = iaOff[item];
      const e = iaOff[item + 1];
      const io = item * d;
      if (e > s) {
        const w = 1 / (e - s);
        for (let k = s; k < e; k++) {
          const co = iaIds[k] * d;
          for (let f = 0; f < d; f++) C[co + f] += w * G[io + f] - lr * o.reg * C[co + f];
        }
      }
      G.fill(0, io, io + d);
    }
    sinceAll += REFRESH;
    if (all || sinceAll >= allEvery) {
      for (let i = 0; i < g.nItems; i++) compose(i);
      sinceAll = 0;
    } else for (let t = 0; t < nTouched; t++) compose(touched[t]);
    nTouched = 0;
  };
  const pushItem = (item: number, grad: Float32Array, sign: number, lr: number) => {
    const io = item * d;
    if (o.itemVectors) {
      for (let f = 0; f < d; f++) {
        const step = lr * (sign * grad[f] - o.reg * E[io + f]);
        E[io + f] += step;
        V[io + f] += step;
      }
    }
    if (!gathered[item]) {
      gathered[item] = 1;
      touched[nTouched++] = item;
    }
    for (let f = 0; f < d; f++) G[io + f] += lr * sign * grad[f];
  };
  const userHas = (u: number, item: number) => rowHas(g.userItems, u, item);

  const model = (): PreferenceModel => ({
    dim: d,
    nUsers: g.nUsers,
    nItems: g.nItems,
    nAttributes: g.nAttributes,
    user: U,
    item: V,
    itemBias: B,
    attr: A,
    rejectWeight: o.rejectWeight,
    info: { seed: o.seed, epochs: o.epochs, dim: d, trainPairs: nPairs, seconds: (performance.now() - started) / 1000, graphCreatedAt: g.manifest.createdAt },
  });
  let best: { auc: number; epoch: number; U: Float32Array; V: Float32Array; B: Float32Array; A: Float32Array } | null = null;

  refresh(0, true);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    rng.shuffle(order);
    const lr = o.learningRate * (1 - epoch / o.epochs) + o.learningRate * 0.1 * (epoch / o.epochs);
    let loss = 0;
    for (let t = 0; t < nPairs; t++) {
      if (t > 0 && t % REFRESH === 0) {
        refresh(lr, false);
        if (t % PROGRESS_STEPS === 0) o.onSteps?.(epoch + 1, t, nPairs);
      }
      const pair = order[t];
      const u = pairUser[pair];
      const i = uIds[pair];
      const nA = iaOff[i + 1] - iaOff[i];
      const r = rng.next();
      const nP = nA === 0 ? 0 : Math.min(nA, r < 0.25 ? 0 : r < 0.75 ? 1 : 2);
      for (let k = 0; k < nP; k++) {
        let a: number;
        do a = iaIds[iaOff[i] + rng.int(nA)];
        while (k === 1 && a === P[0] && nA > 1);
        P[k] = a;
      }
      let j = -1;
      for (let tries = 0; tries < 8; tries++) {
        if (nP > 0 && rng.next() < o.attributeNegatives) {
          const p = P[0];
          j = aiIds[aiOff[p] + rng.int(aiOff[p + 1] - aiOff[p])];
        } else j = rng.int(g.nItems);
        if (j !== i && !userHas(u, j)) break;
        j = -1;
      }
      if (j < 0) continue;

      const uo = u * d;
      for (let f = 0; f < d; f++) q[f] = U[uo + f];
      for (let k = 0; k < nP; k++) {
        const ao = P[k] * d;
        for (let f = 0; f < d; f++) q[f] += A[ao + f];
      }
      const io = i * d;
      const jo = j * d;
      let x = B[i] - B[j];
      for (let f = 0; f < d; f++) x += q[f] * (V[io + f] - V[jo + f]);
      const sig = 1 / (1 + Math.exp(x));
      loss += x > 30 ? 0 : Math.log1p(Math.exp(-x));
      for (let f = 0; f < d; f++) dq[f] = sig * (V[io + f] - V[jo + f]);
      for (let f = 0; f < d; f++) U[uo + f] += lr * (dq[f] - o.reg * U[uo + f]);
      for (let k = 0; k < nP; k++) {
        const ao = P[k] * d;
        for (let f = 0; f < d; f++) A[ao + f] += lr * (dq[f] - o.reg * A[ao + f]);
      }
      for (let f = 0; f < d; f++) q[f] *= sig;
      pushItem(i, q, 1, lr);
      pushItem(j, q, -1, lr);
      if (o.itemBias) {
        B[i] += lr * (sig - o.reg * B[i]);
        B[j] += lr * (-sig - o.reg * B[j]);
      }
    }
    refresh(lr, true);
    if (!o.validation) {
      o.onEpoch?.(epoch + 1, loss / nPairs);
      continue;
    }
    const auc = validationAuc(g, model(), o.validation.pairs, o.seed);
    o.onEpoch?.(epoch + 1, loss / nPairs, auc);
    if (!best || auc > best.auc) best = { auc, epoch: epoch + 1, U: U.slice(), V: V.slice(), B: B.slice(), A: A.slice() };
    else if (epoch + 1 - best.epoch >= o.validation.patience) break;
  }
  if (best) {
    U.set(best.U);
    V.set(best.V);
    B.set(best.B);
    A.set(best.A);
  }
  const m = model();
  return best ? { ...m, info: { ...m.info, epochs: best.epoch } } : m;
}
