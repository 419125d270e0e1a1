import type { SplitName } from "../../graph/types.ts";
import type { NeighbourSource } from "../ranking/item-neighbours.ts";

/** One evaluation run: plain data, so it crosses to worker threads and into the JSON result. */
export interface EvalSettings {
  readonly data: string;
  readonly split: SplitName;
  readonly policy: string;
  /** Per-answer flip rate of the simulated user. */
  readonly noise: number;
  readonly multiChoice: boolean;
  readonly likeEdges: boolean;
  readonly seed: number;
  /** Last turn an impatient user stays for (15 = the full protocol). */
  readonly maxTurn: number;
  readonly critique: boolean;
  /** Probability that the simulated user answers a question "doesn't matter" (0 or absent: never). */
  readonly dontCare?: number;
  /** Play only the first N pairs of the split (quick checks; full runs leave it unset). */
  readonly limit?: number;
  /** Flip rate the system's belief assumes; defaults to the simulated noise. */
  readonly assumedNoise?: number;
  /** Weight of the sequence model's scores for users with a train history (as `serve --seq-weight`); 0 or absent: off. */
  readonly seqWeight?: number;
  /** The system gets no user id: no history prior, no user lookup of any kind. */
  readonly anonymous?: boolean;
  /** What the simulated user says first: the target's attribute (default), items of their history, or both. */
  readonly opening?: "attribute" | "item" | "both";
  /** Items named by an item opening (default 2). */
  readonly openingItems?: number;
  /** Item vectors the similarity index is built from (default: the served default). */
  readonly neighbours?: NeighbourSource;
  /** Most candidates a conversation holds (DialogueConfig.candidateCap; 0: no cap; absent: the default). */
  readonly candidateCap?: number;
  /** Tuning knobs for the policy and the dialogue (validation-split experiments). */
  readonly tuning?: Readonly<Record<string, number>>;
}
