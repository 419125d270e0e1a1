import type { Worker } from "node:worker_threads";
import type { Graph } from "../../graph/types.ts";
import type { PreferenceModel } from "../ranking/preference.ts";
import { spawnWorker } from "../workers/spawn.ts";
import type { GroupStats } from "./rollout.ts";
import { Shard, type ShardSettings, type ValidSums } from "./shard.ts";

export type WorkerRequest =
  | { kind: "train"; params: Float64Array; epoch: number; episodes: Int32Array; noiseIndex: Uint8Array }
  | { kind: "validate"; params: Float64Array; first: number; stride: number }
  | { kind: "close" };

/** Where rollouts run: in this thread, or spread over worker threads. Results do not depend on which. */
export interface Backend {
  /** Summed gradient and stats over the batch's episodes. */
  train(params: Float64Array, epoch: number, episodes: Int32Array, noiseIndex: Uint8Array): Promise<{ grad: Float64Array; stats: GroupStats }>;
  validate(params: Float64Array): Promise<ValidSums>;
  close(): Promise<void>;
}

export function localBackend(settings: ShardSettings, g: Graph, model: PreferenceModel, foldModel: PreferenceModel): Backend {
  const shard = new Shard(settings, g, model, foldModel);
  return {
    async train(params, epoch, episodes, noiseIndex) {
      const grad = new Float64Array(params.length);
      const stats = { reward: 0, success: 0, turns: 0 };
      shard.train(params, epoch, episodes, noiseIndex, grad, stats);
      return { grad, stats };
    },
    async validate(params) {
      return shard.validate(params, 0, 1);
    },
    async close() {},
  };
}

/** `n` workers, each with its own shard; a batch is dealt out round-robin and summed in worker order. */
export async function workerBackend(settings: ShardSettings, foldModel: PreferenceModel, n: number): Promise<Backend> {
  const entry = new URL("./train-worker.ts", import.meta.url);
  const workers = await Promise.all(
    Array.from({ length: n }, () => {
      const w = spawnWorker(entry, { settings, foldModel });
      return new Promise<Worker>((resolve, reject) => {
        w.once("message", () => resolve(w));
        w.once("error", reject);
      });
    }),
  );
  const ask = <T>(w: Worker, m: WorkerRequest) =>
    new Promise<T>((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      w.once("error", onError);
      w.once("message", (reply: T) => {
        w.off("error", onError);
        resolve(reply);
      });
      w.postMessage(m);
    });
  return {
    async train(params, epoch, episodes, noiseIndex) {
      const replies = await Promise.all(
        workers.map((w, i) => {
          const pick = (a: Int32Array | Uint8Array) => a.filter((_, j) => j % n === i);
          return ask<{ grad: Float64Array; stats: GroupStats }>(w, {
            kind: "train",
            params,
            epoch,
            episodes: pick(episodes) as Int32Array,
            noiseIndex: pick(noiseIndex) as Uint8Array,
          });
        }),
      );
      const grad = new Float64Array(params.length);
      const stats = { reward: 0, success: 0, turns: 0 };
      for (const r of replies) {
        for (let k = 0; k < grad.length; k++) grad[k] += r.grad[k];
        stats.reward += r.stats.reward;
        stats.success += r.stats.success;
        stats.turns += r.stats.turns;
      }
      return { grad, stats };
    },
    async validate(params) {
      const parts = await Promise.all(workers.map((w, i) => ask<ValidSums>(w, { kind: "validate", params, first: i, stride: n })));
      const L = parts[0].reward.length;
      const sum = (key: keyof ValidSums) => {
        const out = new Float64Array(L);
        for (const p of parts) for (let e = 0; e < L; e++) out[e] += p[key][e];
        return out;
      };
      return { reward: sum("reward"), success: sum("success"), turns: sum("turns"), episodes: sum("episodes") };
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
