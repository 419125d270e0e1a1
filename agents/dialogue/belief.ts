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
  // Rank by a native numeric sort of packed keys (log-belief quantized to 2^-20, then position),
  // several times faster than sorting with a comparator; positions follow item ids, so ties go to the lower id.
  const keys = sortKeys(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const l = belief[k] - max;
    keys[k] = Math.min(Math.round(-l * QUANT), MAX_Q) * POS + k;
    sum += belief[k] = Math.exp(l);
  }
  for (let k = 0; k < n; k++) belief[k] /= sum;
  if (n > POS) {
    for (let k = 0; k < n; k++) order[k] = k;
    order.subarray(0, n).sort((a, b) => belief[b] - belief[a] || a - b);
    return;
  }
  const sorted = keys.subarray(0, n).sort();
  for (let r = 0; r < n; r++) order[r] = sorted[r] % POS;
}

const QUANT = 1 << 20;
const POS = 1 << 21;
/** Keeps packed keys below 2^53: log-beliefs more than 2^11 below the best tie at the bottom. */
const MAX_Q = 2 ** 31;
let keyBuffer = new Float64Array(1024);
function sortKeys(n: number): Float64Array {
  if (keyBuffer.length < n) keyBuffer = new Float64Array(n);
  return keyBuffer;
}

/** Belief mass of the best `m` candidates. */
export function topMass(state: DialogueState, m: number): number {
  let s = 0;
  const end = Math.min(m, state.n);
  for (let r = 0; r < end; r++) s += state.belief[state.order[r]];
  return s;
}
