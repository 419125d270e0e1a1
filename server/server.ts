/**
 * The composition root: workspace, engine, store, sessions, the Hono app and the chat WebSocket on
 * one HTTP server. `startServer` returns once it listens; `close` shuts down gracefully.
 */
import cluster from "node:cluster";
import type { Server } from "node:http";
import { createServer, type AddressInfo } from "node:net";
import { serve, type Http2Bindings, type HttpBindings } from "@hono/node-server";
import type { Logger } from "pino";
import type { ServerConfig } from "./config.ts";
import { createEngine } from "./engine.ts";
import { defaultSeqWeight } from "../agents/ranking/sequence-prior.ts";
import { QUICK_TRAIN, ServedModels } from "./models.ts";
import { ensureLearned } from "../agents/learning/ensure.ts";
import { openStore } from "./db/open.ts";
import { Sessions } from "./sessions/sessions.ts";
import { createMetrics } from "./metrics.ts";
import { createApp } from "./http/app.ts";
import { attachChat } from "./ws/chat.ts";
import { createLogger, logFormat, type LogFormat } from "./log.ts";
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

/** The server's logger: JSON lines written asynchronously (off the turn's path), or readable lines on a terminal (server/log.ts). */
export function serverLogger(level: ServerConfig["logLevel"], format: LogFormat = logFormat()): Logger {
  return createLogger(level, format, { sync: false });
}

/**
 * What a serving process holds: the workspace, the store with the database migrated, and the engine
 * over the served models (missing ones training in the background once it listens).
 */
export async function openServing(config: ServerConfig, log: Logger) {
  const startedAt = Date.now();
  const { dir, graph } = openWorkspace(config.data, (message) => log.info(message));
  // The database before the models: one that cannot be opened stops the start before any training.
  const { store, where } = await openStore({
    databaseUrl: config.databaseUrl,
    sqliteFile: config.db ?? defaultDatabase(dir),
    sqliteSync: config.dbSync,
    poolSize: config.databasePool,
    warn: (obj, message) => log.warn(obj, message),
  });
  try {
    const seqWeight = config.seqWeight ?? defaultSeqWeight(graph);
    const models = new ServedModels({ workspace: dir, graph, seqWeight, preferenceTraining: config.quickTrain ? QUICK_TRAIN : {}, quick: config.quickTrain, log });
    if (config.policy === "learned") {
      // The learned policy is trained on the preference model: that one first, then the policy, before serving.
      await models.train();
      const onPhase = (phase: string) => log.info({ phase }, "training the missing learned policy");
      const { trained } = await ensureLearned(graph, { workspace: dir, questions: config.questions, noise: config.assumedNoise, workers: 2, onPhase });
      if (trained) log.info({ seconds: +((Date.now() - startedAt) / 1000).toFixed(1) }, "trained the missing learned policy");
    }
    const engine = createEngine({
      graph,
      workspace: dir,
      policy: config.policy,
      dialogue: { questions: config.questions, assumedNoise: config.assumedNoise, likeEdges: config.likeEdges, candidateCap: config.candidateCap, maxTurns: config.maxTurns ?? Infinity },
      models: models.for,
      seqWeight,
      language: config.language,
      model: config.model,
      log,
    });
    const catalog = catalogRecord(dir, graph);
    await store.registerCatalog(catalog);
    return { graph, engine, models, store, catalog, db: where };
  } catch (err) {
    await store.close();
    throw err;
  }
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

/** One warning when REST is reachable from other machines without a key. */
export function warnIfOpen(config: ServerConfig, log: Logger): void {
  if (config.apiKeys.length > 0 || LOOPBACK.test(config.host)) return;
  log.warn({ host: config.host }, "listening beyond loopback with no API keys: anyone who can reach this address can use REST; set PATHWISE_API_KEYS");
}

/** Fails as binding the port would (EADDRINUSE, EACCES), without keeping it. */
export function checkPort(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

export async function startServer(config: ServerConfig, log: Logger = serverLogger(config.logLevel, logFormat(config.logFormat))): Promise<RunningServer> {
  const startedAt = Date.now();
  let app: ReturnType<typeof createApp> | undefined;
  let appReady!: () => void;
  const ready = new Promise<void>((resolve) => (appReady = resolve));
  const budget = new AddressBudget(config.addressRate, config.addressBurst);
  const connectionCap = new ConnectionCap(config.maxConnectionsPerAddress);
  const bind = () =>
    new Promise<Server>((resolve, reject) => {
      const fetch = async (req: Request, env: HttpBindings | Http2Bindings) => {
        if (!app) await ready;
        return app!.fetch(req, env);
      };
      const s = serve({ fetch, hostname: config.host, port: config.port }, () => resolve(s as Server)) as Server;
      connectionCap.attach(s);
      s.once("error", reject);
    });
  // The port first: when it is taken the start stops here, before the database is created or migrated;
  // requests that arrive while the rest opens wait for it. A cluster worker binds last instead: its primary
  // checked the port, and would hand a bound worker connections it cannot serve yet.
  const early = cluster.isWorker ? null : await bind();
  let opened: Awaited<ReturnType<typeof openServing>>;
  try {
    opened = await openServing(config, log);
  } catch (err) {
    early?.close();
    early?.closeAllConnections();
    throw err;
  }
  const { graph, engine, models, store, catalog, db } = opened;
  const metrics = createMetrics();
  const sessions = new Sessions(engine, store, catalog.id, log, metrics, config.maxLiveSessions);
  app = createApp({ config, engine, sessions, budget, connectionCap, catalog: engine.catalog, catalogId: catalog.id, settings: engine.settings, training: () => models.inTraining, metrics, log, startedAt });
  appReady();
  const server = early ?? (await bind());
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  // One process of a cluster sweeps expired sessions; they share the database.
  const sweeper =
    config.sessionTtl > 0 && (!cluster.isWorker || process.env.PATHWISE_WORKER_INDEX === "0")
      ? startSweeper(store, config.sessionTtl, (err) => log.warn({ err }, "expired-session sweep failed; retried on the next"), (n) => log.info({ sessions: n }, "deleted expired sessions"))
      : null;
  const chat = attachChat(server, config, { sessions, budget, connectionCap }, metrics, log);
  const port = (server.address() as AddressInfo).port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  if (!cluster.isWorker) warnIfOpen(config, log);
  log.info({ url, port, catalog: catalog.name, items: graph.nItems, policy: engine.policy, language: engine.language, db, training: models.inTraining, ms: Date.now() - startedAt }, cluster.isWorker ? "worker listening" : "listening");
  void models.train();

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
        await models.close();
        await engine.close();
        await store.close();
        log.info("stopped");
      })();
      return closing;
    },
  };
}
