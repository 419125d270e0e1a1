/**
 * Scale-out load: the load of bench/load.ts against one server process on SQLite, then against
 * several server processes sharing one PostgreSQL database, sessions spread over them round-robin
 * (as a balancer spreads connections), figures side by side.
 *
 *   npx tsx bench/load-pg.ts --sessions 2000 --seconds 30 [--think-ms 1000] [--processes 2]
 *     [--database-url postgres://…] [--pg-sync off|on] [--json FILE]
 *
 * Without --database-url a throwaway cluster is started on a free 127.0.0.1 port (see
 * test/postgres/cluster.ts) with synchronous_commit off by default: like SQLite's WAL with
 * synchronous=NORMAL, a committed turn survives a server crash but not an OS crash. `--pg-sync on`
 * waits for the WAL flush on every commit. Everything runs on this machine, client included.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { splitPairs } from "../agents/eval/episodes.ts";
import { ensureWorkspace } from "../graph/ensure-workspace.ts";
import { DEFAULT_WORKSPACE, EMBEDDED_DATA, ROOT } from "../server/workspace.ts";
import { LOAD_ENV, RAISED_LIMITS, pathwiseSession, runLoad, startChild, type Figures } from "./load.ts";
import { startCluster, type Cluster } from "../test/postgres/cluster.ts";

const { values } = parseArgs({
  options: {
    sessions: { type: "string", default: "200" },
    seconds: { type: "string", default: "10" },
    "think-ms": { type: "string", default: "1000" },
    processes: { type: "string", default: "2" },
    "database-url": { type: "string" },
    "pg-sync": { type: "string", default: "off" },
    json: { type: "string" },
  },
});
const sessions = Number(values.sessions);
const seconds = Number(values.seconds);
const thinkMs = Number(values["think-ms"]);
const processes = Number(values.processes);
if (!(sessions > 0 && seconds > 0 && thinkMs >= 0)) throw new Error("--sessions and --seconds must be positive, --think-ms >= 0");
if (!(Number.isInteger(processes) && processes >= 1)) throw new Error("--processes must be a positive integer");
if (values["pg-sync"] !== "off" && values["pg-sync"] !== "on") throw new Error("--pg-sync is off or on");

const children: ChildProcess[] = [];
let cluster: Cluster | null = null;
const dir = mkdtempSync(path.join(tmpdir(), "pathwise-load-pg-"));
process.on("exit", () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function serve(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [path.join(ROOT, "bin", "pathwise.js"), "serve", "--port", "0", ...RAISED_LIMITS, ...args], {
    cwd: ROOT,
    env: { ...process.env, PATHWISE_LOG_LEVEL: "info", ...LOAD_ENV, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.push(child);
  return startChild(child);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

// Import once here, so the server processes do not race to import the embedded dataset.
const g = ensureWorkspace(EMBEDDED_DATA, "movielens", DEFAULT_WORKSPACE);
const pairs = splitPairs(g, "valid");

const lite = await serve(["--db", path.join(dir, "load.db")]);
process.stderr.write(`sqlite, 1 process: ${sessions} sessions for ${seconds} s, think ${thinkMs} ms\n`);
const sqlite = await runLoad(sessions, seconds, thinkMs, (id) => pathwiseSession(lite.url, g, pairs, id, thinkMs));
await stop(lite.child);

let url = values["database-url"];
if (!url) {
  cluster = await startCluster({ settings: { synchronous_commit: values["pg-sync"], max_connections: String(Math.max(100, processes * 12)) } });
  url = cluster.url;
}
const servers = await Promise.all(Array.from({ length: processes }, () => serve([], { PATHWISE_DATABASE_URL: url! })));
process.stderr.write(`postgres, ${processes} processes: ${sessions} sessions for ${seconds} s, think ${thinkMs} ms\n`);
const postgres = await runLoad(sessions, seconds, thinkMs, (id) => pathwiseSession(servers[id % processes].url, g, pairs, id, thinkMs));
await Promise.all(servers.map((s) => stop(s.child)));

const result = { sqlite, postgres: { ...postgres, processes, synchronous_commit: cluster ? values["pg-sync"] : "as configured" } };
const text = JSON.stringify(result, null, 2);
if (values.json && values.json !== "-") writeFileSync(values.json, text + "\n");
process.stdout.write(`${text}\n`);
const line = (name: string, f: Figures) =>
  `${name.padEnd(24)} ${f.turns_per_s.toFixed(0).padStart(7)} turns/s  p50 ${f.p50_ms.toFixed(1).padStart(6)} ms  p99 ${f.p99_ms.toFixed(1).padStart(6)} ms  errors ${f.errors}\n`;
process.stdout.write(line("sqlite, 1 process", sqlite));
process.stdout.write(line(`postgres, ${processes} processes`, postgres));
process.stdout.write(`turns/s ratio ${(postgres.turns_per_s / sqlite.turns_per_s).toFixed(2)}x, p99 ratio ${(postgres.p99_ms / sqlite.p99_ms).toFixed(2)}x\n`);
process.exit(0);
