/**
 * Trains a workspace's missing models on a worker thread, so a server answers while they train:
 * the preference model first (the dialogue's item scores), then the sequence model (SASRec+CFT).
 * Each is saved to the workspace as usual; `onReady` names it once it is on disk, for the caller to
 * load and swap in. One thread, one model at a time: the serving thread keeps the other core.
 */
import type { Worker } from "node:worker_threads";
import { spawnWorker } from "../workers/spawn.ts";
import type { PreferenceTrainOptions } from "./preference-train.ts";

export type TrainableModel = "preference" | "sequence";

/** What the worker is told (plain data: it crosses to the thread). */
export interface BackgroundJob {
  readonly workspace: string;
  /** In training order. */
  readonly models: readonly TrainableModel[];
  /** Options of the preference model (epochs, dim); {} for the defaults. */
  readonly preference: Pick<PreferenceTrainOptions, "epochs" | "dim">;
  /** One epoch of the sequence model (tests, demos). */
  readonly quick: boolean;
}

/** Messages from the worker. */
export type TrainingMessage =
  | { kind: "log"; model: TrainableModel; message: string; fields?: Record<string, unknown> }
  | { kind: "ready"; model: TrainableModel; seconds: number };

export interface TrainingHooks {
  onLog(model: TrainableModel, message: string, fields?: Record<string, unknown>): void;
  onReady(model: TrainableModel, seconds: number): void;
}

export interface BackgroundTraining {
  /** Settles once every model is ready; rejects when the worker fails (the models not ready stay missing). */
  readonly done: Promise<void>;
  /** Stops the worker (a model mid-training is dropped; nothing half-written is left, saves are renames). */
  stop(): Promise<void>;
}

export function trainInBackground(job: BackgroundJob, hooks: TrainingHooks): BackgroundTraining {
  const worker: Worker = spawnWorker(new URL("./train-missing-worker.ts", import.meta.url), job);
  let stopped = false;
  const done = new Promise<void>((resolve, reject) => {
    worker.on("message", (m: TrainingMessage) => {
      if (m.kind === "log") hooks.onLog(m.model, m.message, m.fields);
      else hooks.onReady(m.model, m.seconds);
    });
    worker.on("error", reject);
    worker.on("exit", (code) => (code === 0 || stopped ? resolve() : reject(new Error(`the training thread exited with code ${code}`))));
  });
  return {
    done,
    async stop() {
      stopped = true;
      await worker.terminate();
    },
  };
}
