import { addAttributeScore, scoreItems, type PreferenceModel } from "../ranking/preference.ts";

/** Fewest rows the byte budget must hold for the memo to pay. */
const MIN_ROWS = 16;

/**
 * The preference model's dot products memoized per item, filled lazily: bias + u·v_i per user and
 * a·v_i per attribute. Users open many sessions and questions about the same attributes recur, and
 * these dots are most of a turn's scoring. Results are bit-identical to `scoreItems` and
 * `addAttributeScore` (same summation order; u·v_i kept as the float32 the score array stores, a·v_i
 * as the double that gets weighted). NaN marks a dot not computed yet. Bounded in bytes, least
 * recently used out first. On a catalog so large that fewer than `MIN_ROWS` rows fit the budget (a row is
 * one number per item), the dots are computed as asked: a conversation holds at most its candidate cap,
 * and filling and collecting rows of millions of numbers would cost more than the dots they keep.
 */
export class DotCache {
  private readonly users = new Map<number, Float32Array>();
  private readonly attrs = new Map<number, Float64Array>();
  private bytes = 0;

  private readonly memo: boolean;

  constructor(
    private readonly m: PreferenceModel,
    private readonly maxBytes = 48 << 20,
  ) {
    this.memo = m.nItems * Float64Array.BYTES_PER_ELEMENT * MIN_ROWS <= maxBytes;
  }

  /** out[k] = bias + u·v for items[k], k < n (a known user). */
  userScores(user: number, items: Int32Array, n: number, out: Float32Array): void {
    if (!this.memo) return scoreItems(this.m, user, items, n, out);
    const { dim: d, user: uv, item: iv, itemBias } = this.m;
    const memo = this.row(this.users, user, Float32Array);
    const uo = user * d;
    for (let k = 0; k < n; k++) {
      const i = items[k];
      let v = memo[i];
      if (v !== v) {
        const io = i * d;
        let s = itemBias[i];
        for (let f = 0; f < d; f++) s += uv[uo + f] * iv[io + f];
        memo[i] = s;
        v = memo[i];
      }
      out[k] = v;
    }
  }

  /** out[k] += weight · a·v for items[k], k < n. */
  addAttribute(attr: number, weight: number, items: Int32Array, n: number, out: Float32Array): void {
    if (!this.memo) return addAttributeScore(this.m, attr, weight, items, n, out);
    const { dim: d, attr: av, item: iv } = this.m;
    const memo = this.row(this.attrs, attr, Float64Array);
    const ao = attr * d;
    for (let k = 0; k < n; k++) {
      const i = items[k];
      let s = memo[i];
      if (s !== s) {
        const io = i * d;
        s = 0;
        for (let f = 0; f < d; f++) s += av[ao + f] * iv[io + f];
        memo[i] = s;
      }
      out[k] += weight * s;
    }
  }

  private row<A extends Float32Array | Float64Array>(map: Map<number, A>, key: number, Type: { new (n: number): A }): A {
    const hit = map.get(key);
    if (hit) {
      map.delete(key);
      map.set(key, hit);
      return hit;
    }
    const row = new Type(this.m.nItems);
    row.fill(NaN);
    this.bytes += row.byteLength;
    while (this.bytes > this.maxBytes && (this.users.size > 0 || this.attrs.size > 0)) {
      if (this.users.size >= this.attrs.size) this.evictOldest(this.users);
      else this.evictOldest(this.attrs);
    }
    map.set(key, row);
    return row;
  }

  private evictOldest<T extends { byteLength: number }>(map: Map<number, T>): void {
    const [key, row] = map.entries().next().value!;
    map.delete(key);
    this.bytes -= row.byteLength;
  }
}
