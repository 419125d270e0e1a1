/**
 * Shared by the server tests: one MovieLens-small workspace imported (and quick-trained) once per
 * machine under a lock, real server processes on 127.0.0.1, and a small WebSocket client that
 * queues frames.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, existsSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import WebSocket from "ws";
import { ensureWorkspace } from "../../graph/ensure-workspace.ts";
import { ensurePreference } from "../../agents/ranking/preference-store.ts";
import { QUICK_TRAIN } from "../../server/models.ts";
import { MOVIELENS_SMALL, removedLater, ROOT } from "../shared.ts";

export const TEST_ROOT = path.join(tmpdir(), `pathwise-server-tests-${process.getuid?.() ?? 0}`);
export const WORKSPACE = path.join(TEST_ROOT, "movielens-small");
/** MovieLens-small cut to its first 60 users: a split small enough to evaluate twice in a test. */
export const TINY_WORKSPACE = path.join(TEST_ROOT, "movielens-tiny");

/** Imports and quick-trains the test workspaces when missing; safe across parallel test files. */
export async function prepareWorkspace(): Promise<string> {
  mkdirSync(TEST_ROOT, { recursive: true });
  const lock = path.join(TEST_ROOT, "prepare.lock");
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    const graph = ensureWorkspace(MOVIELENS_SMALL, "movielens", WORKSPACE);
    ensurePreference(WORKSPACE, graph, QUICK_TRAIN);
    const tinySource = path.join(TEST_ROOT, "movielens-tiny-source");
    mkdirSync(tinySource, { recursive: true });
    for (const f of ["movies.csv", "tags.csv", "links.csv"]) copyFileSync(path.join(MOVIELENS_SMALL, f), path.join(tinySource, f));
    const lines = readFileSync(path.join(MOVIELENS_SMALL, "ratings.csv"), "utf8").split("\n");
    const kept = lines.filter((l, i) => i === 0 || (l !== "" && Number(l.slice(0, l.indexOf(","))) <= 60));
    writeFileSync(path.join(tinySource, "ratings.csv"), kept.join("\n") + "\n");
    const tiny = ensureWorkspace(tinySource, "movielens", TINY_WORKSPACE);
    ensurePreference(TINY_WORKSPACE, tiny, QUICK_TRAIN);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return WORKSPACE;
}

/** A fresh database path per test file. */
export function freshDb(name: string): string {
  const file = path.join(TEST_ROOT, `${name}-${process.pid}-${Date.now()}.db`);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) rmSync(f);
  return removedLater(file);
}

export interface ServerProcess {
  readonly url: string;
  readonly wsUrl: string;
  readonly port: number;
  readonly proc: ChildProcess;
  readonly stderr: () => string;
  /** SIGTERM and wait for exit; resolves with the exit code. */
  stop(): Promise<number | null>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** Starts `pathwise serve` on 127.0.0.1 with a free port and waits for its "listening" log line. */
export async function startServer(opts: { db: string; data?: string; args?: string[]; env?: Record<string, string> }): Promise<ServerProcess> {
  const args = [path.join(ROOT, "bin", "pathwise.js"), "serve", "--data", opts.data ?? WORKSPACE, "--db", opts.db, "--port", "0", "--host", "127.0.0.1", "--quick-train", ...(opts.args ?? [])];
  // The sequence model stays off unless a test asks for it: training it at start would slow every server test.
  const env = { ...process.env, PATHWISE_LOG_LEVEL: "info", PATHWISE_SEQ_WEIGHT: "0", ...opts.env };
  const proc = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${err.slice(-2000)}`)), 60_000);
    proc.stderr!.setEncoding("utf8");
    proc.stderr!.on("data", (chunk: string) => {
      err += chunk;
      const m = /"port":(\d+)[^\n]*"msg":"listening"/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${err.slice(-2000)}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/v1/chat`,
    port,
    proc,
    stderr: () => err,
    async stop() {
      if (proc.exitCode === null) proc.kill("SIGTERM");
      return exited;
    },
    async kill(signal) {
      proc.kill(signal);
      await exited;
    },
  };
}

export type Frame = Record<string, unknown> & { type: string };

