import { row } from "../../graph/types.ts";
import { userAttributeAffinity } from "../ranking/preference.ts";
import type { PathFact, RecommendedItem } from "./acts.ts";
import type { DialogueContext } from "./context.ts";
import { hasAttribute } from "./candidates.ts";
import { askedFor, type DialogueState } from "./state.ts";

/** The slate: the policy's own items, or the best of the belief; each with the facts that explain it. */
export function buildSlate(ctx: DialogueContext, state: DialogueState, items?: Int32Array): RecommendedItem[] {
  const size = Math.min(ctx.config.slateSize, items ? items.length : state.n);
  const out: RecommendedItem[] = [];
  const beliefOf = items ? beliefIndex(state) : null;
  for (let r = 0; r < size; r++) {
    const k = items ? beliefOf!.get(items[r]) ?? -1 : state.order[r];
    const item = items ? items[r] : state.cand[k];
    out.push({ item, probability: k >= 0 ? state.belief[k] : 0, facts: explain(ctx, state, item) });
  }
  return out;
}

/**
 * What a card with no nearer tie to the films liked shares with them: the rarest attribute it holds that one of
 * them holds too (not one asked about), so "why this one?" names the film it follows from ("it is Fantasy like
 * The Lord of the Rings"), not "it ranks high for you".
 */
function sharedWithLiked(ctx: DialogueContext, state: DialogueState, item: number): PathFact | null {
  const { offsets } = ctx.graph.attrItems;
  let best: PathFact | null = null;
  let fewest = Infinity;
  for (const a of row(ctx.graph.itemAttrs, item)) {
    const held = offsets[a + 1] - offsets[a];
    if (state.asked[a] || held >= fewest) continue;
    const anchor = state.liked.find((l) => hasAttribute(ctx.graph, l, a));
    if (anchor === undefined) continue;
    best = { kind: "shares", attribute: a, anchor };
    fewest = held;
  }
  return best;
}

function beliefIndex(state: DialogueState): Map<number, number> {
  const m = new Map<number, number>();
  for (let k = 0; k < state.n; k++) m.set(state.cand[k], k);
  return m;
}

/** The liked item it resembles, accepted attributes the item holds, then its strongest user -> attribute -> item path. */
export function explain(ctx: DialogueContext, state: DialogueState, item: number): PathFact[] {
  const facts: PathFact[] = [];
  const anchor = state.anchorOf.get(item);
  if (anchor) facts.push({ kind: "similar", anchor: anchor.anchor });
  else if (state.liked.length > 0) {
    const shared = sharedWithLiked(ctx, state, item);
    if (shared) facts.push(shared);
  }
  for (const a of askedFor(state)) if (hasAttribute(ctx.graph, item, a)) facts.push({ kind: "accepted", attribute: a });
  if (state.user < 0) return facts;
  const liked = ctx.config.likeEdges ? row(ctx.graph.likes, state.user) : null;
  let best = -1;
  let bestWeight = -Infinity;
  let bestLiked = false;
  for (const a of row(ctx.graph.itemAttrs, item)) {
    if (state.asked[a]) continue;
    const isLiked = liked !== null && liked.includes(a);
    const w = (ctx.model ? userAttributeAffinity(ctx.model, state.user, a) : 0) + (isLiked ? ctx.config.likeWeight : 0);
    if (w > bestWeight) {
      best = a;
      bestWeight = w;
      bestLiked = isLiked;
    }
  }
  if (best >= 0 && (ctx.model || bestLiked)) facts.push({ kind: "path", user: state.user, attribute: best, item, weight: bestWeight, liked: bestLiked });
  return facts;
}
