import { row } from "../../graph/types.ts";
import { dotItems, scoreItems, type PreferenceModel } from "../ranking/preference.ts";
import type { ItemCodes } from "../ranking/item-codes.ts";
import type { DialogueContext } from "./context.ts";
import { priorScore, type DialogueState } from "./state.ts";

/**
 * The item scores that the belief mixes with the answers' evidence: the preference model for
 * this user and the attributes accepted or rejected so far, the user's attribute profile, the
 * user's `like` edges when enabled, and an external per-user prior (a sequence model) when the
 * caller provides one. `folded`: the model's user and attribute vectors summed into one query first, one
 * pass over the items however many attributes were said (a retrieval over a large pool; the sums then
 * round differently from adding each attribute's dots, so a conversation below the cap never folds).
 */
export function baseScores(ctx: DialogueContext, state: DialogueState, folded = false, profileMean?: number): number {
  const { model, dots, config, graph } = ctx;
  const { cand, n, score } = state;
  if (model && folded) foldedScores(model, ctx.codes, state);
  else if (model && dots) {
    if (state.user >= 0 && state.user < model.nUsers) dots.userScores(state.user, cand, n, score);
    else scoreItems(model, state.user, cand, n, score);
    for (const a of state.accepted) dots.addAttribute(a, 1, cand, n, score);
    for (const a of scoredAgainst(state)) dots.addAttribute(a, -model.rejectWeight, cand, n, score);
  } else score.fill(0, 0, n);
  if (config.likeEdges && state.user >= 0 && state.user < graph.nUsers) {
    const liked = row(graph.likes, state.user);
    if (liked.length) for (let k = 0; k < n; k++) score[k] += config.likeWeight * sharedCount(row(graph.itemAttrs, cand[k]), liked);
  }
  const mean = config.profileWeight !== 0 && n > 0 ? addProfile(ctx, state, config.profileWeight, profileMean) : NaN;
  const prior = state.prior;
  if (prior?.items) for (let k = 0; k < n; k++) score[k] += prior.weight * priorScore(prior, cand[k]);
  else if (prior) for (let k = 0; k < n; k++) score[k] += prior.weight * prior.scores[cand[k]];
  const log = ctx.anchoring.log;
  if (log && config.logPopularityWeight !== 0) for (let k = 0; k < n; k++) score[k] += config.logPopularityWeight * log.popularity[cand[k]];
  return mean;
}

/**
 * score[k] = b_i + q·v_i, q = u + Σ accepted a − γ Σ rejected a (u = 0 for a user the model does not know);
 * approximate from the item codes where the context has them (a catalog over the cap: `exactFolded` then
 * corrects the items kept).
 */
function foldedScores(m: PreferenceModel, codes: ItemCodes | null, state: DialogueState): void {
  const q = foldedQuery(m, state);
  const { cand, n, score } = state;
  // A visitor the model does not know, before any attribute: the biases alone (what scoreItems gives).
  if (q === null) {
    for (let k = 0; k < n; k++) score[k] = m.itemBias[cand[k]];
    return;
  }
  if (codes) return codes.dots(q, cand, n, score);
  const sums = dotItems(m, q, m.itemBias, cand, n);
  for (let k = 0; k < n; k++) score[k] = sums[k];
}

/** The query of `foldedScores`; null when it is all zeros. */
function foldedQuery(m: PreferenceModel, state: DialogueState): Float64Array | null {
  const d = m.dim;
  const q = new Float64Array(d);
  if (state.user >= 0 && state.user < m.nUsers) for (let f = 0; f < d; f++) q[f] = m.user[state.user * d + f];
  for (const a of state.accepted) for (let f = 0; f < d; f++) q[f] += m.attr[a * d + f];
  for (const a of scoredAgainst(state)) for (let f = 0; f < d; f++) q[f] -= m.rejectWeight * m.attr[a * d + f];
  return q.every((v) => v === 0) ? null : q;
}

/** After folded scores from the item codes chose the candidates: their scores with the exact dots instead. */
export function exactFolded(ctx: DialogueContext, state: DialogueState): void {
  const m = ctx.model;
  const q = m && ctx.codes ? foldedQuery(m, state) : null;
  if (!m || !ctx.codes || q === null) return;
  const { cand, n, score } = state;
  if (approxBuf.length < n) approxBuf = new Float32Array(n);
  ctx.codes.dots(q, cand, n, approxBuf);
  const sums = dotItems(m, q, m.itemBias, cand, n);
  for (let k = 0; k < n; k++) score[k] += sums[k] - approxBuf[k];
}

let approxBuf = new Float32Array(0);

/**
 * The rejected attributes the model scores lean against: not those kept out, which rank nothing among what stays
 * (scored against too, the items least like them came first; critique.ts takes a rejection's score out as it keeps it out).
 */
function scoredAgainst(state: DialogueState): number[] {
  return state.rejected.filter((a) => !state.excluded.includes(a));
}

/** Folds one more accepted (sign 1) or rejected (sign −1) attribute into the model scores; `undo` takes it out again. */
export function scoreAttribute(ctx: DialogueContext, state: DialogueState, attr: number, sign: 1 | -1, undo = false): void {
  const m = ctx.model;
  if (!m || !ctx.dots) return;
  const weight = sign > 0 ? 1 : -m.rejectWeight;
  ctx.dots.addAttribute(attr, undo ? -weight : weight, state.cand, state.n, state.score);
}

/** Size of the intersection of two sorted id lists. */
export function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let c = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      c++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return c;
}

/** Adds weight · s / mean(s) of the user's attribute profile s over the candidates (or over `given`); returns the mean used. */
function addProfile(ctx: DialogueContext, state: DialogueState, weight: number, given?: number): number {
  const { cand, n, score } = state;
  if (profileBuf.length < n) profileBuf = new Float32Array(n);
  const s = profileBuf;
  const own = ctx.profile.scoresWithMean(state.user, cand, n, s);
  const mean = given === undefined ? own : given;
  if (!(mean > 0)) return NaN;
  const w = weight / mean;
  for (let k = 0; k < n; k++) score[k] += w * s[k];
  return mean;
}

let profileBuf = new Float32Array(1024);
