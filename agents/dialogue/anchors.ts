import type { DialogueContext } from "./context.ts";
import { addEvidence } from "./evidence.ts";
import { removeItems } from "./candidates.ts";
import { priorScore, type DialogueState } from "./state.ts";

/**
 * Items a person names as evidence about what they want ("I loved The Matrix", "not Titanic"). A liked
 * item lifts its nearest neighbours (retrieved from an HNSW index over item vectors), the items sharing
 * its rarer attributes (the named items' attribute profile) and, with a sequence model, what follows it
 * as a session; a disliked item pushes its neighbours down. Every named item leaves the candidates, so
 * it is never recommended back. All of it lands in the model scores the belief mixes with the answers.
 */
export function applyNamedItems(
  ctx: DialogueContext,
  state: DialogueState,
  liked: readonly number[],
  disliked: readonly number[],
  mentioned: readonly number[],
): void {
  const newLiked = liked.filter((i) => !state.liked.includes(i));
  const newDisliked = disliked.filter((i) => !state.disliked.includes(i));
  for (const i of [...liked, ...disliked, ...mentioned]) if (!state.named.includes(i)) state.named.push(i);
  state.liked.push(...newLiked);
  state.disliked.push(...newDisliked);
  removeItems(ctx, state, state.named);
  if (state.noSeries) keepOutSeries(ctx, state, newLiked);

  // A capped set is retrieved again at the end of the turn with the named items' pull (candidate-cap.ts).
  if (state.retrieval === null) scoreNamed(ctx, state, newLiked, newDisliked);
  if (newLiked.length > 0) refreshSessionPrior(ctx, state);
}

/**
 * What liked and disliked items add to the candidates' model scores: their neighbours up or down, and the
 * liked items' attribute profile, relative to `profileMean` when given (its mean over the candidates the
 * items were named among), else to its mean over these. Also used when the candidates are rebuilt
 * (agents/dialogue/critique.ts) or retrieved again (candidate-cap.ts). Returns the profile's mean (NaN: none).
 */
export function scoreNamed(ctx: DialogueContext, state: DialogueState, liked: readonly number[], disliked: readonly number[], profileMean?: number): number {
  const { config } = ctx;
  const delta = ctx.scratch.itemDelta;
  const touched: number[] = [];
  const add = (item: number, v: number) => {
    if (delta[item] === 0) touched.push(item);
    delta[item] += v;
  };
  const k = config.similarK;
  const sources = [
    [ctx.anchoring.neighbours, config.similarWeight, config.dislikeWeight],
    [ctx.anchoring.log ?? null, config.comentionWeight, 0],
    [state.noSeries ? null : (ctx.anchoring.series ?? null), config.seriesWeight, 0],
  ] as const;
  for (const [source, likeWeight, dislikeWeight] of sources) {
    if (!source) continue;
    for (const [items, sign] of [[liked, 1], [disliked, -1]] as const) {
      const w = sign > 0 ? likeWeight : -dislikeWeight;
      if (w === 0) continue;
      for (const anchor of items) {
        const near = source.neighbours(anchor, k);
        for (let r = 0; r < near.length; r++) {
          const v = w * (1 - r / k);
          add(near[r], v);
          // The liked anchor that ranks the item highest explains it on its card.
          if (sign > 0 && r < (state.anchorOf.get(near[r])?.rank ?? Infinity)) state.anchorOf.set(near[r], { anchor, rank: r });
        }
      }
    }
  }
  const { cand, n, score } = state;
  for (let k = 0; k < n; k++) {
    const d = delta[cand[k]];
    if (d !== 0) score[k] += d;
  }
  for (const i of touched) delta[i] = 0;

  return liked.length > 0 ? addNamedProfile(ctx, state, liked, profileMean) : NaN;
}

/** Adds weight · s / mean(s) of the attribute profile of newly liked items over the candidates (or `given` as the mean); returns the mean. */
function addNamedProfile(ctx: DialogueContext, state: DialogueState, items: readonly number[], given?: number): number {
  const w = ctx.config.namedProfileWeight;
  const { cand, n, score } = state;
  if (w === 0 || n === 0) return NaN;
  const s = new Float32Array(n);
  if (!ctx.profile.scoresOf(items, cand, n, s)) return NaN;
  let mean = 0;
  if (given === undefined) {
    for (let k = 0; k < n; k++) mean += s[k];
    mean /= n;
  } else mean = given;
  if (!(mean > 0)) return NaN;
  for (let k = 0; k < n; k++) score[k] += (w * items.length * s[k]) / mean;
  return mean;
}

/** The sequence model over the user's history and the liked items replaces the prior the scores hold. */
function refreshSessionPrior(ctx: DialogueContext, state: DialogueState): void {
  const session = ctx.anchoring.session;
  if (!session) return;
  const next = session.forSession(state.user, state.liked);
  if (!next) return;
  const old = state.prior;
  const { cand, n, score } = state;
  for (let k = 0; k < n; k++) {
    const i = cand[k];
    score[k] += next.weight * priorScore(next, i) - (old ? old.weight * priorScore(old, i) : 0);
  }
  state.prior = next;
}

/** "Not the sequels": the other films of the liked items' series leave the candidates, as a turned-down slate's do. */
export function keepOutSeries(ctx: DialogueContext, state: DialogueState, liked: readonly number[]): void {
  const series = ctx.anchoring.series;
  if (!series) return;
  const out: number[] = [];
  for (const anchor of liked) for (const i of series.neighbours(anchor, Infinity)) if (!state.rejectedItems.includes(i) && !out.includes(i)) out.push(i);
  if (out.length === 0) return;
  state.rejectedItems.push(...out);
  removeItems(ctx, state, out);
}

/** Attributes said alongside named items are evidence like answers (the items, not the words, anchor the set). */
export function applyAttributes(ctx: DialogueContext, state: DialogueState, accept: readonly number[], reject: readonly number[]): void {
  for (const a of accept) if (!state.accepted.includes(a)) addEvidence(ctx, state, a, true);
  for (const a of reject) if (!state.rejected.includes(a)) addEvidence(ctx, state, a, false);
}
