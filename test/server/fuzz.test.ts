import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { ERROR_CODES } from "../../server/protocol.ts";
import { ChatClient, freshDb, prepareWorkspace, startServer, type ServerProcess } from "./helpers.ts";

let server: ServerProcess;
const MAX_FRAME = 4096;

beforeAll(async () => {
  await prepareWorkspace();
  server = await startServer({
    db: freshDb("fuzz"),
    args: ["--ws-rate", "1000000", "--ws-burst", "1000000", "--ws-abuse-limit", "100000000", "--http-rate", "1000000", "--http-burst", "1000000", "--address-rate", "1000000", "--address-burst", "1000000", "--max-frame-bytes", String(MAX_FRAME)],
  });
});
afterAll(async () => {
  expect(await server?.stop()).toBe(0);
});

const TYPES = ["hello", "message", "answer", "critique", "feedback", "ping"];
const junkKey = fc.string({ minLength: 1, maxLength: 8 }).map((k) => `x_${k}`);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));

/** Frames invalid by construction, from raw bytes to near-misses of every frame type. */
const badFrame = fc.oneof(
  fc.string({ maxLength: 64 }).map((s) => ({ raw: s })),
  fc.jsonValue({ maxDepth: 3 }).filter((v) => typeof v !== "object" || v === null || Array.isArray(v) || !("type" in v)).map((v) => ({ raw: JSON.stringify(v) })),
  // A known type with one unknown field: strict frames refuse it.
  fc.tuple(fc.constantFrom(...TYPES), junkKey, anyValue).map(([type, k, v]) => ({ raw: JSON.stringify({ type, [k]: v ?? 1 }) })),
  // A known type with every field of a random type.
  fc
    .tuple(fc.constantFrom(...TYPES.filter((t) => t !== "ping" && t !== "hello")), fc.dictionary(fc.constantFrom("text", "questionId", "accept", "reject", "itemId", "attributeId", "direction", "liked"), fc.oneof(fc.string(), fc.integer({ min: -5, max: -1 }), fc.boolean(), fc.constant(null)), { minKeys: 1 }))
    .map(([type, fields]) => ({ raw: JSON.stringify({ type, ...fields, text: 7 }) })),
  fc.string({ minLength: 1, maxLength: 40 }).map((t) => ({ raw: JSON.stringify({ type: t + "_", id: "x" }) })),
  fc.uint8Array({ minLength: 1, maxLength: 32 }).map((b) => ({ binary: b })),
  fc.integer({ min: MAX_FRAME + 1, max: MAX_FRAME * 3 }).map((n) => ({ raw: JSON.stringify({ type: "message", text: "a".repeat(n) }) })),
  // Well-formed answers and critiques that name questions or ids the session does not have.
  fc.tuple(fc.stringMatching(/^q[0-9]{2,5}$/), fc.array(fc.nat(5000), { maxLength: 4 })).map(([q, ids]) => ({ raw: JSON.stringify({ type: "answer", questionId: q, accept: ids, reject: [] }) })),
  fc.tuple(fc.integer({ min: 20000, max: 2 ** 31 - 1 }), fc.nat(300)).map(([item, attr]) => ({ raw: JSON.stringify({ type: "critique", itemId: item, attributeId: attr, direction: "less" }) })),
);

