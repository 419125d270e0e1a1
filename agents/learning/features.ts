import { binaryEntropy } from "../dialogue/attribute-mass.ts";
import { hasAttribute } from "../dialogue/candidates.ts";
import { turnsLeft, type DialogueContext } from "../dialogue/context.ts";
import type { DialogueState } from "../dialogue/state.ts";
import { askValue, recommendValue } from "../policies/lookahead.ts";
import { topQuestions, type Question } from "../policies/questions.ts";

/**
 * The learned policy's view of a turn: a small set of actions (recommend, or one of the best
 * questions by weighted entropy), each described by one feature row. Rows share the state
 * features; the recommend row also carries them behind its indicator so a linear term can learn
 * a state-dependent urge to recommend, and question rows carry the hand-made scorers' numbers.
 */

/** Questions shortlisted per turn (the same shortlist the path-reasoning policy looks ahead on). */
export const SHORTLIST = 5;
/**
 * Yes/no answers the policy may ask again to confirm, best first: with users who err, a second
 * answer to a consequential question is evidence too (flips are independent per answer).
 */
export const CONFIRMATIONS = 2;
export const MAX_ACTIONS = SHORTLIST + CONFIRMATIONS + 1;

const STATE = 9;
const QUESTION = 6;
/** Row layout: [state features | recommend indicator | indicator · state features | question features]. */
export const INPUTS = STATE + 1 + STATE + QUESTION;
const REC = STATE;
const Q0 = 2 * STATE + 1;
/** Index of the path-reasoning lookahead gain (cpr's criterion): the untrained policy leans on it. */
export const CPR_GAIN = Q0 + 2;
/** Turn cost of the lookahead gain, as the path-reasoning policy values waiting. */
const TURN_COST = 0.02;
const GAIN_SCALE = 20;

/** Reusable per-thread buffers for one decision: feature rows and the questions they describe. */
export interface ActionSet {
  n: number;
  readonly x: Float64Array;
  questions: Question[];
  readonly state: Float64Array;
}

export function newActionSet(): ActionSet {
  return { n: 0, x: new Float64Array(MAX_ACTIONS * INPUTS), questions: [], state: new Float64Array(STATE) };
}

/**
 * Fills `out`: action 0 is "recommend", then the shortlisted questions, then (yes/no only) the
 * confirmations. The horizon is the number of system acts left including this one: the user
 * opens at turn 1 and the system acts at turns 2..maxTurns.
 */
export function extractActions(ctx: DialogueContext, state: DialogueState, out: ActionSet): void {
  const left = Math.max(1, turnsLeft(ctx.config, state) - 1);
  const questions = topQuestions(ctx, state, SHORTLIST);
  const fresh = questions.length;
  if (ctx.config.questions === "yesno") confirmations(ctx, state, questions);
  stateFeatures(ctx, state, left, out.state);
  const rec0 = recommendValue(ctx, state, left, 0);
  const recC = recommendValue(ctx, state, left, TURN_COST);
  out.n = questions.length + 1;
  out.questions = questions;
  const x = out.x;
  x.fill(0, 0, out.n * INPUTS);
  for (let a = 0; a < out.n; a++) x.set(out.state, a * INPUTS);
  x[REC] = 1;
  for (let f = 0; f < STATE; f++) x[REC + 1 + f] = out.state[f];
  for (let q = 0; q < questions.length; q++) {
    const o = (q + 1) * INPUTS + Q0;
    const opts = questions[q].options;
    x[o] = questions[q].entropy / opts.length;
    x[o + 1] = GAIN_SCALE * (askValue(ctx, state, opts, left - 1, 0) - rec0);
    x[o + 2] = GAIN_SCALE * (askValue(ctx, state, opts, left - 1, TURN_COST) - recC);
    x[o + 3] = q / SHORTLIST;
    x[o + 4] = q < fresh ? yesMass(ctx, opts) : 0;
    x[o + 5] = q < fresh ? 0 : 1;
  }
}

/**
 * Horizon, candidate count, belief concentration (top 1, 2 and 5 slates; entropy), the noise the
 * belief assumes, reachable mass, and how many slates failed already.
 */
function stateFeatures(ctx: DialogueContext, state: DialogueState, left: number, s: Float64Array): void {
  const { belief, order, n } = state;
  const size = ctx.config.slateSize;
  let m1 = 0;
  let m2 = 0;
  let m5 = 0;
  let reach = 0;
  let h = 0;
  for (let r = 0; r < n; r++) {
    const b = belief[order[r]];
    if (r < size) m1 += b;
    if (r < 2 * size) m2 += b;
    if (r < 5 * size) m5 += b;
    if (r < left * size) reach += b;
    if (b > 0) h -= b * Math.log(b);
  }
  const logItems = Math.log(Math.max(2, ctx.graph.nItems));
  s[0] = left / 14;
  s[1] = Math.log(Math.max(1, n)) / logItems;
  s[2] = m1;
  s[3] = m2;
  s[4] = m5;
  s[5] = h / logItems;
  s[6] = 5 * ctx.config.assumedNoise;
  s[7] = reach;
  s[8] = Math.min(1, state.rejectedItems.length / (5 * size));
}

/**
 * Appends the answered (not stated) attributes whose holders' belief mass is most uncertain:
 * the answers a confirmation could most change.
 */
function confirmations(ctx: DialogueContext, state: DialogueState, out: Question[]): void {
  const start = out.length;
  for (const ans of state.answers) {
    const a = ans.attribute;
    if (state.stated.includes(a) || out.some((q) => q.options[0] === a)) continue;
    let p = 0;
    for (let k = 0; k < state.n; k++) if (hasAttribute(ctx.graph, state.cand[k], a)) p += state.belief[k];
    const h = binaryEntropy(p);
    if (h <= 1e-6) continue;
    let i = out.length;
    if (i - start === CONFIRMATIONS) {
      if (h <= out[i - 1].entropy) continue;
      out.pop();
      i--;
    }
    out.push({ type: -1, options: [a], entropy: h });
    while (i > start && out[i - 1].entropy < h) {
      out[i] = out[i - 1];
      i--;
    }
    out[i] = { type: -1, options: [a], entropy: h };
  }
}

/** Mean belief mass of the candidates holding each option (after `topQuestions` filled it). */
function yesMass(ctx: DialogueContext, options: readonly number[]): number {
  let m = 0;
  for (const a of options) m += ctx.scratch.attrMass[a];
  return m / options.length;
}
