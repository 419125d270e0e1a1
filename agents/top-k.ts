/**
 * Positions of the `k` largest of keys[0..n), ascending; ties go to the lower position. The k-th largest
 * key is found first (`kthLargest`), then one pass in position order keeps every larger key and the first
 * of the equal ones. A bounded heap did the same in one pass, but its sift-downs cost about five times as
 * much over a 180,000-item pool of a million-item catalog's conversation.
 */
export function topPositions(keys: Float32Array | Float64Array, n: number, k: number): Int32Array {
  const size = Math.max(0, Math.min(k, n));
  const out = new Int32Array(size);
  if (size === 0) return out;
  if (size === n) {
    for (let j = 0; j < n; j++) out[j] = j;
    return out;
  }
  const t = kthLargest(keys, n, size);
  // Every key above t was copied to work[0..copied).
  let ties = size;
  for (let j = 0; j < copied; j++) if (work[j] > t) ties--;
  let w = 0;
  for (let j = 0; j < n && w < size; j++) {
    const v = keys[j];
    if (v > t || (v === t && ties-- > 0)) out[w++] = j;
  }
  return out;
}

/** Keys read at even steps to guess a floor under the k-th largest. */
const SAMPLE = 2048;

/**
 * The k-th largest of keys[0..n) (1 ≤ k ≤ n); keys are left as they are. Where k is a small share of n, a sample guesses a floor a
 * little under it and only the keys above the floor are copied and selected from (one pass over the rest);
 * when fewer than k clear the floor (a sample that misled), or k is a large share, all keys are.
 */
export function kthLargest(keys: Float32Array | Float64Array, n: number, k: number): number {
  if (work.length < n) work = new Float64Array(Math.max(n, 2 * work.length));
  if (n >= 8 * k && n >= 4 * SAMPLE) {
    const step = Math.floor(n / SAMPLE);
    for (let j = 0; j < SAMPLE; j++) sample[j] = keys[j * step];
    sample.sort();
    // A quarter more than k's share of the sample above the floor, plus a margin for sampling error.
    const floor = sample[Math.max(0, SAMPLE - Math.ceil((1.25 * SAMPLE * k) / n) - 16)];
    let c = 0;
    for (let j = 0; j < n; j++) if (keys[j] >= floor) work[c++] = keys[j];
    copied = c;
    if (c >= k) return select(work, c, k);
  }
  for (let j = 0; j < n; j++) work[j] = keys[j];
  copied = n;
  return select(work, n, k);
}

const sample = new Float64Array(SAMPLE);
/** Reused copy of the keys (of those above the floor, work[0..copied)): selection reorders it. */
let work = new Float64Array(0);
let copied = 0;

/**
 * The k-th largest of a[0..n) (1 ≤ k ≤ n); reorders a. Quickselect with a three-way partition, so runs of
 * equal keys (scores of items a model cannot tell apart) cost no more than distinct ones; the pivot is the
 * median of three spread positions, deterministic like the rest of the engine. Keys laid out to defeat that
 * pivot fall back to sorting what is left after 64 rounds, so no input costs more than a sort.
 */
function select(a: Float64Array, n: number, k: number): number {
  // The k-th largest is the (n − k)-th smallest.
  const target = n - k;
  let lo = 0;
  let hi = n - 1;
  for (let round = 0; lo < hi; round++) {
    if (round === 64) {
      a.subarray(lo, hi + 1).sort();
      return a[target];
    }
    const pivot = median(a[lo], a[(lo + hi) >>> 1], a[hi]);
    // a[lo..lt) < pivot, a[lt..i) = pivot, a(gt..hi] > pivot.
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = a[i];
      if (v < pivot) {
        a[i++] = a[lt];
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt];
        a[gt--] = v;
      } else i++;
    }
    if (target < lt) hi = lt - 1;
    else if (target > gt) lo = gt + 1;
    else return pivot;
  }
  return a[target];
}

function median(x: number, y: number, z: number): number {
  if (x < y) return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}
