import { row, SPLIT, type Graph } from "../../graph/types.ts";
import { createContext, type DialogueConfig, type DialogueContext, type SessionPrior } from "../dialogue/context.ts";
import { defaultNeighbourSource, openItemNeighbours } from "../ranking/item-neighbours.ts";
import { catalogSeries } from "../language/series.ts";
import { newDialogue, type ItemPrior } from "../dialogue/state.ts";
import { turn } from "../dialogue/turn.ts";
import { policyByName } from "../policies/index.ts";
import type { PreferenceModel } from "../ranking/preference.ts";
import { Random } from "../random.ts";
import { drive, type Conversation } from "../simulator/drive.ts";
import { simulatedUser } from "../simulator/user.ts";
import type { Outcomes } from "./metrics.ts";
import type { EvalSettings } from "./settings.ts";

/** The (user, target item) pairs of a split, in the workspace's order. */
export interface Pairs {
  readonly user: Int32Array;
  readonly item: Int32Array;
}

/** The pairs an evaluation plays: the split's, or its first `limit`. */
export function evalPairs(g: Graph, s: EvalSettings): Pairs {
  const all = splitPairs(g, s.split);
  if (s.limit === undefined || s.limit >= all.user.length) return all;
  return { user: all.user.subarray(0, s.limit), item: all.item.subarray(0, s.limit) };
}

export function splitPairs(g: Graph, split: keyof typeof SPLIT): Pairs {
  const code = SPLIT[split];
  const ix = g.interactions;
  let n = 0;
  for (let k = 0; k < ix.split.length; k++) if (ix.split[k] === code) n++;
  const user = new Int32Array(n);
  const item = new Int32Array(n);
  n = 0;
  for (let k = 0; k < ix.split.length; k++) {
    if (ix.split[k] !== code) continue;
    user[n] = ix.user[k];
    item[n++] = ix.item[k];
  }
  return { user, item };
}

const CONFIG_KEYS = ["scoreWeight", "pruneLogOdds", "likeWeight", "profileWeight", "similarWeight", "similarK", "dislikeWeight", "namedProfileWeight"] as const;

/**
 * The dialogue context an evaluation runs: policy by name, questions and noise model from the settings;
 * with item openings, the item-similarity index and the sequence model over the named items.
 */
export function evalContext(g: Graph, model: PreferenceModel, s: EvalSettings, session: SessionPrior | null = null): DialogueContext {
  const config: Partial<{ -readonly [K in keyof DialogueConfig]: DialogueConfig[K] }> = {
    questions: s.multiChoice ? "choice" : "yesno",
    assumedNoise: s.assumedNoise ?? s.noise,
    likeEdges: s.likeEdges,
  };
  for (const k of CONFIG_KEYS) if (s.tuning?.[k] !== undefined) config[k] = s.tuning[k];
  if (s.candidateCap !== undefined) config.candidateCap = s.candidateCap;
  const named = (s.opening ?? "attribute") !== "attribute";
  const neighbours = named ? openItemNeighbours(s.data, g, s.neighbours ?? defaultNeighbourSource(s.data, g)) : null;
  const series = named ? catalogSeries(g) : null;
  return createContext(g, model, policyByName(s.policy, s.tuning, { workspace: s.data }), config, { neighbours, session: named ? session : null, series });
}

/** Per-user item priors mixed into the ranking (the sequence model: `SequencePrior`). */
export interface Priors {
  for(user: number): ItemPrior | null;
}

/** The engine in this thread, reached through the same interface a remote server would be. */
export function localConversation(ctx: DialogueContext, user: number, prior: ItemPrior | null = null): Conversation {
  const state = newDialogue(ctx.graph.nAttributes, user, prior);
  return { send: (act) => turn(ctx, state, act) };
}

/**
 * Plays episodes `first, first + stride, …` of the pairs into `out`. Episode k draws from its own
 * seeded stream, so results do not depend on how episodes are spread over workers.
 */
export function runEpisodes(
  ctx: DialogueContext,
  pairs: Pairs,
  s: EvalSettings,
  first: number,
  stride: number,
  out: Outcomes,
  priors: Priors | null,
  onProgress?: (done: number) => void,
): void {
  const options = { noise: s.noise, maxTurn: s.maxTurn, critique: s.critique, dontCare: s.dontCare ?? 0 };
  const g = ctx.graph;
  const anonymous = s.anonymous || s.opening === "item";
  let done = 0;
  for (let k = first; k < pairs.user.length; k += stride) {
    const rng = Random.stream(s.seed, k);
    const u = pairs.user[k];
    const opening = { kind: s.opening ?? "attribute", history: row(g.userItems, u), items: s.openingItems ?? 2 };
    const user = simulatedUser(g, pairs.item[k], rng, { ...options, opening });
    const r = drive(user, anonymous ? localConversation(ctx, -1) : localConversation(ctx, u, priors?.for(u) ?? null));
    out.turn[k] = r.success ? r.turn : 0;
    out.rank[k] = r.rank;
    if (++done % 200 === 0) onProgress?.(200);
  }
  onProgress?.(done % 200);
}
