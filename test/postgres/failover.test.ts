/**
 * Two real `pathwise serve` processes sharing one throwaway PostgreSQL cluster: conversations
 * alternate between them over WebSocket and REST, both write the same turn at once, one is
 * SIGKILLed mid-conversation while the other carries on without losing a turn, and the database
 * itself goes away for a moment.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatClient, freshDb, prepareWorkspace, reply, startServer, strip, type Frame, type ServerProcess } from "../server/helpers.ts";
import { NO_POSTGRES_REASON, postgresBin, startCluster, type Cluster } from "./cluster.ts";

const HAS_POSTGRES = postgresBin() !== null;
if (!HAS_POSTGRES) console.warn(`test/postgres skipped: ${NO_POSTGRES_REASON}`);

let cluster: Cluster;
const running: ServerProcess[] = [];

async function serve(): Promise<ServerProcess> {
  const s = await startServer({ db: freshDb("pg-unused"), env: { PATHWISE_DATABASE_URL: cluster.url } });
  running.push(s);
  return s;
}

/** An act without its wording: what was asked or recommended. */
function decision(f: Frame): unknown {
  const { text: _t, items, ...rest } = f as Frame & { items?: { justification?: string }[] };
  return { ...rest, items: items?.map(({ justification: _j, ...item }) => item) };
}

