import type { SystemAct } from "./acts.ts";

/** An external per-user item prior mixed into the ranking (e.g. a sequence model's scores). */
export interface ItemPrior {
  /** One score per item of the graph; with `items`, the score of `items[j]` at j. */
  readonly scores: Float32Array;
  /** A sparse prior's items, ascending (a large catalog keeps only its best); absent: dense. */
  readonly items?: Int32Array;
  /** A sparse prior's score for every item not in `items`. */
  readonly rest?: number;
  readonly weight: number;
}

/** The prior's score of one item. */
export function priorScore(prior: ItemPrior, item: number): number {
  const { items, scores } = prior;
  if (!items) return scores[item];
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = items[mid];
    if (v === item) return scores[mid];
    if (v < item) lo = mid + 1;
    else hi = mid - 1;
  }
  return prior.rest ?? 0;
}

/** Where a capped candidate set was retrieved (agents/dialogue/candidate-cap.ts): the evidence it had seen. */
export interface Retrieval {
  readonly answers: number;
  readonly named: number;
  /** Stated attributes and wanted sets: hard constraints that narrow the pool. */
  readonly required: number;
  /** The named items' profile mean over the set they were named among (NaN: none), kept for later retrievals. */
  readonly profileMean: number;
  /**
   * The user's attribute profile mean over the opening's pool (NaN: none): later retrievals weigh the profile
   * by it, as an uncapped conversation keeps the scores its opening gave.
   */
  readonly openingProfileMean: number;
}

/** One piece of evidence about an attribute: a yes/no answer, a choice option, or a critique. */
export interface Answer {
  readonly attribute: number;
  readonly yes: boolean;
}

/**
 * The dialogue state: what the user said so far and the candidates with their beliefs.
 * Candidate arrays are aligned by position k < n: item, evidence (log-likelihood of the
 * answers), model score, and the normalized belief; `order` lists positions best first.
 */
export interface DialogueState {
  readonly user: number;
  /** The per-user item prior; replaced when the user names items they like (agents/dialogue/anchors.ts). */
  prior: ItemPrior | null;
  /** The turn of the system's next act (the user's opening is turn 1). */
  turn: number;
  /** The turn of the latest slate (1 before any): a conversation without a last turn paces itself from it. */
  slateTurn: number;
  /** Attributes the user stated or answered yes to, in order. */
  readonly accepted: number[];
  readonly rejected: number[];
  /** Attributes the user stated (or asked more of in a critique): hard constraints. */
  readonly stated: number[];
  /** Hard constraints from critiques: every candidate holds one attribute of each set ("older": one of the earlier decades)… */
  readonly wanted: (readonly number[])[];
  /** …and none of these ("less violent", "not animated"). */
  readonly excluded: number[];
  /** What the latest act's critiques did, for the reply; null when it held none. */
  critiqued: CritiqueOutcome | null;
  readonly answers: Answer[];
  /** 1 for attributes already asked, stated or answered. */
  readonly asked: Uint8Array;
  readonly rejectedItems: number[];
  /** Items the user named: liked, disliked, and every named item (never recommended). */
  readonly liked: number[];
  readonly disliked: number[];
  readonly named: number[];
  /** The user wants no sequels: the series of liked items are kept out (`UserAct.noSeries`). */
  noSeries: boolean;
  /** Candidate item -> the liked item it ranks highest among the neighbours of, for the slate's path facts. */
  readonly anchorOf: Map<number, { readonly anchor: number; readonly rank: number }>;
  /** False until the first act fixes the starting candidates. */
  opened: boolean;
  /** Set while the candidates are the best `candidateCap` of a larger pool; null when they are the whole pool. */
  retrieval: Retrieval | null;
  n: number;
  /** The candidate items, ascending: every step that narrows them keeps their order (markHolders relies on it). */
  cand: Int32Array;
  evidence: Float32Array;
  score: Float32Array;
  belief: Float64Array;
  order: Int32Array;
  last: SystemAct | null;
  done: boolean;
}

export function newDialogue(nAttributes: number, user = -1, prior: ItemPrior | null = null): DialogueState {
  return {
    user,
    prior,
    turn: 1,
    slateTurn: 1,
    accepted: [],
    rejected: [],
    stated: [],
    wanted: [],
    excluded: [],
    critiqued: null,
    answers: [],
    asked: new Uint8Array(nAttributes),
    rejectedItems: [],
    liked: [],
    disliked: [],
    named: [],
    noSeries: false,
    anchorOf: new Map(),
    opened: false,
    retrieval: null,
    n: 0,
    cand: new Int32Array(0),
    evidence: new Float32Array(0),
    score: new Float32Array(0),
    belief: new Float64Array(0),
    order: new Int32Array(0),
    last: null,
    done: false,
  };
}

/** What a critique changed beyond its own constraint, so the reply can say it. */
export interface CritiqueOutcome {
  /** Earlier constraints and answers it overrode ("less Children" after asking for Children). */
  readonly lifted: readonly number[];
  /** Attributes of the critique it could not honour: no candidate would have been left. */
  readonly unmet: readonly number[];
  /** Required attributes whose every item was turned down: now leanings, so the conversation goes on. */
  readonly exhausted?: readonly number[];
}

/** What the user asked for, each once: an attribute said twice is in `accepted` twice (its evidence counts each time) but is said once. */
export function askedFor(state: DialogueState): number[] {
  return [...new Set(state.accepted)];
}

/** Item at rank r of the current belief. */
export function ranked(state: DialogueState, r: number): number {
  return state.cand[state.order[r]];
}
