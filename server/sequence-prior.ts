/**
 * The sequence model's voice in a served conversation: for a user with a train history, the stored
 * SASRec (or GRU4Rec) scores every item once per user, and the dialogue mixes those scores into its
 * ranking with a configured weight. Scores are cached per user, since one user opens many sessions.
 */
import type { Logger } from "pino";
import type { Graph } from "../graph/types.ts";
import type { ItemPrior } from "../agents/dialogue/state.ts";
import { loadSequenceScorer, trainSequences, type SequenceScorer } from "../agents/ranking/sequence-scorer.ts";
import { sequenceOf, type Sequences } from "../agents/ranking/sequences.ts";
import { trainWorkspace } from "../agents/ranking/train-workspace.ts";
import { CFT_DEFAULTS } from "../agents/ranking/cft.ts";

const CACHED_USERS = 1024;

export class SequencePrior {
  private readonly cache = new Map<number, ItemPrior | null>();

  constructor(
    private readonly scorer: SequenceScorer,
    private readonly histories: Sequences,
    readonly weight: number,
  ) {}

  /** The prior for a user, or null for a cold start (unknown user or no history). */
  for(user: number): ItemPrior | null {
    if (user < 0) return null;
    const hit = this.cache.get(user);
    if (hit !== undefined) return hit;
    const scores = this.scorer.score(sequenceOf(this.histories, user));
    const prior = scores ? { scores, weight: this.weight } : null;
    if (this.cache.size >= CACHED_USERS) this.cache.delete(this.cache.keys().next().value as number);
    this.cache.set(user, prior);
    return prior;
  }
}

/** The prior at `weight`, training SASRec+CFT first when the workspace has no sequence model; null at weight 0. */
export async function openSequencePrior(workspace: string, g: Graph, weight: number, quick: boolean, log: Logger): Promise<SequencePrior | null> {
  if (weight <= 0) return null;
  let scorer = loadSequenceScorer(workspace, g.nItems);
  if (!scorer) {
    if (!g.manifest.hasTimestamps) throw new Error(`a sequence-model weight needs timestamps, and ${g.manifest.name} has none; set it to 0`);
    log.info("training the missing sequence model (sasrec with counterfactual fine-tuning)");
    await trainWorkspace(g, workspace, {
      models: ["sasrec"],
      cft: CFT_DEFAULTS,
      maxEpochs: quick ? 1 : 30,
      patience: 3,
      seed: 1,
      log: (message, fields) => log.info(fields ?? {}, message),
    });
    scorer = loadSequenceScorer(workspace, g.nItems);
    if (!scorer) throw new Error("the sequence model could not be loaded after training");
  }
  log.info({ model: scorer.name, weight }, "sequence model mixed into the ranking");
  return new SequencePrior(scorer, trainSequences(g), weight);
}
