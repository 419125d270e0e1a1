import { rowHas } from "../../graph/types.ts";
import type { Critique } from "./acts.ts";
import { scoreNamed } from "./anchors.ts";
import { allItems, keepHolders, markAny, openCandidates, removeItems, requireAttribute } from "./candidates.ts";
import { poolHolds } from "./candidate-cap.ts";
import { answerLogOdds, type DialogueContext } from "./context.ts";
import { addEvidence, addToHolders, LEAN_LOG_ODDS, leanTowards } from "./evidence.ts";
import { scoreAttribute } from "./scoring.ts";
import type { DialogueState } from "./state.ts";

/**
 * A critique as hard constraints on the next slates. "Less X" keeps every item holding X (or any attribute
 * the words cover) out; "more X" keeps to the items holding X (one of them). What the user said before and
 * the critique contradicts gives way first: for "less X" a stated X, a yes to X, an earlier "more" wholly
 * within X; for "more X" an exclusion of X, a no to X, and any stated attribute, yes or earlier "more" that
 * no item shares with X (a stated 1990s for "something from the 80s"). When something gave way the
 * candidates are rebuilt from what still stands. A constraint that would leave no candidate is not applied,
 * and `state.critiqued` says so for the reply.
 */
export function applyCritique(
  ctx: DialogueContext,
  state: DialogueState,
  c: Critique,
  slate: readonly number[] = [],
  withOthers = false,
  alongside: readonly number[] = [],
): void {
  const attrs = [c.attribute, ...(c.also ?? []).filter((a) => a !== c.attribute)];
  const less = c.direction === "less";
  // Beside other critiques of the same message, a wish fewer than a slate of films hold ("more animated ones ... the
  // most fun"): a leaning, as a stated one is (turn.ts), so it neither lifts what the others ask for nor narrows
  // the slate to a film or two.
  if (!less && withOthers && jointPool(ctx, state, attrs, false).length < ctx.config.slateSize) {
    for (const a of attrs) leanTowards(ctx, state, a);
    return;
  }
  const { lifted, loosened, widened, dropped } = less ? giveWayToLess(state, attrs) : giveWayToMore(ctx, state, attrs, alongside);
  if (loosened) {
    // A capped set whose pool did not grow ("less X" where only a yes to X gave way): its kept candidates lacking
    // X are still the best of the pool lacking X, so they lose the yes and X's holders go, rather than the
    // whole pool being retrieved again (a turn's worth of work on a large catalog). Below the cap, rebuilt.
    if (less && !widened && state.retrieval && attrs.every((a) => markAny(ctx, state, [a]) < state.n)) takeBackYes(ctx, state, dropped);
    else reopen(ctx, state);
  }
  let unmet: number[];
  if (less) {
    // The lifted constraint turns into evidence the other way ("less Children" after asking for Children).
    if (!state.rejected.includes(c.attribute)) addEvidence(ctx, state, c.attribute, false);
    unmet = exclude(ctx, state, attrs);
  } else {
    unmet = want(ctx, state, attrs);
    if (c.relative && unmet.length === 0) leanByYear(ctx, state, slate, c.relative);
  }
  // Several critiques in one act ("from the 80s, but no romance") add up: the reply speaks for all of them.
  const before = state.critiqued;
  state.critiqued = before ? { lifted: [...before.lifted, ...lifted], unmet: [...before.unmet, ...unmet] } : { lifted, unmet };
}

/**
 * Takes back an accepted attribute (stated, answered yes, or wanted in a critique) or a rejected one (answered no,
 * or excluded), then rebuilds the candidates from what still stands. Nothing is learned the other way. Any other
 * attribute said the same way under the same name goes with it: "no romance" read as the genre Romance and the
 * tag "romance" is one thing to the person taking it back.
 */
