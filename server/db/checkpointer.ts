/**
 * Runs SQLite's WAL checkpoints on a worker thread. Left to the committing connection, a checkpoint
 * copies thousands of pages and syncs the file inside some unlucky turn's commit (measured: commit
 * p99 12 ms with automatic checkpoints, 2.8 ms without), stalling every conversation on that event loop.
 */
import type { Worker } from "node:worker_threads";
import { spawnWorker } from "../../agents/workers/spawn.ts";

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(file: string, everyMs = 250): Checkpointer {
  const worker: Worker = spawnWorker(new URL("./checkpoint-worker.ts", import.meta.url), { file, everyMs });
  worker.unref();
  let stopped: Promise<void> | null = null;
  return {
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        const done = () => {
          worker.terminate().then(() => resolve(), () => resolve());
        };
        worker.once("message", done);
        worker.once("error", done);
        worker.once("exit", () => resolve());
        worker.postMessage("stop");
      });
      return stopped;
    },
  };
}
