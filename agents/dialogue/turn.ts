import type { Critique, EndReason, SystemAct, UserAct } from "./acts.ts";
import { updateBelief } from "./belief.ts";
import { allItems, markAny, markHolders, openCandidates, removeItems, requireAttribute } from "./candidates.ts";
import { poolHolds, refillCandidates } from "./candidate-cap.ts";
import { turnsLeft, type DialogueContext } from "./context.ts";
import { applyCritique, reopen, retract } from "./critique.ts";
import { addEvidence, leanTowards, prune } from "./evidence.ts";
import { applyAttributes, applyNamedItems, keepOutSeries } from "./anchors.ts";
import { scoreAttribute } from "./scoring.ts";
import type { Decision } from "./policy.ts";
import { buildSlate } from "./slate.ts";
import type { DialogueState } from "./state.ts";

/**
 * One dialogue turn, shared by the simulator and the server: the user's act updates the state,
 * the belief over candidates is recomputed, the policy decides, and the decision becomes the
 * system's act. Mutates `state`.
 */
export function turn(ctx: DialogueContext, state: DialogueState, act: UserAct): SystemAct {
  if (state.done) return state.last ?? end(state, "max-turns");

  // 1. What the user said becomes constraints (stated attributes, rejected items) and evidence (answers, critiques).
  const rare = state.opened ? [] : rareWishes(ctx, act);
  const few = rare.length > 0;
  const ended = applyUserAct(ctx, state, act, few);
  if (ended) return end(state, ended, act.kind === "accept-item" ? act.item : undefined);
  prune(ctx, state);
  refillCandidates(ctx, state);
  if (state.n === 0) relaxRequired(ctx, state);
  if (state.n === 0) return end(state, "no-candidates");
  if (state.turn > ctx.config.maxTurns) return end(state, "max-turns");

  // 2. The belief over the remaining candidates.
  updateBelief(ctx, state);

  // 3. The policy decides; the last turn, a set that fits one slate (or a wish whose films do), a user who asks to see some ("any good
  // thrillers?", "more like the third one" too), or a critique of a slate (the user wants to see what changed) get a slate.
  const critiqued = act.kind === "reject-slate" && act.critique !== undefined;
  const asked = act.kind === "show" || ((act.kind === "inform-items" || act.kind === "inform" || act.kind === "reject-slate" || act.kind === "critique") && act.show === true);
  const mustRecommend = critiqued || asked || few || turnsLeft(ctx.config, state) <= 1 || state.n <= ctx.config.slateSize;
  const decision: Decision = mustRecommend ? { kind: "recommend", ...(few ? { items: wishedFirst(ctx, state, rare) } : {}) } : ctx.policy.decide(ctx, state);

  // 4. The decision as an act.
  const sys: SystemAct =
    decision.kind === "recommend"
      ? { kind: "recommend", items: buildSlate(ctx, state, decision.items) }
      : decision.kind === "ask"
        ? { kind: "ask", attribute: decision.attribute }
        : { kind: "choice", type: decision.type, options: decision.options };
  state.last = sys;
  if (sys.kind === "recommend") state.slateTurn = state.turn;
  state.turn++;
  return sys;
}

