import { answerLogOdds, type DialogueContext } from "./context.ts";
import { compact, markHolders } from "./candidates.ts";
import { scoreAttribute } from "./scoring.ts";
import type { DialogueState } from "./state.ts";

/**
 * One answer as evidence: under the assumed flip rate ε, candidates holding the attribute gain
 * log((1−ε)/ε) on a "yes" and lose it on a "no" (the others stay: only ratios matter).
 */
export function addEvidence(ctx: DialogueContext, state: DialogueState, attr: number, yes: boolean): void {
  addToHolders(ctx, state, attr, yes ? answerLogOdds(ctx.config) : -answerLogOdds(ctx.config));
  state.answers.push({ attribute: attr, yes });
  state.asked[attr] = 1;
  if (yes) state.accepted.push(attr);
  else state.rejected.push(attr);
  scoreAttribute(ctx, state, attr, yes ? 1 : -1);
}

/** Log-odds a leaning gives its holders: they come first, the rest stay within the pruning margin (log 100). */
export const LEAN_LOG_ODDS = Math.log(20);

/**
 * A wish kept as a leaning rather than a constraint (too few items hold it with the rest of what was asked):
 * its holders gain a fixed log-odds whatever the assumed flip rate, and the model's scores pull towards it.
 */
export function leanTowards(ctx: DialogueContext, state: DialogueState, attr: number): void {
  addToHolders(ctx, state, attr, LEAN_LOG_ODDS);
  state.asked[attr] = 1;
  state.accepted.push(attr);
  scoreAttribute(ctx, state, attr, 1);
}

/** Adds `delta` to the evidence of the candidates holding `attr` (the others stay: only ratios matter). */
export function addToHolders(ctx: DialogueContext, state: DialogueState, attr: number, delta: number): void {
  const holds = ctx.scratch.holds;
  holds.fill(0, 0, state.n);
  markHolders(ctx, state, attr, 1, holds);
  for (let k = 0; k < state.n; k++) if (holds[k]) state.evidence[k] += delta;
}

/**
 * Drops candidates whose evidence trails the best by more than the pruning margin: their
 * belief is negligible, and smaller sets keep every later turn fast.
 */
export function prune(ctx: DialogueContext, state: DialogueState): void {
  let best = -Infinity;
  for (let k = 0; k < state.n; k++) if (state.evidence[k] > best) best = state.evidence[k];
  const floor = best - ctx.config.pruneLogOdds;
  let drop = false;
  for (let k = 0; k < state.n && !drop; k++) drop = state.evidence[k] < floor;
  if (!drop) return;
  const keep = new Uint8Array(state.n);
  for (let k = 0; k < state.n; k++) keep[k] = state.evidence[k] >= floor ? 1 : 0;
  compact(state, keep);
}