/** A scripted user: yes to attributes with an even id, the first option of a choice, none of a slate. */
export function reply(act: Frame): Frame {
  if (act.type === "recommendations") return { type: "answer", questionId: act.questionId, accept: [], reject: [] };
  if (act.kind === "yesno") {
    const id = (act.attribute as { id: number }).id;
    return { type: "answer", questionId: act.questionId, accept: id % 2 === 0 ? [id] : [], reject: id % 2 === 0 ? [] : [id] };
  }
  const options = (act.options as { id: number }[]) ?? [];
  return { type: "answer", questionId: act.questionId, accept: options.slice(0, 1).map((o) => o.id), reject: [] };
}

/** A frame without what a replay adds (`replay`, `clientAct`), to compare replayed acts with the ones first sent. */
export function strip(f: Frame) {
  const { replay: _r, clientAct: _c, ...rest } = f;
  return rest;
}

/** A WebSocket client that queues every server frame; `next` takes them in order. */
export class ChatClient {
  readonly ws: WebSocket;
  private readonly frames: Frame[] = [];
  private waiter: (() => void) | null = null;
  closed: { code: number; reason: string } | null = null;
  readonly opened: Promise<void>;

  constructor(url: string, options: WebSocket.ClientOptions = {}) {
    this.ws = new WebSocket(url, options);
    this.opened = new Promise((resolve, reject) => {
      this.ws.once("open", () => resolve());
      this.ws.once("error", reject);
      this.ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
    this.ws.on("message", (data) => {
      this.frames.push(JSON.parse(data.toString()) as Frame);
      this.waiter?.();
    });
    this.ws.on("close", (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.waiter?.();
    });
  }

  static async open(url: string, options?: WebSocket.ClientOptions): Promise<ChatClient> {
    const c = new ChatClient(url, options);
    await c.opened;
    return c;
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  async next(timeoutMs = 10_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    while (this.frames.length === 0) {
      if (this.closed) throw new Error(`connection closed ${this.closed.code} ${this.closed.reason}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error("no frame within the timeout");
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.waiter = null;
    }
    return this.frames.shift()!;
  }

  /** Frames up to and including the first `done` (one whole act). */
  async act(): Promise<{ tokens: string; act: Frame; done: Frame }> {
    let tokens = "";
    let act: Frame | null = null;
    for (;;) {
      const f = await this.next();
      if (f.type === "token") tokens += f.text as string;
      else if (f.type === "done") {
        if (!act) throw new Error("done before an act");
        return { tokens, act, done: f };
      } else if (f.type === "error") throw new Error(`error frame ${f.code}: ${f.message}`);
      else act = f;
    }
  }

  async waitClosed(timeoutMs = 10_000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed && Date.now() < deadline) {
      this.frames.length = 0;
      await new Promise((r) => setTimeout(r, 20));
    }
    if (!this.closed) throw new Error("not closed");
    return this.closed;
  }

  close(): void {
    this.ws.close();
  }
}

/** Polls `check` every 20 ms until it holds; throws after `timeoutMs` (generous: the machine may be busy). */
export async function until(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function json(res: Response): Promise<any> {
  return res.json();
}

/** A new conversation whose opening question is answered with `text`; the act that answers it. */
export async function openWith(url: string, text: string): Promise<{ c: ChatClient; act: Frame }> {
  const c = await ChatClient.open(url);
  c.send({ type: "hello" });
  await c.next();
  await c.act();
  c.send({ type: "message", text });
  return { c, act: (await c.act()).act };
}

/**
 * Answers every question as `wants` says, until a slate arrives (or 15 questions went by): yes or no to a
 * yes/no attribute, the wanted options of a choice (the rest turned down).
 */
export async function answerUntilSlate(c: ChatClient, first: Frame, wants: (attribute: number) => boolean): Promise<Frame> {
  let act = first;
  for (let i = 0; i < 15 && act.type === "question"; i++) {
    const asked = act.attribute ? [(act.attribute as { id: number }).id] : ((act.options as { id: number }[] | undefined) ?? []).map((o) => o.id);
    const accept = asked.filter(wants);
    c.send({ type: "answer", questionId: act.questionId, accept, reject: asked.filter((a) => !accept.includes(a)) });
    act = (await c.act()).act;
  }
  return act;
}

/** Answers yes to every question until a slate arrives (or 15 questions went by). */
export async function toSlate(c: ChatClient, first: Frame): Promise<Frame> {
  let act = first;
  for (let i = 0; i < 15 && act.type === "question"; i++) {
    const accept = act.kind === "yesno" ? [(act.attribute as { id: number }).id] : [];
    c.send({ type: "answer", questionId: act.questionId, accept, reject: [] });
    act = (await c.act()).act;
  }
  return act;
}
