/**
 * The sequence model's voice in a conversation: for a user with a train history, the stored SASRec
 * (or GRU4Rec) scores every item once per user, and the dialogue adds weight × those scores to its
 * ranking (`DialogueState.prior`); over a catalog larger than the candidate cap only the best items
 * and their scores are kept. The server and the evaluation both mix it through this class, so
 * an evaluated weight means what a served one does. Scores are cached per user, since one user opens
 * many sessions.
 */
import type { Graph } from "../../graph/types.ts";
import type { ItemPrior } from "../dialogue/state.ts";
import { DEFAULT_CONFIG, type SessionPrior } from "../dialogue/context.ts";
import { topPositions } from "../top-k.ts";
import { CFT_DEFAULTS } from "./cft.ts";
import { LARGE_CATALOG } from "./preference-store.ts";
import { loadSequenceScorer, trainSequences, type SequenceScorer } from "./sequence-scorer.ts";
import { sequenceOf, type Sequences } from "./sequences.ts";
import { trainWorkspace } from "./train-workspace.ts";

const CACHED_USERS = 1024;

/**
 * The served weight where the workspace has timestamps (`serve` without `--seq-weight`): chosen on
 * MovieLens-small VALID (bench/seq-weight.ts), where 1 raised SR@15 and cut AT for cpr and max-entropy
 * at noise 0 and 0.1, each paired interval clear of zero.
 */
export const DEFAULT_SEQ_WEIGHT = 1;

/**
 * The weight to serve when none is configured: the default where a sequence model can exist, else off;
 * off on a large catalog too, where `pathwise train` builds no sequence model by default (one would
 * otherwise be trained at start-up, for hours).
 */
export function defaultSeqWeight(g: Graph): number {
  return g.manifest.hasTimestamps && g.nItems < LARGE_CATALOG ? DEFAULT_SEQ_WEIGHT : 0;
}

export class SequencePriorError extends Error {}

export class SequencePrior implements SessionPrior {
  private readonly cache = new Map<number, ItemPrior | null>();

  constructor(
    private readonly scorer: SequenceScorer,
    private readonly histories: Sequences,
    readonly weight: number,
    /** A larger catalog keeps only its best this many items per prior (a conversation holds no more candidates). */
    private readonly keep = DEFAULT_CONFIG.candidateCap,
  ) {}

  get model(): string {
    return this.scorer.name;
  }

  /** The prior for a user, or null for a cold start (unknown user or no history). */
  for(user: number): ItemPrior | null {
    if (user < 0 || user >= this.histories.nUsers) return null;
    const hit = this.cache.get(user);
    if (hit !== undefined) return hit;
    const scores = this.scorer.score(sequenceOf(this.histories, user));
    const prior = scores ? this.prior(scores) : null;
    if (this.cache.size >= CACHED_USERS) this.cache.delete(this.cache.keys().next().value as number);
    this.cache.set(user, prior);
    return prior;
  }

  /**
   * The items a user named in a conversation, read as the latest steps of their sequence (after their
   * train history when they have one): an anonymous visitor gets a personal prior from what they name.
   */
  forSession(user: number, named: readonly number[]): ItemPrior | null {
    if (named.length === 0) return this.for(user);
    const history = user >= 0 && user < this.histories.nUsers ? sequenceOf(this.histories, user) : new Int32Array(0);
    const seq = new Int32Array(history.length + named.length);
    seq.set(history);
    seq.set(named, history.length);
    const scores = this.scorer.score(seq);
    return scores ? this.prior(scores) : null;
  }

  /**
   * Dense scores as a prior: whole up to `keep` items, else sparse, the best `keep` with their scores and
   * every other item at the best score left out (none of them ranks above a kept one).
   */
  private prior(scores: Float32Array): ItemPrior {
    if (!(this.keep > 0 && scores.length > this.keep)) return { scores, weight: this.weight };
    const items = topPositions(scores, scores.length, this.keep);
    const kept = new Float32Array(items.length);
    for (let j = 0; j < items.length; j++) kept[j] = scores[items[j]];
    let rest = -Infinity;
    for (let j = 0, i = 0; i < scores.length; i++) {
      if (j < items.length && items[j] === i) j++;
      else if (scores[i] > rest) rest = scores[i];
    }
    return { scores: kept, items, rest, weight: this.weight };
  }
}

export type SequenceLog = (message: string, fields?: Record<string, unknown>) => void;

export interface OpenOptions {
  /** Train a missing model small and fast (one epoch: tests, demos). */
  readonly quick?: boolean;
  /** Training progress and the chosen model. */
  readonly log?: SequenceLog;
}

/** The prior at `weight` from the workspace's stored sequence model; null at weight 0. Never trains. */
export function loadSequencePrior(workspace: string, g: Graph, weight: number): SequencePrior | null {
  if (weight <= 0) return null;
  requireTimestamps(g);
  const scorer = loadSequenceScorer(workspace, g.nItems);
  if (!scorer) throw new SequencePriorError(`${workspace} has no sequence model; train one with \`pathwise train --data ${workspace} --model sasrec --cft\``);
  return new SequencePrior(scorer, trainSequences(g), weight);
}

/** Trains SASRec+CFT when the workspace has no usable sequence model; true when it trained. */
export async function ensureSequenceModel(workspace: string, g: Graph, o: OpenOptions = {}): Promise<boolean> {
  requireTimestamps(g);
  if (loadSequenceScorer(workspace, g.nItems)) return false;
  const log = o.log ?? (() => {});
  log("training the missing sequence model (sasrec with counterfactual fine-tuning)");
  await trainWorkspace(g, workspace, { models: ["sasrec"], cft: CFT_DEFAULTS, maxEpochs: o.quick ? 1 : 30, patience: 3, seed: 1, preference: false, log });
  return true;
}

/** Throws when the workspace has no timestamps, so no sequence model can exist for it. */
export function requireTimestamps(g: Graph): void {
  if (!g.manifest.hasTimestamps) {
    throw new SequencePriorError(`a sequence-model weight needs timestamps, and ${g.manifest.name} has none; set it to 0`);
  }
}
