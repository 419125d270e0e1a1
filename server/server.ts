/**
 * The composition root: workspace, engine, store, sessions, the Hono app and the chat WebSocket on
 * one HTTP server. `startServer` returns once it listens; `close` shuts down gracefully.
 */
import cluster from "node:cluster";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import pino, { type Logger } from "pino";
import type { ServerConfig } from "./config.ts";
import { createEngine } from "./engine.ts";
import { defaultSeqWeight, openSequencePrior } from "../agents/ranking/sequence-prior.ts";
import { ensureLearned } from "../agents/learning/ensure.ts";
import { openStore } from "./db/open.ts";
import { Sessions } from "./sessions/sessions.ts";
import { createMetrics } from "./metrics.ts";
import { createApp } from "./http/app.ts";
import { attachChat } from "./ws/chat.ts";
import { AddressBudget } from "./budget.ts";
import { ConnectionCap } from "./http/connections.ts";
import { startSweeper } from "./db/retention.ts";
import { catalogRecord, defaultDatabase, openWorkspace } from "./workspace.ts";

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly log: Logger;
  close(): Promise<void>;
}

export function serverLogger(level: ServerConfig["logLevel"]): Logger {
  return pino({ level, base: { pid: process.pid } }, pino.destination({ fd: 2, sync: false }));
}

/** What a serving process holds: the workspace, the engine and the store, with missing models trained and the database migrated. */
export async function openServing(config: ServerConfig, log: Logger) {
  const startedAt = Date.now();
  const { dir, graph } = openWorkspace(config.data, (message) => log.info(message));
  const sequencePrior = await openSequencePrior(dir, graph, config.seqWeight ?? defaultSeqWeight(graph), {
    quick: config.quickTrain,
    log: (message, fields) => log.info(fields ?? {}, message),
  });
  if (config.policy === "learned") {
    const onPhase = (phase: string) => log.info({ phase }, "training the missing learned policy");
    const { trained } = await ensureLearned(graph, { workspace: dir, questions: config.questions, noise: config.assumedNoise, workers: 2, onPhase });
    if (trained) log.info({ seconds: +((Date.now() - startedAt) / 1000).toFixed(1) }, "trained the missing learned policy");
  }
  const engine = createEngine({
    graph,
    workspace: dir,
    policy: config.policy,
    dialogue: { questions: config.questions, assumedNoise: config.assumedNoise, likeEdges: config.likeEdges },
    sequencePrior,
    language: config.language,
    model: config.model,
    quickTrain: config.quickTrain,
    log,
  });
  const { store, where } = await openStore({
    databaseUrl: config.databaseUrl,
    sqliteFile: config.db ?? defaultDatabase(dir),
    sqliteSync: config.dbSync,
    poolSize: config.databasePool,
    warn: (obj, message) => log.warn(obj, message),
  });
  const catalog = catalogRecord(dir, graph);
  await store.registerCatalog(catalog);
  return { graph, engine, store, catalog, db: where };
}

export async function startServer(config: ServerConfig, log: Logger = serverLogger(config.logLevel)): Promise<RunningServer> {
  const startedAt = Date.now();
  const { graph, engine, store, catalog, db } = await openServing(config, log);
  const metrics = createMetrics();
  const sessions = new Sessions(engine, store, catalog.id, log, metrics, config.maxLiveSessions);
  const budget = new AddressBudget(config.addressRate, config.addressBurst);
  const connectionCap = new ConnectionCap(config.maxConnectionsPerAddress);
  const app = createApp({ config, sessions, budget, connectionCap, catalog: engine.catalog, catalogId: catalog.id, settings: engine.settings, metrics, log, startedAt });

  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => resolve(s as Server)) as Server;
    s.once("error", reject);
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  connectionCap.attach(server);
  // One process of a cluster sweeps expired sessions; they share the database.
  const sweeper =
    config.sessionTtl > 0 && (!cluster.isWorker || process.env.PATHWISE_WORKER_INDEX === "0")
      ? startSweeper(store, config.sessionTtl, (err) => log.warn({ err }, "expired-session sweep failed; retried on the next"), (n) => log.info({ sessions: n }, "deleted expired sessions"))
      : null;
  const chat = attachChat(server, config, { sessions, budget, connectionCap }, metrics, log);
  const port = (server.address() as AddressInfo).port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  log.info({ url, port, catalog: catalog.name, items: graph.nItems, policy: engine.policy, language: engine.language, db, ms: Date.now() - startedAt }, cluster.isWorker ? "worker listening" : "listening");

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    log,
    close() {
      closing ??= (async () => {
        log.info("shutting down");
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await chat.close();
        const force = setTimeout(() => server.closeAllConnections(), 3000);
        await stopped;
        clearTimeout(force);
        await sweeper?.stop();
        await engine.close();
        await store.close();
        log.info("stopped");
      })();
      return closing;
    },
  };
}
