/**
 * Searches in ascending id lists (CSR rows, candidate sets): a merge where two lists are of like length, and
 * leaps (doubling steps, then halving) through the longer where it is many times the other, so a short list
 * costs little against a row of a broad attribute.
 */

/** How many times longer one sorted list must be than the other for leaping through it to beat a walk. */
export const LEAP = 16;

/** The first index in [lo, hi) of ascending `a` whose value is ≥ x (hi if none): doubling steps, then halving. */
export function gallop(a: Int32Array, lo: number, hi: number, x: number): number {
  if (lo >= hi || a[lo] >= x) return lo;
  // a[lo] < x: find a bound past x.
  let step = 1;
  let prev = lo;
  let next = lo + 1;
  while (next < hi && a[next] < x) {
    prev = next;
    step *= 2;
    next = prev + step;
  }
  if (next > hi) next = hi;
  // a[prev] < x ≤ a[next] (or next = hi).
  let l = prev + 1;
  let h = next;
  while (l < h) {
    const mid = (l + h) >>> 1;
    if (a[mid] < x) l = mid + 1;
    else h = mid;
  }
  return l;
}

/** Appends to out (from `w`) the ids both in ids[a0..a1) and ids[b0..b1), both ascending; returns the new end. */
export function intersect(ids: Int32Array, a0: number, a1: number, b0: number, b1: number, out: Int32Array, w: number): number {
  if (a1 - a0 > b1 - b0) [a0, a1, b0, b1] = [b0, b1, a0, a1];
  if (b1 - b0 > LEAP * (a1 - a0)) {
    // Walk the shorter, leap through the longer.
    let e = b0;
    for (let f = a0; f < a1 && e < b1; f++) {
      const i = ids[f];
      e = gallop(ids, e, b1, i);
      if (e < b1 && ids[e] === i) out[w++] = i;
    }
    return w;
  }
  while (a0 < a1 && b0 < b1) {
    const i = ids[a0];
    const j = ids[b0];
    if (i === j) {
      out[w++] = i;
      a0++;
      b0++;
    } else if (i < j) a0++;
    else b0++;
  }
  return w;
}
