/**
 * The trained models a server runs with, and their swap. Saved models load at start; missing ones
 * train on a worker thread (agents/ranking/background-training.ts) while conversations run without
 * them, and each is swapped in for new sessions once it is ready.
 *
 * A session keeps the models it opened with: one opened while training runs is pinned, by its seed,
 * to the models of that moment, so rebuilding it in this process (an eviction, a resume) replays its
 * turns exactly as they ran. The pins live in memory; after a restart such a session is rebuilt with
 * the saved models, and the sessions layer logs any replayed act that differs from the stored one.
 */
import type { Logger } from "pino";
import type { Graph } from "../graph/types.ts";
import type { PreferenceModel } from "../agents/ranking/preference.ts";
import { fitsGraph } from "../agents/ranking/preference.ts";
import { loadPreference } from "../agents/ranking/preference-store.ts";
import { loadSequenceScorer } from "../agents/ranking/sequence-scorer.ts";
import { loadSequencePrior, requireTimestamps, type SequencePrior } from "../agents/ranking/sequence-prior.ts";
import { trainInBackground, type BackgroundTraining, type TrainableModel } from "../agents/ranking/background-training.ts";

/** The models one session runs with; either may be absent (not trained yet, or turned off). */
export interface ServingModels {
  readonly preference: PreferenceModel | null;
  readonly sequencePrior: SequencePrior | null;
}

/** Where an engine gets the models of the session with this seed. */
export type ModelsFor = (seed: number) => ServingModels;

/** Preference model training settings of `--quick-train`. */
export const QUICK_TRAIN = { epochs: 2, dim: 16 };

/** Models that never change (tests, tools). */
export function fixedModels(models: ServingModels): ModelsFor {
  return () => models;
}

export interface ServedModelsOptions {
  readonly workspace: string;
  readonly graph: Graph;
  /** The sequence model's weight; 0: off (no sequence model loaded or trained). */
  readonly seqWeight: number;
  /** Preference model options when training (epochs, dim); {} for the defaults. */
  readonly preferenceTraining: { epochs?: number; dim?: number };
  /** Train a missing sequence model for one epoch (tests, demos). */
  readonly quick: boolean;
  readonly log: Logger;
}

export class ServedModels {
  private current: ServingModels;
  private readonly pinned = new Map<number, ServingModels>();
  private readonly missing: TrainableModel[];
  private training: BackgroundTraining | null = null;
  private done: Promise<void> | null = null;

  constructor(private readonly o: ServedModelsOptions) {
    const { workspace, graph, seqWeight } = o;
    if (seqWeight > 0) requireTimestamps(graph);
    const stored = loadPreference(workspace);
    // A model saved before the profile weight existed is missing it: the training thread adds it.
    const preference = stored && fitsGraph(stored, graph) && stored.info.profileWeight !== undefined ? stored : null;
    const hasSequence = seqWeight > 0 && loadSequenceScorer(workspace, graph.nItems) !== null;
    this.current = { preference, sequencePrior: hasSequence ? loadSequencePrior(workspace, graph, seqWeight) : null };
    this.missing = [...(preference ? [] : ["preference" as const]), ...(seqWeight > 0 && !hasSequence ? ["sequence" as const] : [])];
    if (this.current.sequencePrior) o.log.info({ model: this.current.sequencePrior.model, weight: seqWeight }, "sequence model mixed into the ranking");
  }

  /**
   * Starts training the missing models on a worker thread (once); settles when every one is ready.
   * A server calls it once it listens, so the thread's start does not slow the server's.
   */
  train(): Promise<void> {
    if (this.done) return this.done;
    if (this.missing.length === 0) return (this.done = Promise.resolve());
    const { workspace, preferenceTraining, quick, log } = this.o;
    log.info({ training: this.missing }, "training the missing models on a worker thread; sessions opened meanwhile run without them");
    this.training = trainInBackground(
      { workspace, models: this.missing, preference: preferenceTraining, quick },
      {
        onLog: (model, message, fields) => log.info({ model, ...fields }, message),
        onReady: (model, seconds) => this.swapIn(model, seconds),
      },
    );
    this.done = this.training.done.catch((err: Error) => {
      log.error({ err, training: this.missing }, "background training failed; serving without these models");
      this.missing.length = 0;
    });
    return this.done;
  }

  /** The models missing or still training, in training order; empty when none is. */
  get inTraining(): readonly string[] {
    return this.missing;
  }

  /** The models of the session with this seed: its pinned ones, else the current ones (pinned while training runs). */
  readonly for: ModelsFor = (seed) => {
    const pinned = this.pinned.get(seed);
    if (pinned) return pinned;
    if (this.missing.length > 0) this.pinned.set(seed, this.current);
    return this.current;
  };

  async close(): Promise<void> {
    await this.training?.stop();
  }

  private swapIn(model: TrainableModel, seconds: number): void {
    const { workspace, graph, seqWeight, log } = this.o;
    this.missing.splice(this.missing.indexOf(model), 1);
    try {
      if (model === "preference") this.current = { ...this.current, preference: loadPreference(workspace) };
      else this.current = { ...this.current, sequencePrior: loadSequencePrior(workspace, graph, seqWeight) };
    } catch (err) {
      log.error({ err, model }, "cannot load the model just trained; serving without it");
      return;
    }
    log.info({ model, seconds, training: this.missing }, "model trained and swapped in; new sessions use it");
  }
}
