/**
 * Prometheus metrics of one server process, on a registry of its own (no global state). In a
 * cluster (`--workers N`) a scrape reaches one worker, which asks the primary for every worker's
 * registry summed (prom-client's AggregatorRegistry), so `/metrics` always describes the server.
 */
import cluster from "node:cluster";
import { AggregatorRegistry, Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

const TURN_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "pathwise_process_" });
  const turns = new Counter({ name: "pathwise_turns_total", help: "System acts produced, by act type", labelNames: ["act"], registers: [registry] });
  const turnSeconds = new Histogram({
    name: "pathwise_turn_seconds",
    help: "Time to understand, decide and store one turn",
    labelNames: ["act"],
    buckets: TURN_BUCKETS,
    registers: [registry],
  });
  let countLive = () => 0;
  const liveSessions = new Gauge({
    name: "pathwise_live_sessions",
    help: "Sessions held in memory",
    registers: [registry],
    collect() {
      this.set(countLive());
    },
  });
  const sessionsCreated = new Counter({ name: "pathwise_sessions_created_total", help: "Sessions started", registers: [registry] });
  const wsConnections = new Gauge({ name: "pathwise_ws_connections", help: "Open WebSocket connections", registers: [registry] });
  const wsFrames = new Counter({ name: "pathwise_ws_frames_total", help: "Client frames received, by outcome", labelNames: ["outcome"], registers: [registry] });
  const httpRequests = new Counter({ name: "pathwise_http_requests_total", help: "HTTP requests, by status class", labelNames: ["status"], registers: [registry] });
  const httpSeconds = new Histogram({ name: "pathwise_http_request_seconds", help: "HTTP request latency", buckets: TURN_BUCKETS, registers: [registry] });
  const feedback = new Counter({ name: "pathwise_feedback_total", help: "Feedback received", labelNames: ["liked"], registers: [registry] });
  const wsBackpressure = new Counter({
    name: "pathwise_ws_backpressure_total",
    help: "Slow readers: reading paused, resumed, or the connection closed (1013)",
    labelNames: ["action"],
    registers: [registry],
  });

  // Label children are bound once so the per-turn path does no label lookups.
  const turnChildren = new Map<string, { count: Counter.Internal; seconds: Histogram.Internal<string> }>();
  if (cluster.isWorker) {
    AggregatorRegistry.setRegistries([registry]);
    new AggregatorRegistry();
  }
  return {
    registry,
    /** The live-session gauge reads this at each scrape. */
    countLive(source: () => number): void {
      countLive = source;
    },
    /** The exposition text: this process's, or the whole cluster's from a worker. */
    text(): Promise<string> {
      return cluster.isWorker ? clusterText() : registry.metrics();
    },
    sessionsCreated,
    wsConnections,
    wsFrames,
    httpRequests,
    httpSeconds,
    feedback,
    wsBackpressure,
    observeTurn(act: string, seconds: number): void {
      let c = turnChildren.get(act);
      if (!c) turnChildren.set(act, (c = { count: turns.labels(act), seconds: turnSeconds.labels(act) }));
      c.count.inc();
      c.seconds.observe(seconds);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const METRICS_REQUEST = "pathwise:metrics";
const METRICS_REPLY = "pathwise:metrics-text";
let lastRequest = 0;

/** Asks the primary for the summed metrics of every worker. */
function clusterText(): Promise<string> {
  const id = ++lastRequest;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error("the cluster primary did not answer the metrics request in 5 s")), 5000);
    const onMessage = (m: { type?: string; id?: number; text?: string; error?: string }) => {
      if (m?.type !== METRICS_REPLY || m.id !== id) return;
      done(m.error === undefined ? undefined : new Error(m.error), m.text);
    };
    const done = (err?: Error, text?: string) => {
      clearTimeout(timer);
      process.off("message", onMessage);
      if (err) reject(err);
      else resolve(text ?? "");
    };
    process.on("message", onMessage);
    process.send!({ type: METRICS_REQUEST, id });
  });
}

/** In the primary: answers workers' metrics requests with the cluster-wide sum. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on("message", (worker, m: { type?: string; id?: number }) => {
    if (m?.type !== METRICS_REQUEST) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: METRICS_REPLY, id: m.id, text }),
      (err: Error) => worker.send({ type: METRICS_REPLY, id: m.id, error: err.message }),
    );
  });
}
