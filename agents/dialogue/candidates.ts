import { degree, rowHas, type Graph } from "../../graph/types.ts";
import { gallop } from "../sorted-ids.ts";
import { openCapped, overCap, unconstrained } from "./candidate-cap.ts";
import type { DialogueContext } from "./context.ts";
import { baseScores } from "./scoring.ts";
import type { DialogueState } from "./state.ts";

/** Whether `item` holds `attr`. */
export function hasAttribute(g: Graph, item: number, attr: number): boolean {
  return rowHas(g.itemAttrs, item, attr);
}

/**
 * Sets bit `bit` of `out[k]` for every candidate position k < n whose item holds `attr`. A short
 * attribute row is marked on the items and read back per candidate (linear); through a long one the
 * ascending candidates leap from one to the next, which reads the row in order rather than each
 * candidate's own attributes scattered over a large catalog's memory.
 */
export function markHolders(ctx: DialogueContext, state: DialogueState, attr: number, bit: number, out: Uint16Array): void {
  const g = ctx.graph;
  const { cand, n } = state;
  const from = g.attrItems.offsets[attr];
  const to = g.attrItems.offsets[attr + 1];
  const ids = g.attrItems.ids;
  if (to - from > 4 * n) {
    let e = from;
    for (let k = 0; k < n && e < to; k++) {
      e = gallop(ids, e, to, cand[k]);
      if (e < to && ids[e] === cand[k]) out[k] |= bit;
    }
    return;
  }
  const mark = ctx.scratch.itemMark;
  for (let e = from; e < to; e++) mark[ids[e]] = 1;
  for (let k = 0; k < n; k++) if (mark[cand[k]]) out[k] |= bit;
  for (let e = from; e < to; e++) mark[ids[e]] = 0;
}

/** Starts the candidate set from `items` (sorted ids): fresh evidence, scores from the models; over the cap, the best of them. */
export function openCandidates(ctx: DialogueContext, state: DialogueState, items: Int32Array): void {
  // Over the cap even without every item the user has seen, a state with constraints is retrieved from its own
  // pool (candidate-cap.ts): no copy of the items is needed.
  // Whose seen items are left out: nobody's where the config keeps them.
  const user = ctx.config.excludeSeen ? state.user : -1;
  const seen = user >= 0 && user < ctx.graph.nUsers ? degree(ctx.graph.userItems, user) : 0;
  if (overCap(ctx, items.length - seen)) {
    if (!unconstrained(state)) return openCapped(ctx, state, items);
    // The retrieval copies what it keeps: the pool goes into a buffer used again, not a new one per opening
    // (megabytes a turn on a large catalog, each an external allocation that brings the next full collection closer).
    if (poolScratch.length < items.length) poolScratch = new Int32Array(items.length);
    return openCapped(ctx, state, unseen(ctx, user, items, poolScratch));
  }
  const pool = unseen(ctx, user, items);
  if (overCap(ctx, pool.length)) return openCapped(ctx, state, pool);
  state.cand = pool;
  const n = state.cand.length;
  state.n = n;
  state.evidence = new Float32Array(n);
  state.score = new Float32Array(n);
  state.belief = new Float64Array(n);
  state.order = new Int32Array(n);
  state.opened = true;
  baseScores(ctx, state);
}

let poolScratch = new Int32Array(0);

/**
 * `items` without those the user interacted with in training (a known user needs no recommendation of them; -1,
 * nobody's), in `into` when given (at least as long as `items`), else in a new array.
 */
function unseen(ctx: DialogueContext, user: number, items: Int32Array, into?: Int32Array): Int32Array {
  const g = ctx.graph;
  const copy = () => (into ? (into.set(items), into.subarray(0, items.length)) : Int32Array.from(items));
  if (user < 0 || user >= g.nUsers) return copy();
  const seen = g.userItems.ids.subarray(g.userItems.offsets[user], g.userItems.offsets[user + 1]);
  if (!seen.length) return copy();
  const mark = ctx.scratch.itemMark;
  for (const i of seen) mark[i] = 1;
  const out = into ?? new Int32Array(items.length);
  let n = 0;
  for (const i of items) if (!mark[i]) out[n++] = i;
  for (const i of seen) mark[i] = 0;
  return out.subarray(0, n);
}

const everyItem = new WeakMap<Graph, Int32Array>();

/** All items, for a conversation that starts without a stated attribute: one array per graph, never written. */
export function allItems(g: Graph): Int32Array {
  let a = everyItem.get(g);
  if (!a) {
    a = new Int32Array(g.nItems);
    for (let i = 0; i < a.length; i++) a[i] = i;
    everyItem.set(g, a);
  }
  return a;
}

/** Keeps the candidates at positions where `keep` is 1, preserving alignment of every array. */
export function compact(state: DialogueState, keep: Uint8Array): void {
  let w = 0;
  for (let k = 0; k < state.n; k++) {
    if (!keep[k]) continue;
    state.cand[w] = state.cand[k];
    state.evidence[w] = state.evidence[k];
    state.score[w] = state.score[k];
    w++;
  }
  state.n = w;
}

/** Hard constraint: only candidates holding `attr` remain. */
export function requireAttribute(ctx: DialogueContext, state: DialogueState, attr: number): void {
  const keep = new Uint8Array(state.n);
  for (let k = 0; k < state.n; k++) keep[k] = hasAttribute(ctx.graph, state.cand[k], attr) ? 1 : 0;
  compact(state, keep);
}

/** Marks (bit 1 of `ctx.scratch.holds`) the candidate positions whose item holds any of `attrs`; returns how many. */
export function markAny(ctx: DialogueContext, state: DialogueState, attrs: readonly number[]): number {
  const holds = ctx.scratch.holds;
  holds.fill(0, 0, state.n);
  for (const a of attrs) markHolders(ctx, state, a, 1, holds);
  let count = 0;
  for (let k = 0; k < state.n; k++) if (holds[k]) count++;
  return count;
}

/** Hard constraint: only candidates holding one of `attrs` remain (`hold`), or only those holding none of them. */
export function keepHolders(ctx: DialogueContext, state: DialogueState, attrs: readonly number[], hold: boolean): void {
  markAny(ctx, state, attrs);
  const holds = ctx.scratch.holds;
  const keep = new Uint8Array(state.n);
  for (let k = 0; k < state.n; k++) keep[k] = (holds[k] !== 0) === hold ? 1 : 0;
  compact(state, keep);
}

/** Drops the given items (a rejected slate); the simulated user is truthful about slates. */
export function removeItems(ctx: DialogueContext, state: DialogueState, items: readonly number[]): void {
  const mark = ctx.scratch.itemMark;
  for (const i of items) mark[i] = 1;
  const keep = new Uint8Array(state.n);
  for (let k = 0; k < state.n; k++) keep[k] = mark[state.cand[k]] ? 0 : 1;
  for (const i of items) mark[i] = 0;
  compact(state, keep);
}
