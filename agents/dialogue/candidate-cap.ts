/**
 * A bound on a conversation's candidates, so its memory stays flat as the catalog grows: a pool larger
 * than `candidateCap` keeps its best `candidateCap` items by the belief (evidence + w·score), and the
 * set is retrieved again from the whole pool when the belief shifts (a "yes", an item named) or the
 * kept set runs low. The pool is the hard constraints' exact filter (stated attributes, seen, named and
 * rejected items left out) and, once a "yes" outweighs the pruning margin, only the items holding an
 * answered attribute: the rest would be pruned anyway. The best are found by one pass over the pool's
 * scores and a selection (agents/top-k.ts; bench/candidate-cap.ts measures it); the pass reads the model's
 * int8 item codes (agents/ranking/item-codes.ts), and the items kept are then scored exactly. A pool within
 * the cap is kept whole, exactly as without a cap, so catalogs below the cap run as before.
 */
import { rowHas } from "../../graph/types.ts";
import { gallop, intersect, LEAP } from "../sorted-ids.ts";
import { topPositions } from "../top-k.ts";
import { scoreNamed } from "./anchors.ts";
import { answerLogOdds, type DialogueContext } from "./context.ts";
import { baseScores, exactFolded } from "./scoring.ts";
import type { DialogueState } from "./state.ts";

/** Whether a pool of `n` items is over the context's cap. */
export function overCap(ctx: DialogueContext, n: number): boolean {
  const cap = ctx.config.candidateCap;
  return cap > 0 && n > cap;
}

/**
 * Opens the candidates on the best of `pool` (sorted ids, already without the items a known user has seen)
 * as an uncapped opening leaves them: no evidence, the base scores. A state that already holds answers, named
 * items or other constraints (the candidates rebuilt after a critique, agents/dialogue/critique.ts) is
 * retrieved from its own pool and by its whole belief; the caller applies the evidence and the named items.
 */
export function openCapped(ctx: DialogueContext, state: DialogueState, pool: Int32Array): void {
  state.opened = true;
  if (unconstrained(state)) retrieve(ctx, state, pool, pool.length, null, true);
  else {
    const e = eligible(ctx, state);
    retrieve(ctx, state, e.pool, e.n, e.evidence, true);
  }
}

/** No answers, named items or other constraints yet: a capped opening takes the pool it is given. */
export function unconstrained(state: DialogueState): boolean {
  return state.answers.length + state.named.length + state.wanted.length + state.excluded.length + state.rejectedItems.length === 0;
}

/**
 * After a turn's evidence: retrieves the candidates again when they are capped and the belief shifted
 * (a new "yes", named item, or required attribute since the last retrieval) or fewer than a quarter of the
 * cap remain.
 */
export function refillCandidates(ctx: DialogueContext, state: DialogueState): void {
  const r = state.retrieval;
  if (!r) return;
  let shifted = state.named.length > r.named || state.stated.length + state.wanted.length > r.required;
  for (let j = r.answers; j < state.answers.length && !shifted; j++) shifted = state.answers[j].yes;
  if (!shifted && state.n * 4 >= ctx.config.candidateCap) {
    state.retrieval = { ...r, answers: state.answers.length, required: state.stated.length + state.wanted.length };
    return;
  }
  const { pool, n, evidence } = eligible(ctx, state);
  retrieve(ctx, state, pool, n, evidence, false);
}

let poolBuf = new Int32Array(0);
let evBuf = new Float32Array(0);
let scoreBuf = new Float32Array(0);
let baseBuf = new Float32Array(0);
let keyBuf = new Float64Array(0);
/** Per item: 1 + its position in the pool whose evidence is being summed (zero between uses). */
let position = new Int32Array(0);

function buffers(nItems: number): void {
  if (poolBuf.length >= nItems) return;
  poolBuf = new Int32Array(nItems);
  evBuf = new Float32Array(nItems);
  scoreBuf = new Float32Array(nItems);
  baseBuf = new Float32Array(nItems);
  keyBuf = new Float64Array(nItems);
  position = new Int32Array(nItems);
}

/**
 * Whether some item the conversation may hold (every hard constraint but the answers) holds one of `attrs`:
 * a capped set that holds none may still have them in its pool (agents/dialogue/critique.ts asks).
 */
export function poolHolds(ctx: DialogueContext, state: DialogueState, attrs: readonly number[]): boolean {
  const { offsets, ids } = ctx.graph.attrItems;
  return admitting(ctx, state, (keep, first) => {
    for (const a of attrs) for (let e = offsets[a]; e < offsets[a + 1]; e++) if (first(ids[e]) && keep(ids[e])) return true;
    return false;
  }, attrs.reduce((n, a) => n + offsets[a + 1] - offsets[a], 0));
}

