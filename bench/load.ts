/**
 * Load: N concurrent WebSocket sessions of simulated conversations against a pathwise server on the
 * embedded MovieLens-small or `--data WORKDIR` as it is (started as a child process, rate limits raised),
 * then the same load against a bare ws echo server (also a child process) for scale. `rss_mb` is the
 * server's peak resident memory (VmHWM of its processes, summed over workers; Linux).
 *
 *   npx tsx bench/load.ts [--data WORKDIR] --sessions 2000 --seconds 30 [--think-ms 1000] [--workers N] [--policy NAME] [--json FILE]
 *
 * `--workers` (default 2, one per core here) is the server's process count (`pathwise serve --workers`).
 * A turn is one client frame to the end of its answer (`done` from pathwise, the echo from echo).
 * Each pause before a turn is drawn from an exponential distribution with mean `--think-ms`, as people's
 * pauses vary: with one fixed pause, turns that queued together arrive together again one pause later, a
 * burst no crowd of people keeps up (ReDial's seekers answer after a median 11 s, mean 15 s; an
 * exponential of mean 15 s has its median at 10.4 s). `--think-ms 0` saturates. Latencies are measured on the same machine as the servers, from the end of
 * a warm-up of 2 s + 2 think times after the last session connected.
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import WebSocket, { WebSocketServer } from "ws";
import { FloatColumn } from "../graph/growable.ts";
import { loadGraph } from "../graph/workspace.ts";
import type { Graph } from "../graph/types.ts";
import type { SystemAct, UserAct } from "../agents/dialogue/acts.ts";
import { Random } from "../agents/random.ts";
import { simulatedUser } from "../agents/simulator/user.ts";
import { splitPairs, type Pairs } from "../agents/eval/episodes.ts";
import { RemoteChat } from "../server/eval-client.ts";
import { DEFAULT_WORKSPACE, ROOT } from "../server/workspace.ts";

export interface Figures {
  sessions: number;
  seconds: number;
  think_ms: number;
  /** Seconds between the last connection and the start of the measurement. */
  warmup_s: number;
  turns: number;
  turns_per_s: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
}