describe("fuzz", () => {
  it("answers 8,000 malformed WebSocket frames each with one error frame and stays up", async () => {
    const c = await ChatClient.open(server.wsUrl);
    c.send({ type: "hello" });
    expect((await c.next()).type).toBe("session");
    await c.act();
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(badFrame, async (f) => {
        if ("binary" in f) c.ws.send(f.binary, { binary: true });
        else c.ws.send(f.raw);
        const reply = await c.next();
        expect(reply.type).toBe("error");
        expect(ERROR_CODES).toContain(reply.code);
        expect(String(reply.message)).not.toMatch(/\n\s+at /);
        codes.set(reply.code as string, (codes.get(reply.code as string) ?? 0) + 1);
      }),
      { numRuns: 8000, seed: 42 },
    );
    // One reply per frame: a second error for any frame would now stand before the pong.
    c.send({ type: "ping", id: "after" });
    expect(await c.next()).toMatchObject({ type: "pong", re: "after" });
    expect(codes.get("bad_json")).toBeGreaterThan(0);
    expect(codes.get("bad_frame")).toBeGreaterThan(0);
    expect(codes.get("too_large")).toBeGreaterThan(0);
    // Still the same open connection and session.
    c.send({ type: "answer", questionId: "q1", accept: [4], reject: [] });
    expect((await c.act()).act.seq).toBe(2);
    c.close();
  });

  it("answers messages of emoji, symbols and digits alone, to a question and to a slate, with an act or not_understood, never an internal error", async () => {
    const glyphs = fc.constantFrom("🤷", "👍", "👎", "❌", "😍", "❤️", "🎬", "🍿", "💥", "🙄", "?", "!", "...", "#", "-", "3", "10", " ", "\u200d", "♀️");
    const text = fc.array(glyphs, { minLength: 1, maxLength: 6 }).map((g) => g.join("")).filter((t) => t.trim().length > 0);
    const sayAndRead = async (c: ChatClient, t: string): Promise<string> => {
      c.send({ type: "message", text: t });
      for (;;) {
        const f = await c.next();
        if (f.type === "error") return f.code as string;
        if (f.type === "done") return "act";
      }
    };
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), async (t, onSlate) => {
        // A fresh conversation each time (a thumbs up may take a card and end one), on a yes/no question or a slate.
        const c = await ChatClient.open(server.wsUrl);
        c.send({ type: "hello" });
        await c.next();
        await c.act();
        expect(await sayAndRead(c, onSlate ? "just show me some comedies" : "comedies")).toBe("act");
        expect(["act", "not_understood"], t).toContain(await sayAndRead(c, t));
        c.close();
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it("pauses a client that stops reading, closes it with 1013 once far behind, and serves others meanwhile", async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then((r) => r.json());
    const { sessionId, act: first } = await post("/v1/sessions", {});
    let act = (await post(`/v1/sessions/${sessionId}/messages`, { type: "answer", questionId: first.questionId, accept: [4], reject: [] })).act;
    // Yes to every question and "none of these" to every slate: a transcript heavy with slates.
    for (let i = 0; i < 12 && act.type !== "end"; i++) {
      const accept = act.type === "question" && act.attribute ? [act.attribute.id] : [];
      act = (await post(`/v1/sessions/${sessionId}/messages`, { type: "answer", questionId: act.questionId, accept, reject: [] })).act;
    }
    const transcript = await (await fetch(`${server.url}/v1/sessions/${sessionId}`)).text();
    expect(transcript.length).toBeGreaterThan(20_000);
    const backpressure = async (action: string) => {
      const m = new RegExp(`pathwise_ws_backpressure_total\\{action="${action}"\\} (\\d+)`).exec(await (await fetch(`${server.url}/metrics`)).text());
      return m ? Number(m[1]) : 0;
    };

    const slow = await ChatClient.open(server.wsUrl);
    const socket = (slow.ws as unknown as { _socket: import("node:net").Socket })._socket;
    socket.pause();
    // Each resume replays the whole transcript: far more output than the client reads. The hellos leave in one
    // write, so the server has read most of them before it pauses reading at 1 MiB behind; sent one write each,
    // a busy server could pause after a few dozen and never get 8 MiB behind.
    socket.cork();
    for (let i = 0; i < 1500; i++) slow.send({ type: "hello", sessionId, lastSeq: 0 });
    socket.uncork();
    const deadline = Date.now() + 30_000;
    while ((await backpressure("close")) < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await backpressure("pause")).toBeGreaterThanOrEqual(1);
    expect(await backpressure("close")).toBeGreaterThanOrEqual(1);

    const other = await ChatClient.open(server.wsUrl);
    other.send({ type: "ping", id: "meanwhile" });
    expect(await other.next()).toMatchObject({ type: "pong", re: "meanwhile" });
    other.close();

    socket.resume();
    expect(await slow.waitClosed(10_000)).toEqual({ code: 1013, reason: "client too slow" });
  });

  it("answers 2,000 malformed HTTP requests each with a 4xx and stays up", async () => {
    const { sessionId } = await (await fetch(`${server.url}/v1/sessions`, { method: "POST" })).json();
    const request = fc.oneof(
      fc.tuple(fc.string({ maxLength: 200 }), fc.constantFrom("application/json", "text/plain")).map(([body, type]) => ({ method: "POST", path: `/v1/sessions/${sessionId}/messages`, body, type })),
      fc.tuple(junkKey, anyValue).map(([k, v]) => ({ method: "POST", path: "/v1/sessions", body: JSON.stringify({ [k]: v ?? 0 }), type: "application/json" })),
      fc.tuple(fc.constantFrom("message", "answer", "critique"), junkKey).map(([type, k]) => ({ method: "POST", path: `/v1/sessions/${sessionId}/messages`, body: JSON.stringify({ type, [k]: 1 }), type: "application/json" })),
      fc.tuple(fc.jsonValue({ maxDepth: 2 })).map(([v]) => ({ method: "POST", path: `/v1/sessions/${sessionId}/feedback`, body: JSON.stringify({ v }), type: "application/json" })),
      fc.stringMatching(/^[a-z0-9_-]{1,30}$/).map((id) => ({ method: "GET", path: `/v1/sessions/s_none_${id}`, body: undefined, type: undefined })),
      fc.oneof(fc.stringMatching(/^[a-z%_.-]{1,12}$/), fc.integer({ min: 10_000, max: 2 ** 40 }).map(String)).map((id) => ({ method: "GET", path: `/v1/items/${id}`, body: undefined, type: undefined })),
      fc.tuple(fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH"), fc.stringMatching(/^[a-z0-9/]{1,30}$/)).map(([method, p]) => ({ method, path: `/v1/zz/${p}`, body: undefined, type: undefined })),
      fc.integer({ min: 101, max: 100_000 }).map((n) => ({ method: "GET", path: `/v1/items?limit=${n}`, body: undefined, type: undefined })),
    );
    const samples = fc.sample(request, { numRuns: 2000, seed: 7 });
    const statuses = new Map<number, number>();
    for (let i = 0; i < samples.length; i += 16) {
      await Promise.all(
        samples.slice(i, i + 16).map(async (r) => {
          const res = await fetch(`${server.url}${r.path}`, { method: r.method, body: r.body, headers: r.type ? { "content-type": r.type } : {} });
          const text = await res.text();
          expect(res.status, `${r.method} ${r.path} ${r.body} -> ${text}`).toBeGreaterThanOrEqual(400);
          expect(res.status, `${r.method} ${r.path} ${r.body} -> ${text}`).toBeLessThan(500);
          expect(text).not.toMatch(/\n\s+at /);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        }),
      );
    }
    // Invalid bodies and parameters get 400, unknown sessions, items and routes 404, a body not sent as JSON 415.
    expect([...statuses.keys()].sort()).toEqual([400, 404, 415]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(server.stderr()).not.toContain('"msg":"request failed"');
    expect(server.proc.exitCode).toBeNull();
  });
});
