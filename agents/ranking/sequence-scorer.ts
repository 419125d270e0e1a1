import { SPLIT, type Graph } from "../../graph/types.ts";
import type { Recommender } from "./model.ts";
import { loadModel } from "./model-store.ts";
import { userSequences, type Sequences } from "./sequences.ts";
import path from "node:path";

/** Names under which `pathwise train` stores sequence models, in serving preference. */
export const SEQUENCE_MODEL_NAMES = ["sasrec", "gru4rec"] as const;

/**
 * What the dialogue and the server use: the trained sequence model of a workspace, scoring every item
 * for a history of item ids (time order). `score` returns null for an empty history (a cold start:
 * the sequence model has nothing to say).
 */
export interface SequenceScorer {
  readonly name: string;
  readonly nItems: number;
  /** Scores for all items (higher is better), written into `out` when given (length nItems). */
  score(history: Int32Array, out?: Float32Array): Float32Array | null;
}

/** The workspace's stored sequence model (SASRec first, then GRU4Rec), or null when none is trained. */
export function loadSequenceScorer(workspace: string, nItems?: number): SequenceScorer | null {
  for (const name of SEQUENCE_MODEL_NAMES) {
    const loaded = loadModel(path.join(workspace, "models"), name);
    if (!loaded) continue;
    const cfg = loaded.meta.config as { nItems: number };
    if (nItems !== undefined && cfg.nItems !== nItems) continue;
    return scorerFor(loaded.model, cfg.nItems);
  }
  return null;
}

export function scorerFor(model: Recommender, nItems: number): SequenceScorer {
  const user = new Int32Array(1);
  return {
    name: model.name,
    nItems,
    score(history, out) {
      if (history.length === 0) return null;
      const o = out ?? new Float32Array(nItems);
      model.score(user, [history], o);
      return o;
    },
  };
}

/** Train-split sequences of a workspace graph (what models may learn from, and each user's serving history). */
export function trainSequences(g: Graph): Sequences {
  const split = g.interactions.split;
  return userSequences(g.interactions, g.nUsers, g.nItems, (r) => split[r] === SPLIT.train);
}