export function retract(ctx: DialogueContext, state: DialogueState, attribute: number, said: "accepted" | "rejected"): void {
  const yes = said === "accepted";
  const name = ctx.graph.attrName[attribute].toLowerCase();
  const held = yes ? [...state.accepted, ...state.stated, ...state.wanted.flat()] : [...state.rejected, ...state.excluded];
  const same = new Set([attribute, ...held.filter((b) => ctx.graph.attrName[b].toLowerCase() === name)]);
  for (const a of same) {
    removeAll(yes ? state.accepted : state.rejected, a);
    if (yes) removeAll(state.stated, a);
    else removeAll(state.excluded, a);
    for (let k = state.answers.length - 1; k >= 0; k--) if (state.answers[k].attribute === a && state.answers[k].yes === yes) state.answers.splice(k, 1);
    if (yes) for (let k = state.wanted.length - 1; k >= 0; k--) if (state.wanted[k].includes(a)) state.wanted.splice(k, 1);
  }
  reopen(ctx, state);
}

interface GaveWay {
  /** Attributes whose constraint or answer was dropped. */
  readonly lifted: number[];
  /** Something that kept candidates out was dropped: the candidates must be rebuilt. */
  readonly loosened: boolean;
  /** A hard constraint was dropped (a stated attribute, a wanted set): the pool grew. */
  readonly widened: boolean;
  /** The answers dropped, with where each stood in `state.answers`. */
  readonly dropped: readonly { readonly at: number; readonly attribute: number; readonly yes: boolean }[];
}

function giveWayToLess(state: DialogueState, attrs: readonly number[]): GaveWay {
  const lifted: number[] = [];
  for (const a of attrs) {
    if (removeAll(state.stated, a)) lifted.push(a);
  }
  let widened = lifted.length > 0;
  const dropped: GaveWay["dropped"][number][] = [];
  for (let k = state.answers.length - 1; k >= 0; k--) {
    const { attribute, yes } = state.answers[k];
    if (!yes || !attrs.includes(attribute)) continue;
    state.answers.splice(k, 1);
    dropped.push({ at: k, attribute, yes });
    if (!lifted.includes(attribute)) lifted.push(attribute);
  }
  for (const a of lifted) removeAll(state.accepted, a);
  for (let k = state.wanted.length - 1; k >= 0; k--) {
    if (!state.wanted[k].every((a) => attrs.includes(a))) continue;
    state.wanted.splice(k, 1);
    widened = true;
  }
  return { lifted, loosened: widened || lifted.length > 0, widened, dropped };
}

/**
 * Takes answers out of the kept candidates' evidence and model scores (as a rebuild, which folds only what is
 * still accepted or rejected, would have them), and out of what their retrieval had seen.
 */
function takeBackYes(ctx: DialogueContext, state: DialogueState, dropped: GaveWay["dropped"]): void {
  const odds = answerLogOdds(ctx.config);
  for (const { attribute, yes } of dropped) {
    addToHolders(ctx, state, attribute, yes ? -odds : odds);
    scoreAttribute(ctx, state, attribute, yes ? 1 : -1, true);
  }
  const r = state.retrieval;
  if (r) state.retrieval = { ...r, answers: r.answers - dropped.filter((d) => d.at < r.answers).length };
}

/**
 * What gives way to "more" of `attrs`; `alongside`, what the same message asked for before it ("something scarier,
 * with ghosts maybe": horror), stays and comes first, however much older the rest is.
 */
