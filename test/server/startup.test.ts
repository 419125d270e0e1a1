import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, scratchDir } from "../shared.ts";
import { freshDb, prepareWorkspace, startServer, WORKSPACE, type ServerProcess } from "./helpers.ts";

/** `pathwise serve` expected to fail: its exit code and stderr; killed after 60 s so a hang fails the test instead of the run. */
function serveFails(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  const proc = spawn(process.execPath, [path.join(ROOT, "bin", "pathwise.js"), "serve", "--data", WORKSPACE, "--host", "127.0.0.1", "--port", "0", "--quick-train", ...args], {
    cwd: ROOT,
    env: { ...process.env, PATHWISE_LOG_LEVEL: "info", PATHWISE_SEQ_WEIGHT: "0", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  proc.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const killer = setTimeout(() => proc.kill("SIGKILL"), 60_000);
  return new Promise((resolve) =>
    proc.once("exit", (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stderr });
    }),
  );
}

/** The lines a person reads: everything on stderr that is not a JSON log record. */
const plainLines = (stderr: string) => stderr.split("\n").filter((l) => l !== "" && !l.startsWith("{"));

const dir = scratchDir("pathwise-startup-");

beforeAll(async () => {
  await prepareWorkspace();
});

describe("start-up failures end the process with one line", () => {
  it.skipIf(!existsSync("/proc/self"))("a database under /proc (where recursive mkdir loops forever)", async () => {
    const r = await serveFails([], { PATHWISE_DB: "/proc/nope/x.db" });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(plainLines(r.stderr)).toEqual([expect.stringMatching(/^pathwise: cannot start: cannot create the database directory \/proc\/nope: ENOENT/)]);
  });

  it("a database file that is not SQLite, named", async () => {
    const file = path.join(dir, "notes.db");
    writeFileSync(file, "these are notes, not a database; ".repeat(40));
    const r = await serveFails(["--db", file]);
    expect(r.code).toBe(1);
    expect(plainLines(r.stderr)).toEqual([`pathwise: cannot start: SQLite database ${file}: file is not a database`]);
  });

  it("malformed origins and weak API keys, before anything is opened", async () => {
    const db = path.join(dir, "never.db");
    const origin = await serveFails(["--db", db, "--allowed-origin", "https://shop.example/"]);
    expect(origin.code).toBe(1);
    expect(plainLines(origin.stderr)).toEqual([expect.stringMatching(/^pathwise: invalid configuration allowedOrigins .*"https:\/\/shop\.example\/" is not an origin/)]);
    const key = await serveFails(["--db", db], { PATHWISE_API_KEYS: "hunter2" });
    expect(key.code).toBe(1);
    expect(plainLines(key.stderr)).toEqual(["pathwise: invalid configuration apiKeys (flag or PATHWISE_API_KEYS): an API key is shorter than 16 characters"]);
    expect(existsSync(db)).toBe(false);
  });
});

describe("listening", () => {
  let open: ServerProcess;
  afterAll(async () => {
    await open?.stop();
  });

  it("warns once when it listens beyond loopback with no API keys", async () => {
    open = await startServer({ db: freshDb("startup-open"), args: ["--host", "0.0.0.0"] });
    const warnings = open.stderr().split("\n").filter((l) => l.includes('"level":40'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0])).toMatchObject({ host: "0.0.0.0", msg: expect.stringMatching(/no API keys.*PATHWISE_API_KEYS/) });
  });

  it("creates no database when the port is taken", async () => {
    const db = path.join(dir, "sub", "taken.db");
    const r = await serveFails(["--db", db, "--host", "0.0.0.0", "--port", String(open.port)]);
    expect(r.code).toBe(1);
    expect(plainLines(r.stderr)).toEqual([expect.stringMatching(/^pathwise: cannot start: listen EADDRINUSE: .*:\d+$/)]);
    expect(existsSync(path.dirname(db))).toBe(false);
  });
});