/** Every client runs from this one address: the per-address limits are raised out of the way. */
export const RAISED_LIMITS = [
  ...["--ws-rate", "1000000", "--ws-burst", "1000000", "--http-rate", "1000000", "--http-burst", "1000000"],
  ...["--address-rate", "1000000", "--address-burst", "1000000", "--max-connections-per-address", "1000000"],
];
/** The simulated users' ids are proven by an API key, as a site's backend would. */
const LOAD_KEY = randomBytes(16).toString("hex");
export const LOAD_ENV = { PATHWISE_API_KEYS: LOAD_KEY };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sessions: { type: "string", default: "200" },
      seconds: { type: "string", default: "10" },
      "think-ms": { type: "string", default: "1000" },
      workers: { type: "string", default: "2" },
      policy: { type: "string" },
      data: { type: "string" },
      json: { type: "string" },
    },
  });
  const sessions = Number(values.sessions);
  const seconds = Number(values.seconds);
  const thinkMs = Number(values["think-ms"]);
  const workers = Number(values.workers);
  if (!(sessions > 0 && seconds > 0 && thinkMs >= 0)) throw new Error("--sessions and --seconds must be positive, --think-ms >= 0");
  if (!(Number.isInteger(workers) && workers >= 1)) throw new Error("--workers must be a positive integer");

  const dir = mkdtempSync(path.join(tmpdir(), "pathwise-load-"));
  const children: ChildProcess[] = [];
  process.on("exit", () => children.forEach((c) => c.exitCode === null && c.kill("SIGTERM")));
  const server = await startChild(
    spawn(process.execPath, [path.join(ROOT, "bin", "pathwise.js"), "serve", ...(values.data ? ["--data", values.data] : []), "--port", "0", "--db", path.join(dir, "load.db"), ...RAISED_LIMITS, "--workers", String(workers), ...(values.policy ? ["--policy", values.policy] : [])], {
      cwd: ROOT,
      env: { ...process.env, PATHWISE_LOG_LEVEL: "info", ...LOAD_ENV },
      stdio: ["ignore", "ignore", "pipe"],
    }),
  );
  children.push(server.child);
  const g = loadGraph(values.data ?? DEFAULT_WORKSPACE);
  const pairs = splitPairs(g, "valid");
  // A server opens its models' context (the similarity index) on the first conversation: seconds on a large
  // catalog, a start-up cost that would otherwise fall inside the measurement (the lexicon is built before it
  // listens). One conversation per worker first.
  for (let w = 0; w < workers; w++) {
    const first = await RemoteChat.open(server.url.replace("http", "ws") + "/v1/chat", g, { apiKey: LOAD_KEY });
    await first.start(g.userKey[pairs.user[w]]);
    first.close();
  }
  process.stderr.write(`pathwise (${workers} worker${workers > 1 ? "s" : ""}): ${sessions} sessions for ${seconds} s, think ${thinkMs} ms\n`);
  const pathwise = await runLoad(sessions, seconds, thinkMs, (id) => pathwiseSession(server.url, g, pairs, id, thinkMs));
  const rss_mb = peakRssMb(server.child.pid!);
  server.child.kill("SIGTERM");

  const echo = await startChild(fork(fileURLToPath(import.meta.url), ["--echo-server"], { stdio: ["ignore", "ignore", "pipe", "ipc"] }));
  children.push(echo.child);
  process.stderr.write(`echo: ${sessions} sessions for ${seconds} s, think ${thinkMs} ms\n`);
  const echoFigures = await runLoad(sessions, seconds, thinkMs, (id) => echoSession(echo.url, id, thinkMs));
  echo.child.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });

  const result = { ...pathwise, workers, rss_mb, echo: echoFigures };
  const text = JSON.stringify(result, null, 2);
  if (values.json && values.json !== "-") writeFileSync(values.json, text + "\n");
  process.stdout.write(`${text}\n`);
  process.stdout.write(
    `pathwise ${pathwise.turns_per_s.toFixed(0)} turns/s p50 ${pathwise.p50_ms.toFixed(1)} ms p99 ${pathwise.p99_ms.toFixed(1)} ms errors ${pathwise.errors}` +
      ` | echo ${echoFigures.turns_per_s.toFixed(0)} turns/s p99 ${echoFigures.p99_ms.toFixed(1)} ms | p99 ratio ${(pathwise.p99_ms / Math.max(echoFigures.p99_ms, 1e-9)).toFixed(1)}x\n`,
  );
}

/** Latency samples in one growing typed array; the run's clock starts once every session is connected. */
class Recorder {
  readonly samples = new FloatColumn(1 << 16);
  errors = 0;
  measuring = false;
  stopped = false;
  record(ms: number): void {
    if (this.measuring) this.samples.push(ms);
  }
  error(): void {
    if (this.measuring) this.errors++;
  }
}

type Session = (id: number) => (rec: Recorder) => Promise<void>;

export async function runLoad(sessions: number, seconds: number, thinkMs: number, make: Session): Promise<Figures> {
  const rec = new Recorder();
  const running: Promise<void>[] = [];
  // Connect in batches so the accept queue is not flooded; each session starts after a random pause.
  for (let i = 0; i < sessions; i++) {
    running.push(make(i)(rec).catch(() => rec.error()));
    if (i % 200 === 199) await sleep(50);
  }
  // Warm-up: every session opens its first conversation within one think time of connecting and
  // answers it one think time later; that herd of simultaneous openings (and the JIT warming up) is
  // a start-up transient, not the steady state the figures describe.
  await sleep(warmupMs(thinkMs));
  rec.measuring = true;
  const started = performance.now();
  await sleep(seconds * 1000);
  rec.measuring = false;
  rec.stopped = true;
  const elapsed = (performance.now() - started) / 1000;
  await Promise.race([Promise.all(running), sleep(5000)]);
  const lat = rec.samples.view().sort();
  const q = (p: number) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] : NaN);
  return { sessions, seconds: +elapsed.toFixed(2), think_ms: thinkMs, warmup_s: warmupMs(thinkMs) / 1000, turns: lat.length, turns_per_s: lat.length / elapsed, p50_ms: q(0.5), p99_ms: q(0.99), errors: rec.errors };
}

