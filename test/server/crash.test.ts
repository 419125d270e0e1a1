import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatClient, freshDb, prepareWorkspace, reply, startServer, strip, type Frame, type ServerProcess } from "./helpers.ts";

const running: ServerProcess[] = [];
beforeAll(async () => {
  await prepareWorkspace();
});
afterAll(async () => {
  for (const s of running) await s.stop();
});

async function serve(db: string, args: string[] = []): Promise<ServerProcess> {
  const s = await startServer({ db, args });
  running.push(s);
  return s;
}

describe("shutdown", () => {
  it("on SIGTERM answers the frames it already read, closes chat connections with 1001, keeps what was answered, and exits 0", async () => {
    const db = freshDb("term");
    // 101 frames at once: the connection's rate limit and the address budget raised out of the way.
    const server = await serve(db, ["--ws-rate", "10000", "--ws-burst", "10000", "--address-rate", "10000", "--address-burst", "10000"]);
    const c = await ChatClient.open(server.wsUrl);
    c.send({ type: "hello" });
    const { sessionId } = (await c.next()) as Frame & { sessionId: string };
    await c.act();
    // An answer and 100 feedback frames in one write: the server reads them all at once and handles them one by
    // one (each feedback is a committed write), so the signal arrives while most of them still wait in the queue.
    const FEEDBACK = 100;
    const socket = (c.ws as unknown as { _socket: import("node:net").Socket })._socket;
    socket.cork();
    c.send({ type: "answer", questionId: "q1", accept: [4], reject: [] });
    for (let i = 0; i < FEEDBACK; i++) c.send({ type: "feedback", itemId: i, liked: i % 2 === 0, id: `f${i}` });
    socket.uncork();
    expect(await c.next()).toMatchObject({ type: "token", seq: 2 });
    const stopped = server.stop();
    const act = await c.next();
    expect(act.seq).toBe(2);
    expect(await c.next()).toMatchObject({ type: "done", seq: 2 });
    for (let i = 0; i < FEEDBACK; i++) expect(await c.next()).toMatchObject({ type: "ack", of: "feedback", re: `f${i}` });
    expect((await c.waitClosed()).code).toBe(1001);
    expect(await stopped).toBe(0);

    // Everything answered during shutdown was stored: the act and every acknowledged feedback.
    const stored = new Database(db, { readonly: true });
    const rows = stored.prepare("select item_id as itemId, liked from feedback where session_id = ? order by id").all(sessionId) as { itemId: number; liked: number }[];
    stored.close();
    expect(rows).toEqual(Array.from({ length: FEEDBACK }, (_, i) => ({ itemId: i, liked: i % 2 === 0 ? 1 : 0 })));
    const again = await serve(db);
    const transcript = await (await fetch(`${again.url}/v1/sessions/${sessionId}`)).json();
    expect(transcript.session.lastSeq).toBe(2);
  });
});

describe("crash safety", () => {
  it("loses no turn when the server is SIGKILLed mid-conversation, and the resumed session continues identically", async () => {
    const db = freshDb("crash");
    let server = await serve(db);
    let c = await ChatClient.open(server.wsUrl);
    c.send({ type: "hello" });
    const { sessionId } = (await c.next()) as Frame & { sessionId: string };
    const seen: Frame[] = [(await c.act()).act];
    c.send({ type: "answer", questionId: "q1", accept: [4], reject: [] });
    seen.push((await c.act()).act);
    for (let i = 0; i < 3; i++) {
      c.send(reply(seen[seen.length - 1]));
      seen.push((await c.act()).act);
    }
    // One more answer is in flight when the process dies: it may or may not have been applied.
    c.send(reply(seen[seen.length - 1]));
    await server.kill("SIGKILL");
    expect(server.proc.signalCode).toBe("SIGKILL");

    server = await serve(db);
    c = await ChatClient.open(server.wsUrl);
    const lastSeen = seen[seen.length - 1].seq as number;
    c.send({ type: "hello", sessionId, lastSeq: 0 });
    const session = (await c.next()) as Frame & { lastSeq: number };
    expect(session).toMatchObject({ type: "session", sessionId, resumed: true });
    expect(session.lastSeq).toBeGreaterThanOrEqual(lastSeen);
    const replayed: Frame[] = [];
    for (let s = 1; s <= session.lastSeq; s++) {
      const f = await c.next();
      expect(f.replay).toBe(true);
      replayed.push(strip(f));
      expect(await c.next()).toMatchObject({ type: "done", seq: s });
    }
    // Every act the client saw before the crash is there, unchanged.
    expect(replayed.slice(0, seen.length)).toEqual(seen);

    const transcript = await (await fetch(`${server.url}/v1/sessions/${sessionId}`)).json();
    expect(transcript.turns.map((t: { seq: number }) => t.seq)).toEqual(replayed.map((f) => f.seq));

    // Continue to the end of the script on the restarted server.
    const all = [...replayed];
    while (all.length < 10 && all[all.length - 1].type !== "end") {
      c.send(reply(all[all.length - 1]));
      all.push((await c.act()).act);
    }
    c.close();

    // The same script in one uninterrupted session gives the same acts: the state was rebuilt exactly.
    const ref = await ChatClient.open(server.wsUrl);
    ref.send({ type: "hello" });
    await ref.next();
    const refActs: Frame[] = [(await ref.act()).act];
    ref.send({ type: "answer", questionId: "q1", accept: [4], reject: [] });
    refActs.push((await ref.act()).act);
    while (refActs.length < all.length) {
      ref.send(reply(refActs[refActs.length - 1]));
      refActs.push((await ref.act()).act);
    }
    ref.close();
    // Phrasings are seeded per session; the decisions (questions, slates, paths) must be identical.
    const decisions = (acts: Frame[]) => JSON.parse(JSON.stringify(acts, (k, v) => (k === "text" || k === "justification" ? undefined : v)));
    expect(decisions(refActs)).toEqual(decisions(all));
  });
});
