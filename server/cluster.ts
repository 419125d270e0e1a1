/**
 * `pathwise serve --workers N`: N server processes on one port (node:cluster), so a multi-core
 * machine serves conversations on every core. The primary trains whatever the workspace lacks (and
 * waits for it, so every worker loads the same models) and migrates the database once, then forks the workers; each is an ordinary `startServer`. They share
 * the database: a WebSocket connection stays with its worker, and a session whose acts arrive at
 * another worker (REST, a resume) is caught up from the stored turns, as across restarts.
 *
 * The primary restarts a worker that dies, sums every worker's metrics for `/metrics`, and on
 * SIGTERM or SIGINT lets each worker shut down gracefully before it exits. Workers exit at once
 * when the primary dies (node:cluster), so a killed server leaves nothing serving.
 */
import cluster, { type Worker } from "node:cluster";
import type { Logger } from "pino";
import type { ServerConfig } from "./config.ts";
import { checkPort, openServing, warnIfOpen } from "./server.ts";
import { serveClusterMetrics } from "./metrics.ts";

/** What a worker tells the primary once it listens, and what the primary tells a worker to stop. */
export const WORKER_LISTENING = "pathwise:listening";
export const SHUTDOWN = "pathwise:shutdown";

/** A worker dying this soon after its start, this many times running, is a crash loop: stop restarting it. */
const MIN_UPTIME_MS = 5000;
const MAX_QUICK_DEATHS = 3;

export interface RunningCluster {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function startCluster(config: ServerConfig, log: Logger): Promise<RunningCluster> {
  const startedAt = Date.now();
  // A port already taken stops the start before the database is created or migrated.
  await checkPort(config.host, config.port);
  const prepared = await openServing(config, log);
  await prepared.models.train();
  await prepared.engine.close();
  await prepared.store.close();
  serveClusterMetrics();

  let closing = false;
  const started = new Map<Worker, number>();
  const quickDeaths = new Array<number>(config.workers).fill(0);
  const fork = (index: number) => {
    const worker = cluster.fork({ PATHWISE_WORKER_INDEX: String(index) });
    started.set(worker, Date.now());
    worker.once("exit", (code, signal) => {
      const uptime = Date.now() - (started.get(worker) ?? 0);
      started.delete(worker);
      if (closing) return;
      quickDeaths[index] = uptime < MIN_UPTIME_MS ? quickDeaths[index] + 1 : 0;
      if (quickDeaths[index] >= MAX_QUICK_DEATHS) {
        log.error({ worker: index, code, signal }, "a worker keeps dying right after starting; not restarting it");
        return;
      }
      log.error({ worker: index, code, signal }, "a worker died; restarting it (its sessions resume from the database)");
      fork(index);
    });
    return worker;
  };

  const listening = Array.from({ length: config.workers }, (_, i) => {
    const worker = fork(i);
    return new Promise<{ url: string; port: number }>((resolve, reject) => {
      worker.on("message", (m: { type?: string; url?: string; port?: number }) => {
        if (m?.type === WORKER_LISTENING) resolve({ url: m.url!, port: m.port! });
      });
      worker.once("exit", (code) => reject(new Error(`worker ${i} exited with ${code} before listening`)));
    });
  });
  const { url, port } = (await Promise.all(listening))[0];
  warnIfOpen(config, log);
  log.info({ url, port, workers: config.workers, catalog: prepared.catalog.name, items: prepared.graph.nItems, db: prepared.db, ms: Date.now() - startedAt }, "listening");

  return {
    url,
    port,
    async close() {
      closing = true;
      const workers = [...started.keys()];
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve) => {
              if (w.isDead()) return resolve();
              w.once("exit", () => resolve());
              w.send({ type: SHUTDOWN });
            }),
        ),
      );
      log.info("stopped");
    },
  };
}
