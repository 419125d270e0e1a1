import type { SystemAct } from "./acts.ts";

/** An external per-user item prior mixed into the ranking (e.g. a sequence model's scores). */
export interface ItemPrior {
  /** One score per item of the graph. */
  readonly scores: Float32Array;
  readonly weight: number;
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
  /** Attributes the user stated or answered yes to, in order. */
  readonly accepted: number[];
  readonly rejected: number[];
  /** Attributes the user stated: hard constraints. */
  readonly stated: number[];
  readonly answers: Answer[];
  /** 1 for attributes already asked, stated or answered. */
  readonly asked: Uint8Array;
  readonly rejectedItems: number[];
  /** Items the user named: liked, disliked, and every named item (never recommended). */
  readonly liked: number[];
  readonly disliked: number[];
  readonly named: number[];
  /** Candidate item -> the liked item it ranks highest among the neighbours of, for the slate's path facts. */
  readonly anchorOf: Map<number, { readonly anchor: number; readonly rank: number }>;
  /** False until the first act fixes the starting candidates. */
  opened: boolean;
  n: number;
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
    accepted: [],
    rejected: [],
    stated: [],
    answers: [],
    asked: new Uint8Array(nAttributes),
    rejectedItems: [],
    liked: [],
    disliked: [],
    named: [],
    anchorOf: new Map(),
    opened: false,
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

/** Item at rank r of the current belief. */
export function ranked(state: DialogueState, r: number): number {
  return state.cand[state.order[r]];
}
