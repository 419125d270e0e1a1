import { markHolders } from "../dialogue/candidates.ts";
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
  return askValues(ctx, state, [options], slates, turnCost)[0];
}

/** `askValue` of several questions, classifying the candidates for all of them in one pass over the ranking. */
export function askValues(ctx: DialogueContext, state: DialogueState, questions: readonly (readonly number[])[], slates: number, turnCost: number): number[] {
  const values = questions.map(() => 0);
  if (slates <= 0 || questions.length === 0) return values;
  let bits = 0;
  for (const options of questions) bits += options.length;
  // One bit per option in `holds`; more options than it has bits are valued a question at a time.
  if (bits > 16) return questions.map((options) => askValues(ctx, state, [options], slates, turnCost)[0]);
  const m = slates * ctx.config.slateSize;
  // Candidates grouped, per question, by which of its options they hold: question q's classes are
  // base[q] + (holds >> shift[q]) & mask[q], each group in belief order, at most m per group.
  const holds = ctx.scratch.holds;
  holds.fill(0, 0, state.n);
  const shift: number[] = [];
  const mask: number[] = [];
  const base: number[] = [];
  let nClasses = 0;
  for (const options of questions) {
    const at = shift.length === 0 ? 0 : shift[shift.length - 1] + questions[shift.length - 1].length;
    for (let j = 0; j < options.length; j++) markHolders(ctx, state, options[j], 1 << (at + j), holds);
    shift.push(at);
    mask.push((1 << options.length) - 1);
    base.push(nClasses);
    nClasses += 1 << options.length;
  }
  const buf = buffers(nClasses, m);
  const { vals, count, mass } = buf;
  const nq = questions.length;
  for (let r = 0; r < state.n; r++) {
    const pos = state.order[r];
    const h = holds[pos];
    const b = state.belief[pos];
    for (let q = 0; q < nq; q++) {
      const c = base[q] + ((h >> shift[q]) & mask[q]);
      mass[c] += b;
      if (count[c] < m) vals[c * m + count[c]++] = b;
    }
  }
  for (let q = 0; q < nq; q++) values[q] = answerValue(ctx, questions[q].length, base[q], m, buf, turnCost);
  return values;
}

/** The value over answer patterns of one question whose classes start at `base` in the buffers. */
function answerValue(ctx: DialogueContext, k: number, base: number, m: number, buf: typeof shared, turnCost: number): number {
  const { vals, count, mass, weight, head } = buf;
  const size = ctx.config.slateSize;
  const nClasses = 1 << k;
  const classes: number[] = [];
  for (let c = 0; c < nClasses; c++) if (count[base + c] > 0) classes.push(c);
  const e = Math.min(Math.max(ctx.config.assumedNoise, 1e-4), 0.49);
  let value = 0;
  for (let y = 0; y < nClasses; y++) {
    let py = 0;
    for (const c of classes) {
      const diff = popcount(c ^ y);
      weight[base + c] = Math.pow(e, diff) * Math.pow(1 - e, k - diff);
      head[base + c] = 0;
      py += weight[base + c] * mass[base + c];
    }
    // Answers this unlikely change the value by less than their probability.
    if (py < 1e-6) continue;
    for (let t = 0; t < m; t++) {
      let best = -1;
      let bestV = 0;
      for (const c of classes) {
        const g = base + c;
        if (head[g] >= count[g]) continue;
        const v = weight[g] * vals[g * m + head[g]];
        if (v > bestV) {
          bestV = v;
          best = g;
        }
      }
      if (best < 0) break;
      head[best]++;
      value += bestV * (1 - turnCost * (1 + Math.floor(t / size)));
    }
  }
  return value;
}

/** Per-call arrays of askValues, reused across calls (turns run one at a time per thread); counts and masses zeroed. */
let shared = { vals: new Float64Array(1024), count: new Int32Array(16), mass: new Float64Array(16), weight: new Float64Array(16), head: new Int32Array(16) };
function buffers(nClasses: number, m: number): typeof shared {
  if (shared.vals.length < nClasses * m || shared.count.length < nClasses) {
    const c = Math.max(nClasses, shared.count.length);
    shared = { vals: new Float64Array(Math.max(nClasses * m, shared.vals.length)), count: new Int32Array(c), mass: new Float64Array(c), weight: new Float64Array(c), head: new Int32Array(c) };
  }
  shared.count.fill(0, 0, nClasses);
  shared.mass.fill(0, 0, nClasses);
  return shared;
}

function popcount(x: number): number {
  let c = 0;
  while (x) {
    x &= x - 1;
    c++;
  }
  return c;
}
