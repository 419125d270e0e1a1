import type { Csr } from "./types.ts";
import { andInto, andNotInto, fillOnes, setBits, toIds, wordsFor } from "./bitset.ts";

/**
 * Candidate filtering: the items holding ALL of `accept` and NONE of `reject`, ascending, written
 * into a caller-provided `out` (length >= nItems suffices); each function returns the count.
 * Two methods with identical results: sorted posting-list intersection (fast when some accepted
 * attribute is rare) and bitsets (flat cost, fast for frequent attributes and many rejections).
 */

/** Below this size ratio a linear merge beats binary search into the longer list. */
const GALLOP_RATIO = 16;
/** Sorted lists win while the shortest accepted list is under words / this (measured with bench/graph.ts). */
const SORTED_WHEN_SHORTER = 4;

function lowerBound(ids: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps in out[0..n) the ids present (keep = true) or absent (keep = false) in row r; returns the new n. */
function mergeRow(out: Int32Array, n: number, attrItems: Csr, r: number, keep: boolean): number {
  const ids = attrItems.ids;
  const start = attrItems.offsets[r];
  const end = attrItems.offsets[r + 1];
  let w = 0;
  if (end - start > GALLOP_RATIO * n) {
    let lo = start;
    for (let i = 0; i < n; i++) {
      const v = out[i];
      lo = lowerBound(ids, lo, end, v);
      if ((lo < end && ids[lo] === v) === keep) out[w++] = v;
    }
    return w;
  }
  let j = start;
  for (let i = 0; i < n; i++) {
    const v = out[i];
    while (j < end && ids[j] < v) j++;
    if ((j < end && ids[j] === v) === keep) out[w++] = v;
  }
  return w;
}

/** Sorted-list method: starts from the shortest accepted posting list and narrows it. */
export function filterSorted(
  attrItems: Csr,
  nItems: number,
  accept: ArrayLike<number>,
  reject: ArrayLike<number>,
  out: Int32Array,
): number {
  let n: number;
  let first = -1;
  if (accept.length === 0) {
    for (let i = 0; i < nItems; i++) out[i] = i;
    n = nItems;
  } else {
    let best = Infinity;
    for (let k = 0; k < accept.length; k++) {
      const d = attrItems.offsets[accept[k] + 1] - attrItems.offsets[accept[k]];
      if (d < best) {
        best = d;
        first = k;
      }
    }
    const a = accept[first];
    out.set(attrItems.ids.subarray(attrItems.offsets[a], attrItems.offsets[a + 1]));
    n = best;
  }
  for (let k = 0; k < accept.length && n > 0; k++) if (k !== first) n = mergeRow(out, n, attrItems, accept[k], true);
  for (let k = 0; k < reject.length && n > 0; k++) n = mergeRow(out, n, attrItems, reject[k], false);
  return n;
}

/**
 * One bitset per attribute over the items, built on first use: a catalog has thousands of
 * attributes, but a dialogue touches few.
 */
export class AttributeBitsets {
  readonly words: number;
  private readonly rows: (Uint32Array | undefined)[];
  constructor(
    readonly attrItems: Csr,
    readonly nItems: number,
  ) {
    this.words = wordsFor(nItems);
    this.rows = new Array(attrItems.offsets.length - 1);
  }
  row(a: number): Uint32Array {
    let bits = this.rows[a];
    if (!bits) {
      bits = new Uint32Array(this.words);
      setBits(bits, this.attrItems.ids.subarray(this.attrItems.offsets[a], this.attrItems.offsets[a + 1]));
      this.rows[a] = bits;
    }
    return bits;
  }
  /** A scratch buffer of the right size for `filterBitset`. */
  scratch(): Uint32Array {
    return new Uint32Array(this.words);
  }
}

/** Bitset method; `scratch` holds `bitsets.words` words and is overwritten. */
export function filterBitset(
  bitsets: AttributeBitsets,
  accept: ArrayLike<number>,
  reject: ArrayLike<number>,
  out: Int32Array,
  scratch: Uint32Array,
): number {
  if (accept.length === 0) fillOnes(scratch, bitsets.nItems);
  else scratch.set(bitsets.row(accept[0]));
  for (let k = 1; k < accept.length; k++) andInto(scratch, bitsets.row(accept[k]));
  for (let k = 0; k < reject.length; k++) andNotInto(scratch, bitsets.row(reject[k]));
  return toIds(scratch, out);
}

/**
 * Picks the method per query: sorted lists when the rarest accepted attribute's posting list is
 * short next to one bitset (few items to narrow), bitsets otherwise. Holds its own scratch, so
 * one instance serves one thread.
 */
export class CandidateFilter {
  readonly bitsets: AttributeBitsets;
  private readonly scratch: Uint32Array;
  constructor(
    readonly attrItems: Csr,
    readonly nItems: number,
  ) {
    this.bitsets = new AttributeBitsets(attrItems, nItems);
    this.scratch = this.bitsets.scratch();
  }
  run(accept: ArrayLike<number>, reject: ArrayLike<number>, out: Int32Array): number {
    let shortest = Infinity;
    for (let k = 0; k < accept.length; k++) {
      shortest = Math.min(shortest, this.attrItems.offsets[accept[k] + 1] - this.attrItems.offsets[accept[k]]);
    }
    if (shortest * SORTED_WHEN_SHORTER < this.bitsets.words) return filterSorted(this.attrItems, this.nItems, accept, reject, out);
    return filterBitset(this.bitsets, accept, reject, out, this.scratch);
  }
}

/** Allocating convenience for callers off the hot path. */
export function candidates(attrItems: Csr, nItems: number, accept: ArrayLike<number>, reject: ArrayLike<number> = []): Int32Array {
  const out = new Int32Array(nItems);
  return out.slice(0, filterSorted(attrItems, nItems, accept, reject, out));
}