/** Applies a user act; returns why the conversation ends when it does. */
function applyUserAct(ctx: DialogueContext, state: DialogueState, act: UserAct, few: boolean): EndReason | null {
  state.critiqued = null;
  if (act.kind === "accept-item") return "accepted";
  if (act.kind === "leave") return "user-left";
  if ((act.kind === "inform" || act.kind === "inform-items") && act.stated) applyStated(ctx, state, act.accept, few);
  // Whatever comes before a stated attribute applies to the whole catalog.
  if (!state.opened) openCandidates(ctx, state, allItems(ctx.graph));
  if (act.noSeries && !state.noSeries) {
    state.noSeries = true;
    keepOutSeries(ctx, state, state.liked);
  }
  switch (act.kind) {
    case "inform":
      if (!act.stated) for (const a of act.accept) addEvidence(ctx, state, a, true);
      // A no to what was asked for before ("yes" to dramas, then "could we tone the drama down?") takes the yes
      // back first; the no is then evidence like any other.
      for (const a of act.reject) {
        if (state.accepted.includes(a)) retract(ctx, state, a, "accepted");
        addEvidence(ctx, state, a, false);
      }
      break;
    case "inform-items":
      if (act.passed) {
        state.rejectedItems.push(...act.passed);
        removeItems(ctx, state, act.passed);
      }
      applyNamedItems(ctx, state, act.liked, act.disliked, act.mentioned);
      if (!act.stated) applyAttributes(ctx, state, act.accept, []);
      applyAttributes(ctx, state, [], act.reject);
      applyCritiques(ctx, state, act.critique, act.then);
      break;
    case "reject-slate":
      state.rejectedItems.push(...act.items);
      removeItems(ctx, state, act.items);
      applyCritiques(ctx, state, act.critique, act.then, act.items);
      break;
    case "retract":
      retract(ctx, state, act.attribute, act.said);
      break;
    case "critique":
      applyCritiques(ctx, state, act.critique, act.then);
      break;
    case "indifferent":
      markIndifferent(ctx, state, act.attribute, act.type);
      break;
  }
  return null;
}

/**
 * A message's critiques in order ("more westerns, but no comedies"), each told whether others came with it and what
 * the message asked for before it.
 */
function applyCritiques(ctx: DialogueContext, state: DialogueState, first: Critique | undefined, then: readonly Critique[] = [], slate: readonly number[] = []): void {
  const asked: number[] = [];
  for (const [k, c] of [...(first ? [first] : []), ...then].entries()) {
    applyCritique(ctx, state, c, k === 0 ? slate : [], then.length > 0, asked);
    if (c.direction === "more" && !c.also?.length) asked.push(c.attribute);
  }
}

/**
 * Attributes the user volunteers are hard constraints: the first ones open the candidate set
 * from the items holding them, later ones filter it, the most held first. One that would leave
 * less than a slate ("silly comedies", where two comedies are tagged silly; "black and white romance
 * classics", where no film is all three) is a leaning instead, so a person's wish list never
 * starves the conversation; `state.critiqued` says so for the reply.
 */
function applyStated(ctx: DialogueContext, state: DialogueState, attrs: readonly number[], few: boolean): void {
  const { offsets, ids } = ctx.graph.attrItems;
  const held = (a: number) => offsets[a + 1] - offsets[a];
  const unmet: number[] = [];
  // Its few films lean the whole catalog (see rareWishes).
  if (few) openCandidates(ctx, state, allItems(ctx.graph));
  for (const a of attrs.length > 1 ? [...attrs].sort((x, y) => held(y) - held(x)) : attrs) {
    if (state.asked[a] && state.accepted.includes(a)) continue;
    if (state.opened && tooFew(ctx, state, a)) {
      leanTowards(ctx, state, a);
      unmet.push(a);
      continue;
    }
    state.asked[a] = 1;
    state.stated.push(a);
    state.accepted.push(a);
    if (!state.opened) openCandidates(ctx, state, ids.subarray(offsets[a], offsets[a + 1]));
    else {
      requireAttribute(ctx, state, a);
      scoreAttribute(ctx, state, a, 1);
    }
  }
  if (unmet.length > 0) state.critiqued = { lifted: [], unmet };
}

/**
 * Every item holding what the user required was turned down ("a feel-good movie": four films, then "show me
 * more"): what was stated or wanted becomes a leaning (still in the scores, no longer a filter), and the
 * candidates are rebuilt without it, so the conversation goes on with the nearest others rather than ending.
 * Required nothing, the answers had narrowed the candidates to those turned down ("a silly comedy", two films,
 * then "I loved 50 First Dates"): rebuilt, the answers' evidence ranks the nearest others first.
 */