function giveWayToMore(ctx: DialogueContext, state: DialogueState, attrs: readonly number[], alongside: readonly number[]): GaveWay {
  const lifted: number[] = [];
  for (const a of attrs) if (removeAll(state.excluded, a)) lifted.push(a);
  // "more westerns" after "less action" and "no drama", where every western not yet shown holds one of them: the
  // latest wish lifts the exclusions in its way, oldest first, until a western stands (they stay leanings).
  if (jointPool(ctx, state, attrs, false).length > 0) {
    while (state.excluded.length > 0 && jointPool(ctx, state, attrs).length === 0) lifted.push(state.excluded.shift()!);
  }
  for (let k = state.answers.length - 1; k >= 0; k--) {
    const { attribute, yes } = state.answers[k];
    const contradicts = yes ? !attrs.includes(attribute) && !sharesItem(ctx, [attribute], attrs) : attrs.includes(attribute);
    if (!contradicts) continue;
    state.answers.splice(k, 1);
    removeAll(yes ? state.accepted : state.rejected, attribute);
    if (!lifted.includes(attribute)) lifted.push(attribute);
  }
  for (const a of [...state.stated]) {
    if (attrs.includes(a) || alongside.includes(a) || sharesItem(ctx, [a], attrs)) continue;
    removeAll(state.stated, a);
    removeAll(state.accepted, a);
    if (!lifted.includes(a)) lifted.push(a);
  }
  let loosened = lifted.length > 0;
  for (let k = state.wanted.length - 1; k >= 0; k--) {
    if (sharesItem(ctx, state.wanted[k], attrs)) continue;
    state.wanted.splice(k, 1);
    loosened = true;
  }
  // Then together: "more westerns" after a comedy, a yes to romance and one to the 1990s, where each shares
  // items with westerns but no western left is all three. Oldest first, each constraint stays while an item
  // holding one of `attrs` meets it and those kept before it; the rest give way.
  let pool = jointPool(ctx, state, attrs);
  const keeps = (held: readonly number[]) => {
    const left = pool.filter((i) => held.some((a) => rowHas(ctx.graph.itemAttrs, i, a)));
    if (left.length > 0) pool = left;
    return left.length > 0;
  };
  if (pool.length > 0) {
    for (const a of alongside) if (state.stated.includes(a)) keeps([a]);
    for (const a of [...state.stated]) {
      if (attrs.includes(a) || alongside.includes(a) || keeps([a])) continue;
      removeAll(state.stated, a);
      removeAll(state.accepted, a);
      if (!lifted.includes(a)) lifted.push(a);
    }
    for (let k = 0; k < state.answers.length; k++) {
      const { attribute, yes } = state.answers[k];
      if (!yes || attrs.includes(attribute) || keeps([attribute])) continue;
      state.answers.splice(k--, 1);
      removeAll(state.accepted, attribute);
      if (!lifted.includes(attribute)) lifted.push(attribute);
    }
    for (let k = 0; k < state.wanted.length; k++) {
      if (keeps(state.wanted[k])) continue;
      state.wanted.splice(k--, 1);
      loosened = true;
    }
  }
  return { lifted, loosened: loosened || lifted.length > 0, widened: true, dropped: [] };
}

/** The items holding one of `attrs` that nothing said rules out: not rejected or named, and (`excluding`) no excluded attribute. */
function jointPool(ctx: DialogueContext, state: DialogueState, attrs: readonly number[], excluding = true): number[] {
  const { offsets, ids } = ctx.graph.attrItems;
  const out = new Set<number>();
  for (const a of attrs) for (let e = offsets[a]; e < offsets[a + 1]; e++) out.add(ids[e]);
  for (const i of [...state.rejectedItems, ...state.named]) out.delete(i);
  return excluding ? [...out].filter((i) => !state.excluded.some((a) => rowHas(ctx.graph.itemAttrs, i, a))) : [...out];
}

/** Keeps out the candidates holding each attribute in turn, unless every candidate holds it; returns those not applied. */
function exclude(ctx: DialogueContext, state: DialogueState, attrs: readonly number[]): number[] {
  const unmet: number[] = [];
  for (const a of attrs) {
    if (markAny(ctx, state, [a]) === state.n) {
      unmet.push(a);
      continue;
    }
    keepHolders(ctx, state, [a], false);
    if (state.excluded.includes(a)) continue;
    state.excluded.push(a);
    if (state.rejected.includes(a)) scoreAttribute(ctx, state, a, -1, true);
  }
  return unmet;
}

/**
 * Keeps to the candidates holding one of `attrs`, unless none does (then nothing changes). One attribute
 * becomes a stated one, so the slate says it and a later "less" of it lifts it.
 */