/**
 * Calls `fn` with the hard constraints as predicates: `keep` (not seen by a known user, named or rejected;
 * every stated attribute but the rarest; one of each wanted set; none excluded) and `first` (holds the
 * rarest stated attribute, whose row a caller walks instead where it can). `tested`: about how many items the
 * caller will test. Where the excluded attributes' rows are not much longer than that, their items are marked
 * once rather than looked up in each tested item's row (a binary search per item and excluded attribute: most
 * of a refill's time on a million-item catalog after a few critiques).
 */
function admitting<T>(ctx: DialogueContext, state: DialogueState, fn: (keep: (i: number) => boolean, first: (i: number) => boolean, stated: readonly number[]) => T, tested: number): T {
  const g = ctx.graph;
  const { offsets, ids } = g.attrItems;
  const mark = ctx.scratch.itemMark;
  const left: number[] = [...state.named, ...state.rejectedItems];
  if (ctx.config.excludeSeen && state.user >= 0 && state.user < g.nUsers) {
    const u = g.userItems;
    for (let e = u.offsets[state.user]; e < u.offsets[state.user + 1]; e++) left.push(u.ids[e]);
  }
  for (const i of left) mark[i] = 1;
  const { wanted } = state;
  let rows = 0;
  for (const a of state.excluded) rows += offsets[a + 1] - offsets[a];
  const marking = rows <= MARK_RATIO * tested;
  const marked = marking ? state.excluded : [];
  const excluded = marking ? [] : state.excluded;
  for (const a of marked) for (let e = offsets[a]; e < offsets[a + 1]; e++) mark[ids[e]] = 1;
  const stated = [...state.stated].sort((x, y) => offsets[x + 1] - offsets[x] - (offsets[y + 1] - offsets[y]));
  const keep = (i: number) => {
    if (mark[i] === 1) return false;
    for (let s = 1; s < stated.length; s++) if (!rowHas(g.itemAttrs, i, stated[s])) return false;
    for (const set of wanted) if (!set.some((a) => rowHas(g.itemAttrs, i, a))) return false;
    for (const a of excluded) if (rowHas(g.itemAttrs, i, a)) return false;
    return true;
  };
  const first = (i: number) => stated.length === 0 || rowHas(g.itemAttrs, i, stated[0]);
  try {
    return fn(keep, first, stated);
  } finally {
    for (const i of left) mark[i] = 0;
    for (const a of marked) for (let e = offsets[a]; e < offsets[a + 1]; e++) mark[ids[e]] = 0;
  }
}

/** How much longer than the items tested the excluded rows may be and still be marked: a mark is one write, a lookup a binary search. */
const MARK_RATIO = 4;

/** About how many items `eligible` tests: the accepted rows, else the rarest stated row, else every item. */
function tested(ctx: DialogueContext, state: DialogueState, yes: readonly number[]): number {
  const { offsets } = ctx.graph.attrItems;
  const row = (a: number) => offsets[a + 1] - offsets[a];
  if (yes.length > 0) return yes.reduce((n, a) => n + row(a), 0);
  if (state.stated.length > 0) return Math.min(...state.stated.map(row));
  return ctx.graph.nItems;
}

/**
 * The items the conversation may still hold (`admitting`), ascending, with each one's evidence; only holders
 * of an accepted answer once a "yes" outweighs the pruning margin.
 */
function eligible(ctx: DialogueContext, state: DialogueState): { pool: Int32Array; n: number; evidence: Float32Array } {
  const g = ctx.graph;
  buffers(g.nItems);
  const L = answerLogOdds(ctx.config);
  const { offsets, ids } = g.attrItems;
  const yes = L > ctx.config.pruneLogOdds ? state.answers.filter((a) => a.yes).map((a) => a.attribute) : [];
  const mark = ctx.scratch.itemMark;
  const n = admitting(ctx, state, (keep, _first, stated) => {
    let n = 0;
    if (yes.length > 0) {
      // Only holders of an accepted attribute can stay within the margin of the best. With a stated
      // attribute, each accepted row is intersected with the rarest stated row (both ascending) rather
      // than looked up item by item: an accepted attribute can be far broader than what was stated.
      for (const a of yes) {
        const start = n;
        if (stated.length > 0) n = intersect(ids, offsets[stated[0]], offsets[stated[0] + 1], offsets[a], offsets[a + 1], poolBuf, n);
        else for (let e = offsets[a]; e < offsets[a + 1]; e++) poolBuf[n++] = ids[e];
        let w = start;
        for (let k = start; k < n; k++) {
          const i = poolBuf[k];
          if (mark[i] === 0 && keep(i)) {
            mark[i] = 2;
            poolBuf[w++] = i;
          }
        }
        n = w;
      }
      for (let k = 0; k < n; k++) mark[poolBuf[k]] = 0;
      // One row is ascending already.
      if (yes.length > 1) poolBuf.subarray(0, n).sort();
    } else if (stated.length > 0) {
      for (let e = offsets[stated[0]]; e < offsets[stated[0] + 1]; e++) if (keep(ids[e])) poolBuf[n++] = ids[e];
    } else if (state.wanted.length > 0) {
      for (let i = 0; i < g.nItems; i++) if (keep(i)) poolBuf[n++] = i;
    } else {
      // Every constraint left is a mark.
      for (let i = 0; i < g.nItems; i++) if (mark[i] === 0) poolBuf[n++] = i;
    }
    return n;
  }, tested(ctx, state, yes));
  poolEvidence(ctx, state, poolBuf, n, evBuf);
  return { pool: poolBuf, n, evidence: evBuf };
}