export function warmupMs(thinkMs: number): number {
  return 2000 + 2 * thinkMs;
}

/** Simulated users, one conversation after another on one connection, each turn timed. */
export function pathwiseSession(url: string, g: Graph, pairs: Pairs, id: number, thinkMs: number) {
  return async (rec: Recorder): Promise<void> => {
    const chat = await RemoteChat.open(url.replace("http", "ws") + "/v1/chat", g, { apiKey: LOAD_KEY });
    const rng = new Random(1000 + id);
    await sleep(rng.next() * thinkMs);
    try {
      for (let episode = 0; !rec.stopped; episode++) {
        const k = rng.int(pairs.user.length);
        let t = performance.now();
        await chat.start(g.userKey[pairs.user[k]]);
        rec.record(performance.now() - t);
        const user = simulatedUser(g, pairs.item[k], Random.stream(id, episode), { noise: 0.1, maxTurn: 15, critique: true });
        let step = user.next(undefined as unknown as SystemAct);
        while (!step.done && !rec.stopped) {
          await sleep(pause(rng, thinkMs));
          t = performance.now();
          const act: SystemAct = await chat.send(step.value as UserAct);
          rec.record(performance.now() - t);
          step = user.next(act);
        }
      }
    } finally {
      chat.close();
    }
  };
}

/** The same pacing against an echo server: one frame of a typical answer's size, one echo back. */
function echoSession(url: string, id: number, thinkMs: number) {
  return async (rec: Recorder): Promise<void> => {
    const ws = new WebSocket(url.replace("http", "ws"), { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("error", reject);
    });
    const rng = new Random(1000 + id);
    const frame = JSON.stringify({ type: "answer", questionId: "q3", accept: [12], reject: [] });
    let resolveEcho: (() => void) | null = null;
    ws.on("message", () => resolveEcho?.());
    ws.on("error", () => rec.error());
    await sleep(rng.next() * thinkMs);
    try {
      while (!rec.stopped) {
        await sleep(pause(rng, thinkMs));
        const t = performance.now();
        await new Promise<void>((resolve) => {
          resolveEcho = resolve;
          ws.send(frame);
        });
        rec.record(performance.now() - t);
      }
    } finally {
      ws.close();
    }
  };
}

function runEchoServer(): void {
  const wss = new WebSocketServer({ port: 0, host: "127.0.0.1", perMessageDeflate: false });
  wss.on("connection", (ws) => ws.on("message", (data) => ws.send(data, { binary: false })));
  wss.on("listening", () => {
    const port = (wss.address() as { port: number }).port;
    process.stderr.write(`{"port":${port},"msg":"listening"}\n`);
  });
  process.on("SIGTERM", () => process.exit(0));
}

export async function startChild(child: ChildProcess): Promise<{ child: ChildProcess; url: string }> {
  let err = "";
  const port = await new Promise<number>((resolve, reject) => {
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (chunk: string) => {
      err += chunk;
      const m = /"port":(\d+)[^\n]*"msg":"listening"/.exec(err);
      if (m) resolve(Number(m[1]));
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${err.slice(-2000)}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

/** Peak resident memory in MB of a process and its descendants (VmHWM from /proc); NaN where /proc is absent. */
function peakRssMb(pid: number): number {
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN);
    const children = readdirSync(`/proc/${pid}/task`).flatMap((t) => readFileSync(`/proc/${pid}/task/${t}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
    return kb / 1024 + children.reduce((sum, c) => sum + peakRssMb(c), 0);
  } catch {
    return NaN;
  }
}

/** A person's pause before a turn: exponential with mean `meanMs`. */
function pause(rng: Random, meanMs: number): number {
  return -Math.log(1 - rng.next()) * meanMs;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

// bench/load-pg.ts imports the load generator; only a direct run measures.
if (process.argv.includes("--echo-server")) runEchoServer();
else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