async function post(server: ServerProcess, path: string, body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

/** Resumes a session on a new connection and returns the session frame with the replayed acts. */
async function resume(server: ServerProcess, sessionId: string, lastSeq: number): Promise<{ c: ChatClient; session: Frame; replayed: Frame[] }> {
  const c = await ChatClient.open(server.wsUrl);
  c.send({ type: "hello", sessionId, lastSeq });
  const session = await c.next();
  expect(session).toMatchObject({ type: "session", sessionId, resumed: true });
  const replayed: Frame[] = [];
  for (let s = lastSeq + 1; s <= (session.lastSeq as number); s++) {
    const f = await c.next();
    expect(f).toMatchObject({ seq: s, replay: true });
    replayed.push(strip(f));
    expect(await c.next()).toMatchObject({ type: "done", seq: s });
  }
  return { c, session, replayed };
}

/** The same script in one uninterrupted session on one process: what the alternating run must equal. */
async function reference(server: ServerProcess, length: number): Promise<Frame[]> {
  const ref = await ChatClient.open(server.wsUrl);
  ref.send({ type: "hello" });
  await ref.next();
  const acts: Frame[] = [(await ref.act()).act];
  while (acts.length < length && acts[acts.length - 1].type !== "end") {
    ref.send(reply(acts[acts.length - 1]));
    acts.push((await ref.act()).act);
  }
  ref.close();
  return acts;
}

describe.skipIf(!HAS_POSTGRES)("two server processes sharing PostgreSQL", () => {
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    const [, c] = await Promise.all([prepareWorkspace(), startCluster({ settings: { fsync: "off" } })]);
    cluster = c;
    [a, b] = await Promise.all([serve(), serve()]);
  });
  afterAll(async () => {
    for (const s of running) await s.stop();
    cluster?.stop();
  });

  it("lets exactly one of two processes answer the same question at once, and never forks the conversation", async () => {
    const created = await post(a, "/v1/sessions", {});
    expect(created.status).toBe(201);
    const id = created.body.sessionId as string;
    const second = await post(b, `/v1/sessions/${id}/messages`, reply(created.body.act));
    expect(second).toMatchObject({ status: 200, body: { seq: 2 } });
    // A still holds the session at seq 1 in memory, B at seq 2; both get the answer to question 2.
    const latest = { seq: 2, act: second.body.act as Frame };
    const answer = reply(latest.act);
    const both = await Promise.all([post(a, `/v1/sessions/${id}/messages`, answer), post(b, `/v1/sessions/${id}/messages`, answer)]);
    const statuses = both.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const loser = both.find((r) => r.status === 409)!;
    expect(loser.body.error.code).toBe("stale_question");
    const winner = both.find((r) => r.status === 200)!;
    expect(winner.body.seq).toBe(latest.seq + 1);

    const transcript = (await (await fetch(`${a.url}/v1/sessions/${id}`)).json()) as { turns: { seq: number; act: Frame }[]; session: { lastSeq: number } };
    expect(transcript.turns.map((t) => t.seq)).toEqual(Array.from({ length: latest.seq + 1 }, (_, i) => i + 1));
    expect(transcript.session.lastSeq).toBe(latest.seq + 1);
    expect(transcript.turns.at(-1)!.act).toEqual(winner.body.act);
  });

  it("continues one conversation across processes over WebSocket and REST, and survives SIGKILL of one of them", async () => {
    const seen: Frame[] = [];
    // Turn 1-2 on A over WebSocket.
    let c = await ChatClient.open(a.wsUrl);
    c.send({ type: "hello" });
    const { sessionId } = (await c.next()) as Frame & { sessionId: string };
    seen.push((await c.act()).act);
    c.send(reply(seen[0]));
    seen.push((await c.act()).act);
    c.close();

    // Turn 3 on B after a reconnect: nothing to replay, B rebuilds the session from the database.
    let r = await resume(b, sessionId, 2);
    expect(r.session.lastSeq).toBe(2);
    r.c.send(reply(seen[1]));
    seen.push((await r.c.act()).act);
    r.c.close();

    // Back on A, whose memory still holds the session at seq 2: it must catch up to 3 first.
    r = await resume(a, sessionId, 3);
    expect(r.session.lastSeq).toBe(3);
    c = r.c;
    c.send(reply(seen[2]));
    seen.push((await c.act()).act);

    // Turn 5 over REST on B, then turn 6 on A's still-open socket (A is one turn behind again).
    const rest = await post(b, `/v1/sessions/${sessionId}/messages`, reply(seen[3]));
    expect(rest).toMatchObject({ status: 200, body: { seq: 5 } });
    seen.push({ ...rest.body.act, seq: 5 });
    c.send(reply(seen[4]));
    seen.push((await c.act()).act);
    expect(seen.map((f) => f.seq)).toEqual([1, 2, 3, 4, 5, 6]);

    // One more answer is in flight on A when A dies: it may or may not have been applied.
    c.send(reply(seen[5]));
    await a.kill("SIGKILL");
    expect(a.proc.signalCode).toBe("SIGKILL");

    r = await resume(b, sessionId, 0);
    expect(r.session.lastSeq as number).toBeGreaterThanOrEqual(6);
    // Every act the client saw, whichever process sent it, is there unchanged and in order.
    expect(r.replayed.slice(0, seen.length)).toEqual(seen);
    const all = [...r.replayed];
    while (all.length < 10 && all[all.length - 1].type !== "end") {
      r.c.send(reply(all[all.length - 1]));
      all.push((await r.c.act()).act);
    }
    r.c.close();
    expect(all.map((f) => f.seq)).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));

    const transcript = await (await fetch(`${b.url}/v1/sessions/${sessionId}`)).json();
    expect(transcript.turns.map((t: { seq: number }) => t.seq)).toEqual(all.map((f) => f.seq));

    // The state each process rebuilt from the database was exact: an uninterrupted run makes the same
    // decisions (its wording differs: templates are picked by the session's own seed).
    expect((await reference(b, all.length)).map(decision)).toEqual(all.map(decision));
  });

  it("answers a database outage with clear errors, stays up, and goes on without loss when it is back", async () => {
    const created = await post(b, "/v1/sessions", {});
    const id = created.body.sessionId as string;
    const { c } = await resume(b, id, 1);
    cluster.down();
    try {
      const failed = await post(b, `/v1/sessions/${id}/messages`, reply(created.body.act));
      expect(failed).toMatchObject({ status: 500, body: { error: { code: "internal" } } });
      c.send(reply(created.body.act));
      expect(await c.next()).toMatchObject({ type: "error", code: "internal" });
      expect((await fetch(`${b.url}/healthz`)).status).toBe(200);
    } finally {
      cluster.up();
    }
    c.send(reply(created.body.act));
    const { act } = await c.act();
    expect(act.seq).toBe(2);
    c.close();
    const transcript = await (await fetch(`${b.url}/v1/sessions/${id}`)).json();
    expect(transcript.turns.map((t: { seq: number }) => t.seq)).toEqual([1, 2]);
    expect(b.proc.exitCode).toBeNull();
  });
});