/**
 * ev[k] = the answers' evidence of pool[k] (k < n, ascending), summed in answer order as addEvidence sums it
 * (float32 at each step, so the sums are the same). An answer's row is walked and its items found through
 * their pool positions; a row many times longer than the pool is leapt through instead, item by item.
 */
function poolEvidence(ctx: DialogueContext, state: DialogueState, pool: Int32Array, n: number, ev: Float32Array): void {
  ev.fill(0, 0, n);
  const L = answerLogOdds(ctx.config);
  const { offsets, ids } = ctx.graph.attrItems;
  for (let k = 0; k < n; k++) position[pool[k]] = k + 1;
  for (const { attribute: a, yes } of state.answers) {
    const d = yes ? L : -L;
    const from = offsets[a];
    const to = offsets[a + 1];
    if (to - from > LEAP * n) {
      let e = from;
      for (let k = 0; k < n && e < to; k++) {
        e = gallop(ids, e, to, pool[k]);
        if (e < to && ids[e] === pool[k]) ev[k] += d;
      }
    } else {
      for (let e = from; e < to; e++) {
        const k = position[ids[e]];
        if (k > 0) ev[k - 1] += d;
      }
    }
  }
  for (let k = 0; k < n; k++) position[pool[k]] = 0;
}

/**
 * Sets the candidates to the best `candidateCap` of pool[0..n) (all of them when they fit), pruned by
 * evidence as `prune` does, with their scores computed afresh. `evidence` null: none yet. `opening`: chosen
 * by the whole belief, stored as an opening leaves them (no evidence, base scores without the named items).
 */
function retrieve(ctx: DialogueContext, state: DialogueState, pool: Int32Array, n: number, evidence: Float32Array | null, opening: boolean): void {
  buffers(ctx.graph.nItems);
  const ev = evBuf;
  let m = 0;
  if (evidence === null) {
    // No answers yet: nothing to prune.
    ev.fill(0, 0, n);
    poolBuf.set(pool.subarray(0, n));
    m = n;
  } else {
    let best = -Infinity;
    for (let k = 0; k < n; k++) if (ev[k] > best) best = ev[k];
    const floor = best - ctx.config.pruneLogOdds;
    for (let k = 0; k < n; k++) {
      if (ev[k] < floor) continue;
      poolBuf[m] = pool[k];
      ev[m++] = ev[k];
    }
  }
  const score = scoreBuf;
  const view: DialogueState = { ...state, cand: poolBuf, n: m, score };
  // A refill weighs the profile as the opening did (over its pool), not over what is left of it.
  const given = opening ? undefined : state.retrieval?.openingProfileMean;
  const openingProfileMean = baseScores(ctx, view, true, given === given ? given : undefined);
  if (opening && state.named.length > 0) baseBuf.set(score.subarray(0, m));
  // Items named since the last retrieval were named among the whole pool: their profile is relative to it.
  const old = state.retrieval;
  const mean = old && old.named === state.named.length && old.profileMean === old.profileMean ? old.profileMean : undefined;
  const profileMean = state.named.length > 0 ? scoreNamed(ctx, view, state.liked, state.disliked, mean) : NaN;

  const cap = ctx.config.candidateCap;
  let keep: Int32Array | null = null;
  if (cap > 0 && m > cap) {
    // The belief's log-odds, as updateBelief sums them.
    const w = ctx.config.scoreWeight;
    for (let k = 0; k < m; k++) keyBuf[k] = ev[k] + w * score[k];
    keep = topPositions(keyBuf, m, cap);
  }
  const size = keep ? keep.length : m;
  state.cand = new Int32Array(size);
  state.evidence = new Float32Array(size);
  state.score = new Float32Array(size);
  state.belief = new Float64Array(size);
  state.order = new Int32Array(size);
  for (let j = 0; j < size; j++) {
    const k = keep ? keep[j] : j;
    state.cand[j] = poolBuf[k];
    state.evidence[j] = opening ? 0 : ev[k];
    state.score[j] = opening && state.named.length > 0 ? baseBuf[k] : score[k];
  }
  state.n = size;
  exactFolded(ctx, state);
  state.retrieval = keep ? { answers: state.answers.length, named: state.named.length, required: state.stated.length + state.wanted.length, profileMean, openingProfileMean } : null;
}
