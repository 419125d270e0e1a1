import { Worker } from "node:worker_threads";

const boot = new URL("./boot.mjs", import.meta.url);

/**
 * Starts a worker thread running a TypeScript module. `entry` is the module's URL
 * (usually `new URL("./x-worker.ts", import.meta.url)`); `data` reaches it as `workerData.data`.
 */
export function spawnWorker(entry: URL, data: unknown): Worker {
  return new Worker(boot, { workerData: { entry: entry.href, data } });
}
