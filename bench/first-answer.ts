/**
 * First start: a fresh clone of the committed HEAD (its node_modules linked to this checkout's, since
 * `npm ci` is not what is measured), `npm start` in it, and the seconds until the port listens and
 * until a WebSocket hello gets its first question. The target is 20 s on 2 cores after
 * `npm ci`; the models keep training in the background after that (reported as `training`).
 *
 *   npx tsx bench/first-answer.ts [--port 18240] [--runs 1]
 *
 * The clone is removed afterwards. On a shared machine the figure varies with its load (printed).
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import WebSocket from "ws";
import { ROOT } from "../server/workspace.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: "18240" }, runs: { type: "string", default: "1" } } });
const port = Number(values.port);

/** The first question of a new session, or null while nothing answers. */
function hello(): Promise<{ type: string } | null> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/v1/chat`);
    ws.on("error", () => resolve(null));
    ws.on("open", () => ws.send(JSON.stringify({ type: "hello" })));
    ws.on("message", (data) => {
      const frame = JSON.parse(data.toString()) as { type: string };
      if (frame.type === "question") {
        ws.close();
        resolve(frame);
      }
    });
  });
}

for (let run = 1; run <= Number(values.runs); run++) {
  const dir = mkdtempSync(path.join(tmpdir(), "pathwise-first-start-"));
  const clone = path.join(dir, "pathwise");
  execFileSync("git", ["clone", "-q", ROOT, clone]);
  symlinkSync(path.join(ROOT, "node_modules"), path.join(clone, "node_modules"));
  const load = loadavg()[0];
  const t0 = performance.now();
  const child = spawn("npm", ["start"], { cwd: clone, env: { ...process.env, PATHWISE_PORT: String(port), PATHWISE_LOG_FORMAT: "json" }, stdio: ["ignore", "ignore", "pipe"], detached: true });
  let log = "";
  let listening = NaN;
  child.stderr!.on("data", (chunk: Buffer) => {
    log += chunk.toString();
    if (Number.isNaN(listening) && log.includes('"msg":"listening"')) listening = (performance.now() - t0) / 1000;
  });
  let answered = false;
  while (!answered && performance.now() - t0 < 300_000 && child.exitCode === null) {
    answered = (await hello()) !== null;
    if (!answered) await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - t0) / 1000;
  const health = answered ? ((await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { training: string[] }) : null;
  process.kill(-child.pid!, "SIGTERM");
  await new Promise((r) => child.once("exit", r));
  rmSync(dir, { recursive: true, force: true });
  if (!answered) throw new Error(`no answer within 300 s:\n${log.slice(-2000)}`);
  console.log(JSON.stringify({ run, listeningSeconds: +listening.toFixed(1), firstAnswerSeconds: +seconds.toFixed(1), training: health?.training, loadAverage: +load.toFixed(1) }));
}
