import type { Graph } from "../../graph/types.ts";
import type { PreferenceModel } from "../ranking/preference.ts";
import type { Policy } from "./policy.ts";
import { ItemCodes } from "../ranking/item-codes.ts";
import { AttributeProfile } from "../ranking/profile.ts";
import { DotCache } from "./dot-cache.ts";
import type { DialogueState, ItemPrior } from "./state.ts";

export interface DialogueConfig {
  /** Question form: yes/no on one attribute, or multiple choice over one attribute type. */
  readonly questions: "yesno" | "choice";
  /** Last turn of a conversation; the user's opening is turn 1. */
  readonly maxTurns: number;
  readonly slateSize: number;
  /** Values offered by a multiple-choice question. */
  readonly choiceOptions: number;
  /** Flip rate the belief assumes for answers (a "yes" is evidence, not a certainty). */
  readonly assumedNoise: number;
  /** Weight of the preference model's score in the belief's log-odds. */
  readonly scoreWeight: number;
  /** Candidates whose evidence falls this far (natural log) below the best are dropped. */
  readonly pruneLogOdds: number;
  /** Use the user -> attribute `like` edges (LastFM*) in scoring. */
  readonly likeEdges: boolean;
  /** Log-odds per liked attribute an item holds. */
  readonly likeWeight: number;
  /** Leave out the items a known user already interacted with (train split). */
  readonly excludeSeen: boolean;
  /**
   * Weight in the model scores of the user's attribute profile (agents/ranking/profile.ts), taken
   * relative to its mean over the opening candidates; 0: off. Unset, the weight chosen with the
   * preference model (PreferenceInfo.profileWeight).
   */
  readonly profileWeight: number;
  /** Log-odds added to the nearest neighbour of a liked item, falling linearly to 0 at `similarK`. */
  readonly similarWeight: number;
  /** Neighbours retrieved per named item. */
  readonly similarK: number;
  /** The same push-down for the neighbours of a disliked item. */
  readonly dislikeWeight: number;
  /** Weight of the named items' attribute profile (as `profileWeight`, relative to its mean over the candidates). */
  readonly namedProfileWeight: number;
  /** As `similarWeight`, for items mentioned with a named one in logged conversations. */
  readonly comentionWeight: number;
  /** As `similarWeight`, for the other films of a liked film's series ("Iron Man 2" after "Iron Man"). */
  readonly seriesWeight: number;
  /** Weight of log(1 + times suggested in logged conversations) in the model scores. */
  readonly logPopularityWeight: number;
  /**
   * Most candidates a conversation holds (agents/dialogue/candidate-cap.ts): a larger set keeps its best
   * this many by the belief and retrieves again as evidence arrives; 0: no cap. Smaller catalogs never reach it.
   */
  readonly candidateCap: number;
}

/**
 * Turns left including this one: to the conversation's last turn, or, for one without a last turn (a person's),
 * to the protocol's fifteenth since the latest slate, so a person is shown a slate as often as a simulated user.
 */
export function turnsLeft(config: DialogueConfig, state: DialogueState): number {
  const last = Number.isFinite(config.maxTurns) ? config.maxTurns : state.slateTurn + DEFAULT_CONFIG.maxTurns - 1;
  return last - state.turn + 1;
}

export const DEFAULT_CONFIG: DialogueConfig = {
  questions: "yesno",
  maxTurns: 15,
  slateSize: 10,
  choiceOptions: 4,
  assumedNoise: 0,
  scoreWeight: 0.5,
  pruneLogOdds: Math.log(100),
  likeEdges: false,
  likeWeight: 0.5,
  excludeSeen: true,
  profileWeight: 0,
  similarWeight: 2,
  similarK: 100,
  dislikeWeight: 1,
  namedProfileWeight: 1,
  // Chosen on ReDial (3 folds of the 900 shared dialogues, each learning from the other two):
  // `pathwise eval-dialogues --folds 3`, README.
  comentionWeight: 6,
  logPopularityWeight: 6,
  seriesWeight: 12,
  candidateCap: 10_000,
};