function relaxRequired(ctx: DialogueContext, state: DialogueState): void {
  const required = [...new Set([...state.stated, ...state.wanted.flat()])];
  state.stated.length = 0;
  state.wanted.length = 0;
  reopen(ctx, state);
  if (required.length > 0) state.critiqued = { lifted: state.critiqued?.lifted ?? [], unmet: state.critiqued?.unmet ?? [], exhausted: required };
}

/**
 * In an opening that names films liked, the wishes less than a slate of the catalog holds ("Epic movies? The Lord
 * of the Rings is my favorite"): required, such a wish would keep out the films' own neighbours. It leans instead,
 * and the first slate shows its few films with the nearest others. None in any other act.
 */
function rareWishes(ctx: DialogueContext, act: UserAct): number[] {
  if (act.kind !== "inform-items" || !act.stated || act.liked.length === 0) return [];
  const { offsets } = ctx.graph.attrItems;
  return act.accept.filter((a) => offsets[a + 1] - offsets[a] < ctx.config.slateSize);
}

/** The first slate after `rareWishes`: every film of them, then the best of the rest, each in belief order. */
function wishedFirst(ctx: DialogueContext, state: DialogueState, rare: readonly number[]): Int32Array {
  const holds = ctx.scratch.holds;
  holds.fill(0, 0, state.n);
  for (const a of rare) markHolders(ctx, state, a, 1, holds);
  const size = Math.min(ctx.config.slateSize, state.n);
  const out = new Int32Array(size);
  let o = 0;
  for (let r = 0; r < state.n && o < size; r++) if (holds[state.order[r]]) out[o++] = state.cand[state.order[r]];
  for (let r = 0; r < state.n && o < size; r++) if (!holds[state.order[r]]) out[o++] = state.cand[state.order[r]];
  return out;
}

/** Whether keeping to `a` would leave no candidate, or less than a slate of a set that fills one. */
function tooFew(ctx: DialogueContext, state: DialogueState, a: number): boolean {
  const holders = markAny(ctx, state, [a]);
  // A capped set (candidate-cap.ts) may hold few while its pool holds more: the retrieval at the end of the turn brings them.
  if (state.retrieval) return holders === 0 && !poolHolds(ctx, state, [a]);
  return holders === 0 || (holders < ctx.config.slateSize && state.n >= ctx.config.slateSize);
}

/**
 * Marks the attribute, or every attribute of the type, as asked: the policies only ask attributes not yet
 * asked, and the evidence and scores stay exactly as they were.
 */
function markIndifferent(ctx: DialogueContext, state: DialogueState, attribute: number | undefined, type: number | undefined): void {
  if (attribute !== undefined) state.asked[attribute] = 1;
  if (type === undefined) return;
  const { offsets, ids } = ctx.graph.attrTypes;
  for (let a = 0; a < ctx.graph.nAttributes; a++) {
    for (let e = offsets[a]; e < offsets[a + 1]; e++) if (ids[e] === type) state.asked[a] = 1;
  }
}

function end(state: DialogueState, reason: EndReason, item?: number): SystemAct {
  state.done = true;
  const act: SystemAct = item === undefined ? { kind: "end", reason } : { kind: "end", reason, item };
  state.last = act;
  return act;
}

/**
 * The best `k` items of the belief as it stands, without a turn (a search box, or scoring logged
 * conversations): a conversation that has not opened yet is opened on the whole catalog.
 */
export function rankNow(ctx: DialogueContext, state: DialogueState, k: number): Int32Array {
  if (!state.opened) {
    openCandidates(ctx, state, allItems(ctx.graph));
    removeItems(ctx, state, state.named);
  }
  updateBelief(ctx, state);
  const n = Math.min(k, state.n);
  const out = new Int32Array(n);
  for (let r = 0; r < n; r++) out[r] = state.cand[state.order[r]];
  return out;
}
