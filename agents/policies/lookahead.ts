import { hasAttribute } from "../dialogue/candidates.ts";
import type { DialogueContext } from "../dialogue/context.ts";
import type { DialogueState } from "../dialogue/state.ts";

/**
 * One-step lookahead over the base strategy "recommend the best slate every remaining turn".
 * The value of a plan is its success probability, each success discounted by `turnCost` per
 * turn it waits, so asking pays only when it raises the chance of success or brings it sooner.
 */

/** Value of recommending now and on each of the next `slates − 1` turns. */
export function recommendValue(ctx: DialogueContext, state: DialogueState, slates: number, turnCost: number): number {
  const size = ctx.config.slateSize;
  const end = Math.min(state.n, slates * size);
  let v = 0;
  for (let r = 0; r < end; r++) v += state.belief[state.order[r]] * (1 - turnCost * Math.floor(r / size));
  return v;
}

/**
 * Expected value of asking about `options` now (one attribute, or a choice over several), then
 * recommending on each of the following `slates` turns. Exact over every answer pattern y:
 * Σ_y Σ_{best items under y} b_i · P(y | item i), each answer flipping at the assumed rate.
 */
export function askValue(ctx: DialogueContext, state: DialogueState, options: readonly number[], slates: number, turnCost: number): number {
  if (slates <= 0) return 0;
  const size = ctx.config.slateSize;
  const m = slates * size;
  const k = options.length;
  const nClasses = 1 << k;
  // Candidates grouped by which options they hold, each group in belief order, at most m per group.
  const vals = new Float64Array(nClasses * m);
  const count = new Int32Array(nClasses);
  const mass = new Float64Array(nClasses);
  for (let r = 0; r < state.n; r++) {
    const pos = state.order[r];
    const item = state.cand[pos];
    let c = 0;
    for (let j = 0; j < k; j++) if (hasAttribute(ctx.graph, item, options[j])) c |= 1 << j;
    mass[c] += state.belief[pos];
    if (count[c] < m) vals[c * m + count[c]++] = state.belief[pos];
  }
  const classes: number[] = [];
  for (let c = 0; c < nClasses; c++) if (count[c] > 0) classes.push(c);
  const e = Math.min(Math.max(ctx.config.assumedNoise, 1e-4), 0.49);
  const weight = new Float64Array(nClasses);
  const head = new Int32Array(nClasses);
  let value = 0;
  for (let y = 0; y < nClasses; y++) {
    let py = 0;
    for (const c of classes) {
      const diff = popcount(c ^ y);
      weight[c] = Math.pow(e, diff) * Math.pow(1 - e, k - diff);
      head[c] = 0;
      py += weight[c] * mass[c];
    }
    // Answers this unlikely change the value by less than their probability.
    if (py < 1e-6) continue;
    for (let t = 0; t < m; t++) {
      let best = -1;
      let bestV = 0;
      for (const c of classes) {
        if (head[c] >= count[c]) continue;
        const v = weight[c] * vals[c * m + head[c]];
        if (v > bestV) {
          bestV = v;
          best = c;
        }
      }
      if (best < 0) break;
      head[best]++;
      value += bestV * (1 - turnCost * (1 + Math.floor(t / size)));
    }
  }
  return value;
}

function popcount(x: number): number {
  let c = 0;
  while (x) {
    x &= x - 1;
    c++;
  }
  return c;
}
