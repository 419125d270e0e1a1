import cluster from "node:cluster";
import { Command, Option } from "commander";
import { loadConfig, ConfigError, type ServerConfig } from "../../config.ts";
import { CliError } from "../output.ts";
import { logFormat } from "../../log.ts";

/** `pathwise serve`: REST, the chat WebSocket, metrics; flags override PATHWISE_* variables. */
export function serveCommand(program: Command): void {
  program
    .command("serve")
    .description("Serve conversations over REST and WebSocket (no --data: the embedded MovieLens-small, imported on first start)")
    .option("--data <dir>", "workspace directory written by `pathwise import` [PATHWISE_DATA]")
    .option("--host <host>", "address to listen on (default 127.0.0.1) [PATHWISE_HOST]")
    .option("--port <port>", "port (default 8080; 0 picks a free one) [PATHWISE_PORT]")
    .option("--db <file>", "SQLite conversation database (default: WORKDIR.sessions.db) [PATHWISE_DB]")
    .option("--database-url <url>", "postgres:// URL: share sessions with other server processes (docs/deploy.md) [PATHWISE_DATABASE_URL]")
    .option("--policy <name>", "conversation policy: cpr, max-entropy, popular (default cpr) [PATHWISE_POLICY]")
    .addOption(new Option("--questions <form>", "yesno, or choice (multiple choice over one attribute type) [PATHWISE_QUESTIONS]").choices(["yesno", "choice"]))
    .option("--assumed-noise <p>", "answer flip rate the belief assumes (default 0) [PATHWISE_ASSUMED_NOISE]")
    .option("--like-edges", "use user -> attribute like edges (LastFM*) [PATHWISE_LIKE_EDGES]")
    .option("--seq-weight <w>", "weight of the sequence model's scores for users with a history; 0 = off (default 1 where the workspace has timestamps, else 0) [PATHWISE_SEQ_WEIGHT]")
    .option("--max-turns <n>", "end a conversation at this turn, as simulated ones end (15; `eval --server` needs it); default: no limit [PATHWISE_MAX_TURNS]")
    .option("--candidate-cap <n>", "most candidates a conversation holds, the best by the belief, retrieved again as evidence arrives; 0 = no cap (default 10000) [PATHWISE_CANDIDATE_CAP]")
    .addOption(new Option("--language <mode>", "template, or llm with --model (default template) [PATHWISE_LANGUAGE]").choices(["template", "llm"]))
    .option("--model <file>", "GGUF model for --language llm [PATHWISE_MODEL]")
    .option("--api-key <key...>", "bearer keys required on REST; a key holder's userId counts as proven [PATHWISE_API_KEYS, comma-separated]")
    .option("--refuse-unproven-users", "refuse a userId sent without a user token or API key instead of going anonymous [PATHWISE_REFUSE_UNPROVEN_USERS]")
    .option("--ws-require-token", "every WebSocket hello needs a user token or an API key [PATHWISE_WS_REQUIRE_TOKEN]")
    .option("--public-host <name...>", "host names served besides loopback names and IP addresses; * = any [PATHWISE_PUBLIC_HOSTS]")
    .option("--allowed-origin <origin...>", "extra browser origins for the WebSocket [PATHWISE_ALLOWED_ORIGINS]")
    .option("--ws-require-origin", "refuse WebSocket clients that send no Origin [PATHWISE_WS_REQUIRE_ORIGIN]")
    .option("--ws-rate <n>", "frames per second per connection (default 20) [PATHWISE_WS_RATE]")
    .option("--ws-burst <n>", "frame burst per connection (default 40) [PATHWISE_WS_BURST]")
    .option("--ws-abuse-limit <n>", "refused frames in 10 s before closing 1008 (default 100) [PATHWISE_WS_ABUSE_LIMIT]")
    .option("--http-rate <n>", "REST requests per second per address (default 50) [PATHWISE_HTTP_RATE]")
    .option("--http-burst <n>", "REST burst per address (default 100) [PATHWISE_HTTP_BURST]")
    .option("--address-rate <n>", "cost units per second per client address over all its connections and REST (default 20) [PATHWISE_ADDRESS_RATE]")
    .option("--address-burst <n>", "cost units per client address at once (default 40) [PATHWISE_ADDRESS_BURST]")
    .option("--max-connections-per-address <n>", "open connections per client address (default 64) [PATHWISE_MAX_CONNECTIONS_PER_ADDRESS]")
    .option("--session-ttl <duration>", "delete stored sessions idle this long, e.g. 30d, 12h; 0 = never (default 30d) [PATHWISE_SESSION_TTL]")
    .option("--max-frame-bytes <n>", "WebSocket frame limit (default 16384) [PATHWISE_MAX_FRAME_BYTES]")
    .option("--max-body-bytes <n>", "REST body limit (default 65536) [PATHWISE_MAX_BODY_BYTES]")
    .option("--heartbeat-ms <n>", "WebSocket ping interval (default 30000) [PATHWISE_HEARTBEAT_MS]")
    .option("--workers <n>", "server processes sharing the port and the database, e.g. one per core (default 1) [PATHWISE_WORKERS]")
    .option("--quick-train", "train missing models small and fast [PATHWISE_QUICK_TRAIN]")
    .action(async (o: Record<string, unknown>, command: Command) => {
      let config: ServerConfig;
      try {
        config = loadConfig({
          data: o.data,
          host: o.host,
          port: o.port,
          db: o.db,
          databaseUrl: o.databaseUrl,
          policy: o.policy,
          questions: o.questions,
          assumedNoise: o.assumedNoise,
          likeEdges: o.likeEdges,
          seqWeight: o.seqWeight,
          candidateCap: o.candidateCap,
          maxTurns: o.maxTurns,
          language: o.language,
          model: o.model,
          apiKeys: o.apiKey,
          refuseUnprovenUsers: o.refuseUnprovenUsers,
          wsRequireToken: o.wsRequireToken,
          publicHosts: o.publicHost,
          allowedOrigins: o.allowedOrigin,
          wsRequireOrigin: o.wsRequireOrigin,
          wsRate: o.wsRate,
          wsBurst: o.wsBurst,
          wsAbuseLimit: o.wsAbuseLimit,
          httpRate: o.httpRate,
          httpBurst: o.httpBurst,
          addressRate: o.addressRate,
          addressBurst: o.addressBurst,
          maxConnectionsPerAddress: o.maxConnectionsPerAddress,
          sessionTtl: o.sessionTtl,
          maxFrameBytes: o.maxFrameBytes,
          maxBodyBytes: o.maxBodyBytes,
          heartbeatMs: o.heartbeatMs,
          quickTrain: o.quickTrain,
          workers: o.workers,
          logFormat: command.parent?.opts().logFormat,
        });
      } catch (err) {
        if (err instanceof ConfigError) throw new CliError(err.message);
        throw err;
      }
      // The server's modules (the engine, the language model's runtime, the database drivers) load
      // here, not with the CLI: the other commands start without them.
      const [{ startServer, serverLogger }, { SHUTDOWN, WORKER_LISTENING, startCluster }] = await Promise.all([import("../../server.ts"), import("../../cluster.ts")]);
      const log = serverLogger(config.logLevel, logFormat(config.logFormat));
      let running;
      try {
        running = config.workers > 1 && cluster.isPrimary ? await startCluster(config, log) : await startServer(config, log);
      } catch (err) {
        throw new CliError(`cannot start: ${(err as Error).message}`);
      }
      if (cluster.isWorker) process.send!({ type: WORKER_LISTENING, url: running.url, port: running.port });
      await new Promise<void>((resolve) => {
        let signals = 0;
        let stopping = false;
        const stop = (reason: string) => {
          if (stopping) return;
          stopping = true;
          log.info({ reason }, "stop requested");
          running.close().then(resolve, (err) => {
            log.error({ err }, "shutdown failed");
            resolve();
          });
        };
        const onSignal = (signal: string) => {
          if (++signals > 1) process.exit(130);
          stop(signal);
        };
        process.on("SIGINT", () => onSignal("SIGINT"));
        process.on("SIGTERM", () => onSignal("SIGTERM"));
        // A worker is also stopped by its primary; a terminal's Ctrl-C reaches both, and that is one stop.
        if (cluster.isWorker) process.on("message", (m: { type?: string }) => m?.type === SHUTDOWN && stop("primary"));
      });
      log.flush();
      if (cluster.isWorker) process.disconnect();
    });
}
