import { parentPort, workerData } from "node:worker_threads";
import { loadGraph } from "../../graph/workspace.ts";
import type { PreferenceModel } from "../ranking/preference.ts";
import { loadPreference } from "../ranking/preference-store.ts";
import { Shard, type ShardSettings } from "./shard.ts";
import type { WorkerRequest } from "./backend.ts";

/** One training worker: builds its shard once, then answers train and validate requests. */
const { settings, foldModel } = (workerData as { data: { settings: ShardSettings; foldModel: PreferenceModel } }).data;
const port = parentPort!;
const g = loadGraph(settings.workspace);
const model = loadPreference(settings.workspace);
if (!model) throw new Error(`${settings.workspace}: no preference model; the main thread trains it before starting workers`);
const shard = new Shard(settings, g, model, foldModel);
port.on("message", (m: WorkerRequest) => {
  if (m.kind === "train") {
    const grad = new Float64Array(m.params.length);
    const stats = { reward: 0, success: 0, turns: 0 };
    shard.train(m.params, m.epoch, m.episodes, m.noiseIndex, grad, stats);
    port.postMessage({ grad, stats }, [grad.buffer]);
  } else if (m.kind === "validate") {
    port.postMessage(shard.validate(m.params, m.first, m.stride));
  } else port.close();
});
port.postMessage({ ready: true });
