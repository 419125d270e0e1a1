import type { Random } from "../random.ts";
import type { Sequences } from "./sequences.ts";

/**
 * One interface for every ranking model (the RecBole shape): train one epoch on per-user train sequences,
 * then score every item for a batch of users given their histories.
 */
export interface Recommender {
  readonly name: string;
  /** One pass over the training data; returns the mean training loss. */
  trainEpoch(train: Sequences, rng: Random): number;
  /**
   * Scores of all items for `users[i]` with history `histories[i]` (time order), written to
   * out[i·nItems .. (i+1)·nItems). Higher is better.
   */
  score(users: Int32Array, histories: readonly Int32Array[], out: Float32Array): void;
  /** Item vectors for retrieval (scored by inner product with a query vector); null when the model has none. */
  itemVectors(): { dim: number; data: Float32Array } | null;
  /** Serialisable state: a JSON header and the flat parameters. */
  save(): { kind: string; config: unknown; params: Float32Array };
}
