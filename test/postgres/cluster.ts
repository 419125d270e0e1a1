/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a fresh temporary directory,
 * started with pg_ctl on a free 127.0.0.1 port (no Unix socket), torn down and deleted after.
 * initdb refuses to run as root, so as root the cluster runs as the `postgres` system user
 * (created by Debian's package) through runuser, in a directory that user owns.
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const PG_ROOT = "/usr/lib/postgresql";

/** The newest installed PostgreSQL's bin directory, or null when the binaries are absent. */
export function postgresBin(): string | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => existsSync(path.join(PG_ROOT, v, "bin", "initdb")) && existsSync(path.join(PG_ROOT, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(PG_ROOT, versions[0], "bin") : null;
}

export const NO_POSTGRES_REASON = `PostgreSQL binaries are absent (no ${PG_ROOT}/*/bin/initdb): install Debian's postgresql package to run these tests`;

export interface Cluster {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  /** Shuts the database down (an outage) and starts it again on the same port, keeping its data. */
  down(): void;
  up(): void;
  /** Stops the cluster (immediate shutdown) and deletes its directory. */
  stop(): void;
}

export interface ClusterOptions {
  /** Server settings passed as `-c name=value` (for example `synchronous_commit: "off"`). */
  settings?: Record<string, string>;
}

export async function startCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  const bin = postgresBin();
  if (!bin) throw new Error(NO_POSTGRES_REASON);
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? systemUser("postgres") : null;
  // The postgres user must be able to reach the directory: a root-only TMPDIR would not do.
  const dir = mkdtempSync(path.join(asRoot ? "/tmp" : tmpdir(), "pathwise-pg-"));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, "data");
  const logFile = path.join(dir, "postgres.log");
  const run = (tool: string, args: string[]) => {
    const file = path.join(bin, tool);
    execFileSync(asRoot ? "runuser" : file, asRoot ? ["-u", "postgres", "--", file, ...args] : args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 });
  };
  try {
    run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    const settings = {
      listen_addresses: "127.0.0.1",
      unix_socket_directories: "''",
      max_connections: "100",
      shared_buffers: "64MB",
      ...opts.settings,
    };
    for (let attempt = 0; ; attempt++) {
      const port = await freePort();
      const options = Object.entries({ ...settings, port: String(port) })
        .map(([k, v]) => `-c ${k}=${v}`)
        .join(" ");
      const start = () => run("pg_ctl", ["-D", data, "-l", logFile, "-o", options, "-w", "-t", "60", "start"]);
      try {
        start();
      } catch (err) {
        // Another process took the port between the probe and the start: try another one.
        if (attempt < 3 && /could not bind|already in use/i.test(readLog(logFile))) continue;
        throw new Error(`pg_ctl start failed: ${(err as Error).message}\n${readLog(logFile).slice(-2000)}`);
      }
      let stopped = false;
      const cluster: Cluster = {
        url: `postgres://postgres@127.0.0.1:${port}/postgres`,
        port,
        dir,
        down: () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
        up: start,
        stop() {
          if (stopped) return;
          stopped = true;
          try {
            // Already down (a test's outage) is fine.
            if (existsSync(path.join(data, "postmaster.pid"))) run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      };
      // A test process that dies without its teardown still takes its cluster with it.
      process.once("exit", () => cluster.stop());
      return cluster;
    }
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

function systemUser(name: string): { uid: number; gid: number } {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${name}:`));
  if (!line) throw new Error(`running as root needs the '${name}' system user (Debian's postgresql package creates it)`);
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function readLog(file: string): string {
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}
