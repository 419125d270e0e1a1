import type { DialogueContext } from "./context.ts";
import type { DialogueState } from "./state.ts";

/**
 * The belief over candidates: softmax of evidence + w·score, normalized to sum 1, and `order`
 * ranking the positions best first.
 */
export function updateBelief(ctx: DialogueContext, state: DialogueState): void {
  const { n, evidence, score, belief, order } = state;
  const w = ctx.config.scoreWeight;
  let max = -Infinity;
  for (let k = 0; k < n; k++) {
    const l = evidence[k] + w * score[k];
    belief[k] = l;
    if (l > max) max = l;
  }
  // Rank by quantized log-belief (2^-20 steps), ties to the lower position (positions follow item
  // ids, so to the lower id): a stable radix sort of the quantized values in linear time.
  const { q, a, b } = buffers(n);
  let sum = 0;
  let finite = true;
  for (let k = 0; k < n; k++) {
    const l = belief[k] - max;
    const v = Math.min(Math.round(-l * QUANT), MAX_Q);
    if (v !== v) finite = false;
    q[k] = v;
    sum += belief[k] = Math.exp(l);
  }
  for (let k = 0; k < n; k++) belief[k] /= sum;
  if (n > POS) {
    for (let k = 0; k < n; k++) order[k] = k;
    order.subarray(0, n).sort((x, y) => belief[y] - belief[x] || x - y);
  } else if (!finite) {
    // A NaN score (a broken model): packed keys, NaN last, as ranked before the radix sort.
    for (let k = 0; k < n; k++) q[k] = q[k] * POS + k;
    const sorted = q.subarray(0, n).sort();
    for (let r = 0; r < n; r++) order[r] = sorted[r] % POS;
  } else radixOrder(q, n, a, b, order);
}

/** order[0..n) = positions stably sorted by q (integers in [0, 2^32)), least significant byte first. */
function radixOrder(q: Float64Array, n: number, a: Int32Array, b: Int32Array, order: Int32Array): void {
  let src = a;
  let dst = b;
  for (let k = 0; k < n; k++) src[k] = k;
  for (let shift = 0; shift < 32; shift += 8) {
    count.fill(0);
    for (let k = 0; k < n; k++) count[(q[k] >>> shift) & 255]++;
    // Every value shares this byte: the pass would not move anything.
    if (count[(q[0] >>> shift) & 255] === n) continue;
    let at = 0;
    for (let d = 0; d < 256; d++) {
      const c = count[d];
      count[d] = at;
      at += c;
    }
    for (let r = 0; r < n; r++) {
      const p = src[r];
      dst[count[(q[p] >>> shift) & 255]++] = p;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  order.set(src.subarray(0, n));
}

const QUANT = 1 << 20;
const POS = 1 << 21;
/** Log-beliefs more than 2^11 below the best tie at the bottom (quantized values stay below 2^32). */
const MAX_Q = 2 ** 31;
const count = new Int32Array(256);
let shared = { q: new Float64Array(1024), a: new Int32Array(1024), b: new Int32Array(1024) };
function buffers(n: number): typeof shared {
  if (shared.q.length < n) shared = { q: new Float64Array(n), a: new Int32Array(n), b: new Int32Array(n) };
  return shared;
}

/** Belief mass of the best `m` candidates. */
export function topMass(state: DialogueState, m: number): number {
  let s = 0;
  const end = Math.min(m, state.n);
  for (let r = 0; r < end; r++) s += state.belief[state.order[r]];
  return s;
}