function want(ctx: DialogueContext, state: DialogueState, attrs: readonly number[]): number[] {
  // A capped set (candidate-cap.ts) may hold none while its pool does: the retrieval at the end of the turn brings them.
  if (markAny(ctx, state, attrs) === 0 && !(state.retrieval && poolHolds(ctx, state, attrs))) {
    // Pruned, far behind on what was said before ("films like Toy Story", then "something a little scarier"): the
    // candidates are rebuilt from what stands, and the wish keeps to those of them holding it.
    if (jointPool(ctx, state, attrs).length === 0) return [...attrs];
    reopen(ctx, state);
    if (markAny(ctx, state, attrs) === 0) return [...attrs];
  }
  if (attrs.length === 1) {
    const a = attrs[0];
    state.asked[a] = 1;
    if (!state.stated.includes(a)) state.stated.push(a);
    if (!state.accepted.includes(a)) state.accepted.push(a);
    requireAttribute(ctx, state, a);
    scoreAttribute(ctx, state, a, 1);
  } else {
    state.wanted.push([...attrs]);
    keepHolders(ctx, state, attrs, true);
  }
  return [];
}

/**
 * The candidates rebuilt from the constraints that stand: the items holding every stated attribute and one
 * of each wanted set, none excluded, no item rejected or named; the answers' evidence and the named items'
 * scores applied again.
 */
export function reopen(ctx: DialogueContext, state: DialogueState): void {
  const g = ctx.graph;
  const first = state.stated[0];
  openCandidates(ctx, state, first === undefined ? allItems(g) : g.attrItems.ids.subarray(g.attrItems.offsets[first], g.attrItems.offsets[first + 1]));
  for (const a of state.stated.slice(1)) requireAttribute(ctx, state, a);
  for (const set of state.wanted) keepHolders(ctx, state, set, true);
  if (state.excluded.length > 0) keepHolders(ctx, state, state.excluded, false);
  removeItems(ctx, state, [...state.rejectedItems, ...state.named]);
  const odds = answerLogOdds(ctx.config);
  for (const { attribute, yes } of state.answers) addToHolders(ctx, state, attribute, yes ? odds : -odds);
  scoreNamed(ctx, state, state.liked, state.disliked);
}

/**
 * "Newer" of a slate of 2011-2013 films, in a catalog whose ages are decades: of the 2010s kept to, those after the
 * slate's median year lean first (the leaning of a wish too few hold, evidence.ts), so the next slate is newer
 * than this one and not only of its decade. Nothing where the catalog records no years (LastFM*).
 */
function leanByYear(ctx: DialogueContext, state: DialogueState, slate: readonly number[], way: "earlier" | "later"): void {
  const years = ctx.graph.itemYear;
  if (!years) return;
  const known = slate.map((i) => years[i]).filter((y) => y > 0).sort((a, b) => a - b);
  if (known.length === 0) return;
  const median = known[known.length >> 1];
  for (let k = 0; k < state.n; k++) {
    const y = years[state.cand[k]];
    if (y > 0 && (way === "later" ? y > median : y < median)) state.evidence[k] += LEAN_LOG_ODDS;
  }
}

/** Whether some item holds one of `a` and one of `b`. */
function sharesItem(ctx: DialogueContext, a: readonly number[], b: readonly number[]): boolean {
  const { offsets, ids } = ctx.graph.attrItems;
  const mark = ctx.scratch.itemMark;
  for (const x of b) for (let e = offsets[x]; e < offsets[x + 1]; e++) mark[ids[e]] = 1;
  let shared = false;
  for (const x of a) for (let e = offsets[x]; e < offsets[x + 1] && !shared; e++) shared = mark[ids[e]] === 1;
  for (const x of b) for (let e = offsets[x]; e < offsets[x + 1]; e++) mark[ids[e]] = 0;
  return shared;
}

function removeAll(list: number[], v: number): boolean {
  let removed = false;
  for (let k = list.length - 1; k >= 0; k--) {
    if (list[k] !== v) continue;
    list.splice(k, 1);
    removed = true;
  }
  return removed;
}
