import { WARM_BLOCK, warmRows, type Csr, type Graph } from "../../graph/types.ts";
import { HALF_PASS_ITEMS, HalfPass } from "../workers/half-pass.ts";

/**
 * A user's attribute profile as an item prior: how much of the user's train history carries each
 * of an item's attributes, weighted by the attribute's rarity (idf) and averaged over the item's
 * attributes, so items with many attributes do not win by sheer count:
 *   s(u, i) = (1/|A_i|) Σ_{a ∈ A_i} idf(a) · c(u, a) / n_u
 * with c(u, a) the user's train items holding a and n_u their number. Unlike the factorization
 * model it needs no training, and it ranks held-out LastFM* targets among the items holding a
 * stated attribute far better (AUC ~0.75 against ~0.55; `bench/profile-prior.ts`). On a catalog of many items a
 * pass over many of them is shared with a helper thread (agents/workers/half-pass.ts).
 */
export class AttributeProfile {
  /** log(nItems / (1 + items holding a)) per attribute, at least 1e-3. */
  readonly idf: Float32Array;
  private readonly weight: Float32Array;
  private readonly touched: Int32Array;
  private readonly half: { pass: HalfPass; attrs: Csr; items: Int32Array; out: Float32Array } | null = null;

  /** `halfPassItems`: passes this long or longer share the work with a helper thread (Infinity: never). */
  constructor(private readonly g: Graph, halfPassItems = HALF_PASS_ITEMS) {
    const off = g.attrItems.offsets;
    this.idf = new Float32Array(g.nAttributes);
    // Kept above 0 so a touched attribute's weight never reads as untouched.
    for (let a = 0; a < g.nAttributes; a++) this.idf[a] = Math.max(1e-3, Math.log(g.nItems / (1 + off[a + 1] - off[a])));
    this.weight = new Float32Array(new SharedArrayBuffer(4 * g.nAttributes));
    this.touched = new Int32Array(g.nAttributes);
    if (g.nItems >= halfPassItems) {
      const attrs = { offsets: shared(g.itemAttrs.offsets), ids: shared(g.itemAttrs.ids) };
      const items = new Int32Array(new SharedArrayBuffer(4 * g.nItems));
      const out = new Float32Array(new SharedArrayBuffer(4 * g.nItems));
      const data = { offsets: attrs.offsets.buffer, ids: attrs.ids.buffer, weight: this.weight.buffer, items: items.buffer, out: out.buffer };
      this.half = { pass: new HalfPass(new URL("./profile-worker.ts", import.meta.url), data, halfPassItems), attrs, items, out };
    }
  }

  /** Whether a helper thread shares the long passes now. */
  get helping(): boolean {
    return this.half?.pass.helping ?? false;
  }

  /** Stops the helper thread, if any. */
  close(): Promise<unknown> {
    return this.half?.pass.close() ?? Promise.resolve();
  }

  /**
   * out[k] = s(user, items[k]) for k < n; false (out untouched) when the user has no train
   * history. Buffers are reused: one call at a time per instance.
   */
  scores(user: number, items: Int32Array, n: number, out: Float32Array): boolean {
    const g = this.g;
    if (user < 0 || user >= g.nUsers) return false;
    return this.scoresOf(g.userItems.ids.subarray(g.userItems.offsets[user], g.userItems.offsets[user + 1]), items, n, out);
  }

  /** The same for the profile of any list of items (the items a user named in a conversation). */
  scoresOf(history: ArrayLike<number>, items: Int32Array, n: number, out: Float32Array): boolean {
    const g = this.g;
    const nu = history.length;
    if (nu === 0) return false;
    const { offsets: ao, ids: ai } = g.itemAttrs;
    const w = this.weight;
    let nTouched = 0;
    for (let e = 0; e < nu; e++) {
      const item = history[e];
      for (let f = ao[item]; f < ao[item + 1]; f++) {
        const a = ai[f];
        if (w[a] === 0) this.touched[nTouched++] = a;
        w[a] += this.idf[a] / nu;
      }
    }
    const half = this.half;
    // Through shared buffers only when the helper takes half.
    if (half?.pass.shares(n)) {
      half.items.set(items.subarray(0, n));
      half.pass.run(n, [], (from, to) => profilePass(half.attrs, w, half.items, from, to, half.out));
      out.set(half.out.subarray(0, n));
    } else profilePass(g.itemAttrs, w, items, 0, n, out);
    for (let t = 0; t < nTouched; t++) w[this.touched[t]] = 0;
    return true;
  }

  /**
   * scores() and their mean over the n items, the scale a profile weight is relative to (so one
   * weight fits short and long histories alike); 0 when the user has no train history.
   */
  scoresWithMean(user: number, items: Int32Array, n: number, out: Float32Array): number {
    if (n === 0 || !this.scores(user, items, n, out)) return 0;
    let sum = 0;
    for (let k = 0; k < n; k++) sum += out[k];
    return sum / n;
  }
}

/** out[k] = the mean of w over the attributes of items[k], k in [from, to) (0 for an item with none). */
export function profilePass(attrs: Csr, w: Float32Array, items: Int32Array, from: number, to: number, out: Float32Array): void {
  const { offsets: ao, ids: ai } = attrs;
  for (let lo = from; lo < to; lo += WARM_BLOCK) {
    const hi = Math.min(to, lo + WARM_BLOCK);
    warmRows(attrs, items, lo, hi);
    for (let k = lo; k < hi; k++) {
      const item = items[k];
      const s = ao[item];
      const e = ao[item + 1];
      let v = 0;
      for (let f = s; f < e; f++) v += w[ai[f]];
      out[k] = e > s ? v / (e - s) : 0;
    }
  }
}

/** A copy of `a` in shared memory, for a helper thread to read. */
function shared(a: Int32Array): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(4 * a.length));
  copy.set(a);
  return copy;
}
