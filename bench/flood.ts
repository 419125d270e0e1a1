/**
 * Flood: a well-behaved client pings every 100 ms while 10 sockets of its own address send 20 messages
 * a second each of 2,000-character text, for `--seconds` (default 5). Prints the pinger's p50/p99
 * without the flood, with it under the default address budget, and with it with the budget raised out
 * of the way (what the server did before it had one).
 *
 *   npx tsx bench/flood.ts [--seconds 5] [--data WORKDIR] [--json FILE]
 *
 * Without `--data` the server serves the embedded MovieLens-small (imported and trained on first start).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import WebSocket from "ws";
import { ROOT } from "../server/workspace.ts";
import { startChild } from "./load.ts";

const SOCKETS = 10;
const PER_SECOND = 20;
const TEXT = "a comedy from the nineties with some romance ".repeat(45).slice(0, 2000);

interface Pings {
  pings: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: "string", default: "5" }, data: { type: "string" }, json: { type: "string" } } });
  const seconds = Number(values.seconds);
  if (!(seconds > 0)) throw new Error("--seconds must be positive");
  const dir = mkdtempSync(path.join(tmpdir(), "pathwise-flood-"));
  try {
    // The sequence model plays no part in a flood; off, a workspace without one starts without training it.
    const data = [...(values.data ? ["--data", values.data] : []), "--seq-weight", "0"];
    const budgeted = await run(dir, "budget", data, seconds);
    const unlimited = await run(dir, "raised", [...data, "--address-rate", "1000000", "--address-burst", "1000000"], seconds);
    const result = { seconds, sockets: SOCKETS, messages_per_s: SOCKETS * PER_SECOND, text_chars: TEXT.length, ...budgeted, raised: unlimited };
    const text = JSON.stringify(result, null, 2);
    if (values.json) writeFileSync(values.json, text + "\n");
    process.stdout.write(`${text}\n`);
    const line = (name: string, p: Pings) => `${name} p50 ${p.p50_ms.toFixed(1)} ms p99 ${p.p99_ms.toFixed(1)} ms`;
    process.stdout.write(
      `ping ${line("quiet", budgeted.quiet)} | ${line("flooded", budgeted.flooded)} | ${line("flooded without a budget", unlimited.flooded)}` +
        ` | p99 ratio flooded/quiet ${(budgeted.flooded.p99_ms / Math.max(budgeted.quiet.p99_ms, 1e-9)).toFixed(1)}x\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One server: the pinger alone, then the pinger under the flood. */
async function run(dir: string, name: string, args: string[], seconds: number): Promise<{ quiet: Pings; flooded: Pings; refused: number; answered: number }> {
  const child = spawn(process.execPath, [path.join(ROOT, "bin", "pathwise.js"), "serve", "--port", "0", "--db", path.join(dir, `${name}.db`), ...args], {
    cwd: ROOT,
    env: { ...process.env, PATHWISE_LOG_LEVEL: "info" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  try {
    const { url } = await startChild(child);
    process.stderr.write(`${name}: pinging for ${seconds} s alone, then under the flood\n`);
    const chat = url.replace("http", "ws") + "/v1/chat";
    const pinger = await open(chat);
    const quiet = await pings(pinger, seconds);
    const flooders = await Promise.all(Array.from({ length: SOCKETS }, () => open(chat)));
    const counts = { refused: 0, answered: 0 };
    for (const f of flooders) {
      f.on("message", (data) => {
        const frame = JSON.parse(data.toString()) as { type: string; code?: string };
        if (frame.type === "error" && frame.code === "rate_limited") counts.refused++;
        else if (frame.type === "done") counts.answered++;
      });
      f.send(JSON.stringify({ type: "hello" }));
    }
    // The sessions open before the flood starts (their first text would otherwise run cold code).
    await sleep(1000);
    const frame = JSON.stringify({ type: "message", text: TEXT });
    const timer = setInterval(() => {
      for (const f of flooders) if (f.readyState === f.OPEN) f.send(frame);
    }, 1000 / PER_SECOND);
    const flooded = await pings(pinger, seconds);
    clearInterval(timer);
    for (const ws of [pinger, ...flooders]) ws.close();
    return { quiet, flooded, ...counts };
  } finally {
    child.kill("SIGTERM");
  }
}

/** Every connection from 127.0.0.2, so the pinger shares its address with the flood and not with the bench's other runs. */
function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false, localAddress: "127.0.0.2" });
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
  });
}

/** A ping every 100 ms for `seconds`; each round trip timed. */
async function pings(ws: WebSocket, seconds: number): Promise<Pings> {
  const rtts: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const t = performance.now();
    await new Promise<void>((resolve) => {
      const onMessage = (data: WebSocket.RawData) => {
        if (!data.toString().startsWith('{"type":"pong"')) return;
        ws.off("message", onMessage);
        resolve();
      };
      ws.on("message", onMessage);
      ws.send('{"type":"ping"}');
    });
    rtts.push(performance.now() - t);
    await sleep(100);
  }
  rtts.sort((a, b) => a - b);
  const q = (p: number) => rtts[Math.min(rtts.length - 1, Math.floor(p * rtts.length))];
  const ms = (x: number) => +x.toFixed(1);
  return { pings: rtts.length, p50_ms: ms(q(0.5)), p99_ms: ms(q(0.99)), max_ms: ms(rtts[rtts.length - 1]) };
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

await main();
