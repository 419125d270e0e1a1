import { parentPort, workerData } from "node:worker_threads";
import { loadGraph } from "../../graph/workspace.ts";
import type { BackgroundJob, TrainableModel, TrainingMessage } from "./background-training.ts";
import { ensurePreference } from "./preference-store.ts";
import { ensureSequenceModel } from "./sequence-prior.ts";

/** The missing models of a workspace, trained and saved one after the other (background-training.ts). */
const job = (workerData as { data: BackgroundJob }).data;
const port = parentPort!;
const post = (m: TrainingMessage) => port.postMessage(m);
const g = loadGraph(job.workspace);

for (const model of job.models) {
  const started = performance.now();
  const log = (message: string, fields?: Record<string, unknown>) => post({ kind: "log", model, message, fields });
  if (model === "preference") {
    const onEpoch = (epoch: number, loss: number) => log("preference epoch", { epoch, loss: +loss.toFixed(4) });
    ensurePreference(job.workspace, g, { ...job.preference, onEpoch }, (variant, auc) => log("preference variant", { variant, validAuc: +auc.toFixed(4) }));
  } else {
    await ensureSequenceModel(job.workspace, g, { quick: job.quick, log });
  }
  post({ kind: "ready", model, seconds: +((performance.now() - started) / 1000).toFixed(1) });
}