/** Per-thread buffers reused by every turn (turns run one at a time per thread). */
export interface Scratch {
  /** Belief mass per attribute over the candidates; only `touched[0..nTouched)` are non-zero. */
  readonly attrMass: Float64Array;
  readonly touched: Int32Array;
  nTouched: number;
  readonly itemMark: Uint8Array;
  /** Per candidate position: bit j set when the candidate holds the j-th attribute asked about (`markHolders`). */
  readonly holds: Uint16Array;
  /** Per item: a score change waiting to be applied to the candidates (zero between uses). */
  readonly itemDelta: Float32Array;
}

/** The items most like a given one, best first (an HNSW index over item vectors: agents/ranking/item-neighbours.ts). */
export interface ItemNeighbours {
  neighbours(item: number, k: number): Int32Array;
}

/** A sequence model's scores for a known user's history followed by the items they named (null: nothing to say). */
export interface SessionPrior {
  forSession(user: number, named: readonly number[]): ItemPrior | null;
}

/** Conversation logs: items mentioned together (neighbours) and log(1 + times suggested) per item. */
export interface ConversationLog extends ItemNeighbours {
  readonly popularity: Float32Array;
}

/** What named items reach besides the graph: their neighbours, a sequence model, conversation logs; each may be absent. */
export interface Anchoring {
  readonly neighbours: ItemNeighbours | null;
  readonly session: SessionPrior | null;
  readonly log?: ConversationLog | null;
  /** The other films of a named film's series (agents/language/series.ts). */
  readonly series?: ItemNeighbours | null;
}

/** Everything a turn reads besides the state: the catalog, the models, the policy and the settings. */
export interface DialogueContext {
  readonly graph: Graph;
  readonly model: PreferenceModel | null;
  readonly policy: Policy;
  readonly config: DialogueConfig;
  /** log(1 + train interactions) per item. */
  readonly popularity: Float32Array;
  readonly profile: AttributeProfile;
  /** The model's user and attribute dot products, memoized across the sessions of this context; null without a model. */
  readonly dots: DotCache | null;
  /** The model's item vectors as int8 codes, for retrievals over a catalog larger than the cap; null otherwise. */
  readonly codes: ItemCodes | null;
  readonly anchoring: Anchoring;
  readonly scratch: Scratch;
}

export function createContext(
  graph: Graph,
  model: PreferenceModel | null,
  policy: Policy,
  config: Partial<DialogueConfig> = {},
  anchoring: Anchoring = { neighbours: null, session: null },
): DialogueContext {
  const popularity = new Float32Array(graph.nItems);
  const off = graph.itemUsers.offsets;
  for (let i = 0; i < graph.nItems; i++) popularity[i] = Math.log1p(off[i + 1] - off[i]);
  const settings: DialogueConfig = { ...DEFAULT_CONFIG, profileWeight: model?.info.profileWeight ?? 0, ...config };
  const codes = model && settings.candidateCap > 0 && model.nItems > settings.candidateCap ? new ItemCodes(model) : null;
  return {
    graph,
    model,
    policy,
    config: settings,
    popularity,
    profile: new AttributeProfile(graph),
    dots: model ? new DotCache(model) : null,
    codes,
    anchoring,
    scratch: {
      attrMass: new Float64Array(graph.nAttributes),
      touched: new Int32Array(graph.nAttributes),
      nTouched: 0,
      itemMark: new Uint8Array(graph.nItems),
      holds: new Uint16Array(graph.nItems),
      itemDelta: new Float32Array(graph.nItems),
    },
  };
}

/** Log-likelihood ratio of one answer under the assumed flip rate (finite even at rate 0). */
export function answerLogOdds(config: DialogueConfig): number {
  const e = Math.min(Math.max(config.assumedNoise, 1e-4), 0.49);
  return Math.log((1 - e) / e);
}
