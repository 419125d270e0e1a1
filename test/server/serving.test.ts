import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { learnedFile, saveLearned } from "../../agents/learning/store.ts";
import { trainPolicy } from "../../agents/learning/train.ts";
import { defaultDatabase } from "../../server/workspace.ts";
import { ROOT } from "../shared.ts";
import { ChatClient, freshDb, prepareWorkspace, reply, startServer, TINY_WORKSPACE, until, type Frame, type ServerProcess } from "./helpers.ts";

const dir = mkdtempSync(path.join(tmpdir(), "pathwise-serving-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  await prepareWorkspace();
});

const post = (base: string, p: string, body: unknown) => fetch(`${base}${p}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const health = async (s: ServerProcess) => (await (await fetch(`${s.url}/healthz`)).json()) as { liveSessions: number; dialogue: { policy: string }; catalogId: string };
const metric = async (s: ServerProcess, name: string) => Number(new RegExp(`^${name} (\\d+)`, "m").exec(await (await fetch(`${s.url}/metrics`)).text())?.[1] ?? NaN);
/** Decisions without phrasing: phrasings are seeded per session, decisions are not. */
const decisions = (act: unknown) => JSON.parse(JSON.stringify(act, (k, v) => (k === "text" || k === "justification" ? undefined : v)));
const names = (item: { attributes: { name: string }[] }) => item.attributes.map((a) => a.name);
/** No to every attribute asked about, none of a slate. */
const no = (act: Frame): Frame =>
  act.kind === "yesno" ? { type: "answer", questionId: act.questionId, accept: [], reject: [(act.attribute as { id: number }).id] } : { type: "answer", questionId: act.questionId, accept: [], reject: [] };

describe("one server process, memory as a cache of the stored turns", () => {
  let server: ServerProcess;
  const db = freshDb("serving");
  beforeAll(async () => {
    // Requests come faster than a person sends them: the address budget is raised, so a refill never decides a test.
    server = await startServer({ db, env: { PATHWISE_MAX_LIVE_SESSIONS: "3" }, args: ["--address-rate", "1000", "--address-burst", "1000"] });
  });
  afterAll(async () => {
    expect(await server?.stop()).toBe(0);
  });

  it("keeps a session two connections hold until the last lets go, and both act on the one conversation", async () => {
    expect((await health(server)).liveSessions).toBe(0);
    const a = await ChatClient.open(server.wsUrl);
    a.send({ type: "hello" });
    const { sessionId } = (await a.next()) as Frame & { sessionId: string };
    await a.act();
    const b = await ChatClient.open(server.wsUrl);
    b.send({ type: "hello", sessionId, lastSeq: 1 });
    expect(await b.next()).toMatchObject({ type: "session", sessionId, resumed: true, lastSeq: 1 });
    expect((await health(server)).liveSessions).toBe(1);

    a.send({ type: "answer", questionId: "q1", accept: [4], reject: [] });
    const second = (await a.act()).act;
    b.send(reply(second));
    const third = (await b.act()).act;
    expect(third.seq).toBe(3);
    // a's view is one turn behind: its answer to the second act is stale now.
    a.send(reply(second));
    expect(await a.next()).toMatchObject({ type: "error", code: "stale_question" });

    a.close();
    await until(async () => (await metric(server, "pathwise_ws_connections")) === 1);
    expect((await health(server)).liveSessions).toBe(1); // b still holds it
    b.send(reply(third));
    expect((await b.act()).act.seq).toBe(4);
    b.close();
    await until(async () => (await health(server)).liveSessions === 0);
  });

  it(`evicts sessions no connection holds past PATHWISE_MAX_LIVE_SESSIONS, and rebuilds one exactly when it is used again`, async () => {
    const held = await ChatClient.open(server.wsUrl);
    held.send({ type: "hello" });
    expect((await held.next()).type).toBe("session");
    await held.act();

    const start = async () => {
      const opened = await (await post(server.url, "/v1/sessions", {})).json();
      const next = await (await post(server.url, `/v1/sessions/${opened.sessionId}/messages`, { type: "answer", questionId: "q1", accept: [4], reject: [] })).json();
      return { id: opened.sessionId as string, act: next.act as Frame };
    };
    const first = await start();
    for (let i = 0; i < 4; i++) {
      await start();
      expect((await health(server)).liveSessions).toBeLessThanOrEqual(3);
    }
    expect((await health(server)).liveSessions).toBe(3);

    // The first REST session was evicted long ago: its next turn rebuilds it from the store and decides as a
    // session kept in memory throughout does (a fresh one, played the same way without a pause).
    const resumed = await (await post(server.url, `/v1/sessions/${first.id}/messages`, reply(first.act))).json();
    expect(resumed.seq).toBe(3);
    const reference = await start();
    const straight = await (await post(server.url, `/v1/sessions/${reference.id}/messages`, reply(reference.act))).json();
    expect(decisions(resumed.act)).toEqual(decisions(straight.act));

    held.send({ type: "answer", questionId: "q1", accept: [4], reject: [] });
    expect((await held.act()).act.seq).toBe(2);
    held.close();
  });

  it("answers a failed SQLite write with 500, keeps nothing of that turn, and rebuilds the session before its next one", async () => {
    const store = new Database(db);
    store.pragma("busy_timeout = 5000");
    store.exec("CREATE TRIGGER fail_turn BEFORE INSERT ON turns WHEN NEW.client_act LIKE '%disk-full%' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    store.close();
    const { sessionId } = await (await post(server.url, "/v1/sessions", {})).json();

    // The engine takes "horror" into the session's state, then the write fails.
    const failed = await post(server.url, `/v1/sessions/${sessionId}/messages`, { type: "message", text: "horror disk-full" });
    expect(failed.status).toBe(500);
    expect((await failed.json()).error).toEqual({ code: "internal", message: "internal error" });

    const next = await (await post(server.url, `/v1/sessions/${sessionId}/messages`, { type: "message", text: "something funny" })).json();
    expect(next.seq).toBe(2);
    let act = next.act;
    for (let i = 0; i < 15 && act.type === "question"; i++) act = (await (await post(server.url, `/v1/sessions/${sessionId}/messages`, no(act))).json()).act;
    expect(act.type).toBe("recommendations");
    // Comedies, from the rebuilt state: had the failed turn's "horror" stayed, every one would be a horror film
    // (the answers were all no, so nothing else asks for horror).
    for (const item of act.items) expect(names(item)).toContain("Comedy");
    expect(act.items.filter((item: { attributes: { name: string }[] }) => !names(item).includes("Horror")).length).toBeGreaterThan(0);

    const transcript = await (await fetch(`${server.url}/v1/sessions/${sessionId}`)).json();
    expect(transcript.turns[1].clientAct).toEqual({ type: "message", text: "something funny" });
    expect(JSON.stringify(transcript)).not.toContain("disk-full");
  });

  it("does not serve a session of another catalog from the same database", async () => {
    const opened = await post(server.url, "/v1/sessions", {});
    expect(opened.status).toBe(201);
    const { sessionId } = await opened.json();
    const { catalogId } = await health(server);
    expect(await server.stop()).toBe(0);
    const other = await startServer({ db, data: TINY_WORKSPACE, args: ["--address-rate", "1000", "--address-burst", "1000"] });
    try {
      expect((await health(other)).catalogId).not.toBe(catalogId);
      const act = await post(other.url, `/v1/sessions/${sessionId}/messages`, { type: "message", text: "comedy" });
      expect(act.status).toBe(404);
      expect((await act.json()).error).toMatchObject({ code: "unknown_session", message: expect.stringMatching(/another catalog/) });
      expect((await fetch(`${other.url}/v1/sessions/${sessionId}`)).status).toBe(404);
      const c = await ChatClient.open(other.wsUrl);
      c.send({ type: "hello", sessionId, lastSeq: 0 });
      expect(await c.next()).toMatchObject({ type: "error", code: "unknown_session", message: expect.stringMatching(/another catalog/) });
      c.close();
    } finally {
      expect(await other.stop()).toBe(0);
    }
  });
});

describe("serving a workspace", () => {
  /** `pathwise serve --data` expected to fail: exit code and the one plain line. */
  function serveFails(data: string): Promise<{ code: number | null; lines: string[] }> {
    const proc = spawn(process.execPath, [path.join(ROOT, "bin", "pathwise.js"), "serve", "--data", data, "--port", "0", "--quick-train"], {
      cwd: ROOT,
      env: { ...process.env, PATHWISE_SEQ_WEIGHT: "0" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    proc.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const killer = setTimeout(() => proc.kill("SIGKILL"), 60_000);
    return new Promise((resolve) =>
      proc.once("exit", (code) => {
        clearTimeout(killer);
        resolve({ code, lines: stderr.split("\n").filter((l) => l !== "" && !l.startsWith("{")) });
      }),
    );
  }

  it("refuses a directory that is not a workspace, and a damaged one, with one line and no database beside it", async () => {
    const notWorkspace = path.join(dir, "not-a-workspace");
    mkdirSync(notWorkspace);
    writeFileSync(path.join(notWorkspace, "ratings.csv"), "userId,movieId,rating,timestamp\n1,1,4,1\n");
    const damaged = path.join(dir, "damaged");
    cpSync(TINY_WORKSPACE, damaged, { recursive: true });
    truncateSync(path.join(damaged, "graph.bin"), 1000);

    const [a, b] = await Promise.all([serveFails(notWorkspace), serveFails(damaged)]);
    expect(a).toEqual({ code: 1, lines: [`pathwise: cannot start: ${notWorkspace} is not a pathwise workspace (no manifest.json); run \`pathwise import\` first`] });
    expect(b.code).toBe(1);
    expect(b.lines).toEqual([expect.stringMatching(new RegExp(`^pathwise: cannot start: ${damaged}/graph\\.bin: .*the workspace is damaged, re-run \`pathwise import\`$`))]);
    for (const d of [notWorkspace, damaged]) expect(existsSync(defaultDatabase(d))).toBe(false);
  });

  it("with --policy learned, loads the workspace's learned policy at start and converses with it", async () => {
    const ws = path.join(dir, "learned");
    cpSync(TINY_WORKSPACE, ws, { recursive: true });
    // A policy net saved as `pathwise train-policy` would, kept small: no gradient steps, one short validation.
    const trained = await trainPolicy({ workspace: ws, questions: "yesno", noises: [0], epochs: 0, validStride: 400, foldEpochs: 1, workers: 1 });
    saveLearned(ws, learnedFile("yesno"), trained.net, trained.info);

    const learned = await startServer({ db: freshDb("serving-learned"), data: ws, args: ["--policy", "learned"] });
    try {
      expect(learned.stderr()).not.toContain("training the missing learned policy");
      expect(JSON.parse(learned.stderr().split("\n").find((l) => l.includes('"msg":"listening"'))!)).toMatchObject({ policy: "learned" });
      expect((await health(learned)).dialogue.policy).toBe("learned");
      const c = await ChatClient.open(learned.wsUrl);
      c.send({ type: "hello" });
      await c.next();
      let act = (await c.act()).act;
      c.send({ type: "message", text: "a comedy" });
      act = (await c.act()).act;
      for (let i = 0; i < 15 && act.type === "question"; i++) {
        c.send(reply(act));
        act = (await c.act()).act;
      }
      expect(act.type).toBe("recommendations");
      for (const item of act.items as { attributes: { name: string }[] }[]) expect(names(item)).toContain("Comedy");
      c.close();
    } finally {
      expect(await learned.stop()).toBe(0);
    }
  });
});
