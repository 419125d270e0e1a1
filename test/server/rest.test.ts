import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUserToken } from "../../server/identity.ts";
import { ChatClient, freshDb, prepareWorkspace, startServer, type ServerProcess } from "./helpers.ts";

const SECRET = "rest-secret-0123456789abcdef";

let open: ServerProcess;
let keyed: ServerProcess;

beforeAll(async () => {
  await prepareWorkspace();
  // The keyed server refills its bucket slowly (one request per 2 s), so a burst meets the limit however slowly it runs.
  [open, keyed] = await Promise.all([
    // The address budget raised: these tests send faster than a person would, all from 127.0.0.1.
    startServer({ db: freshDb("rest"), env: { PATHWISE_USER_TOKEN_SECRET: SECRET }, args: ["--max-body-bytes", "2048", "--address-rate", "1000", "--address-burst", "1000"] }),
    startServer({ db: freshDb("rest-keys"), env: { PATHWISE_API_KEYS: "key-one-0123456789,key-two-0123456789" }, args: ["--http-rate", "0.5", "--http-burst", "5"] }),
  ]);
});
afterAll(async () => {
  await Promise.all([open?.stop(), keyed?.stop()]);
});

const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

describe("REST v1", () => {
  it("runs a conversation: session, free text, answers, critique, transcript, feedback", async () => {
    const created = await post(open.url, "/v1/sessions", { userId: "1" }, { "x-pathwise-user-token": signUserToken(SECRET, "1", Date.now() / 1000 + 60) });
    expect(created.status).toBe(201);
    const first = await created.json();
    expect(first).toMatchObject({ seq: 1, act: { type: "question", kind: "open" }, userId: "1", identity: "proven" });
    const id = first.sessionId as string;

    const r2 = await post(open.url, `/v1/sessions/${id}/messages`, { type: "message", text: "something with drama, not horror" });
    expect(r2.status).toBe(200);
    let turn = await r2.json();
    expect(turn.seq).toBe(2);
    const clientActs = 1;
    let n = clientActs;
    while (turn.act.type === "question" && n < 15) {
      const a = turn.act;
      const accept = a.kind === "yesno" ? [a.attribute.id] : [];
      turn = await (await post(open.url, `/v1/sessions/${id}/messages`, { type: "answer", questionId: a.questionId, accept, reject: [] })).json();
      n++;
    }
    expect(turn.act.type).toBe("recommendations");
    for (const item of turn.act.items) {
      const names = item.attributes.map((x: { name: string }) => x.name);
      expect(names).toContain("Drama");
      expect(names).not.toContain("Horror");
    }
    const top = turn.act.items[0];
    const crit = await post(open.url, `/v1/sessions/${id}/messages`, { type: "critique", itemId: top.id, attributeId: top.attributes[0].id, direction: "more" });
    expect(crit.status).toBe(200);
    const afterCritique = await crit.json();
    expect(afterCritique.seq).toBe(turn.seq + 1);

    expect((await post(open.url, `/v1/sessions/${id}/feedback`, { itemId: top.id, liked: true })).status).toBe(201);

    const transcript = await (await fetch(`${open.url}/v1/sessions/${id}`)).json();
    expect(transcript.session).toMatchObject({ id, userId: "1", status: "open", lastSeq: afterCritique.seq });
    expect(transcript.turns.map((t: { seq: number }) => t.seq)).toEqual(Array.from({ length: afterCritique.seq }, (_, i) => i + 1));
    expect(transcript.turns[1].clientAct).toEqual({ type: "message", text: "something with drama, not horror" });
    expect(transcript.turns[transcript.turns.length - 1].act).toEqual(afterCritique.act);

    // A WebSocket client picks up the same session where REST left it.
    const c = await ChatClient.open(open.wsUrl);
    c.send({ type: "hello", sessionId: id, lastSeq: afterCritique.seq });
    expect(await c.next()).toMatchObject({ type: "session", resumed: true, lastSeq: afterCritique.seq });
    c.close();
  });

  it("serves items, search, health, metrics and the OpenAPI document", async () => {
    const item = await (await fetch(`${open.url}/v1/items/0`)).json();
    expect(item).toMatchObject({ id: 0, key: "1", title: "Toy Story (1995)" });
    expect(item.attributes.map((a: { name: string }) => a.name)).toContain("Animation");
    const search = await (await fetch(`${open.url}/v1/items?q=toy%20story&limit=5`)).json();
    expect(search.items.length).toBeGreaterThanOrEqual(3);
    for (const it of search.items) expect(it.title.toLowerCase()).toContain("toy story");
    const byAttr = await (await fetch(`${open.url}/v1/items?q=film-noir&limit=3`)).json();
    expect(byAttr.items).toHaveLength(3);
    for (const it of byAttr.items) expect(it.attributes.map((a: { name: string }) => a.name.toLowerCase())).toContain("film-noir");

    expect(await (await fetch(`${open.url}/healthz`)).json()).toMatchObject({ status: "ok", catalog: "movielens-small" });
    expect(open.stderr()).not.toContain('"level":40'); // on loopback without keys: no warning
    const metrics = await (await fetch(`${open.url}/metrics`)).text();
    expect(metrics).toMatch(/pathwise_turns_total\{act="recommendations"\} \d+/);
    expect(metrics).toMatch(/pathwise_turn_seconds_bucket/);
    expect(metrics).toMatch(/pathwise_live_sessions \d+/);
    const demo = await fetch(`${open.url}/`);
    expect(demo.headers.get("content-type")).toMatch(/text\/html/);
    expect(await demo.text()).toContain("<pathwise-chat");
    const doc = await (await fetch(`${open.url}/openapi.json`)).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ["/v1/sessions", "/v1/sessions/{id}/messages", "/v1/sessions/{id}", "/v1/sessions/{id}/feedback", "/v1/items/{id}", "/v1/items"]) expect(doc.paths[p]).toBeDefined();
    expect(JSON.stringify(doc.paths["/v1/sessions/{id}/messages"].post.requestBody)).toContain("critique");
  });

  it("answers bad requests with 4xx and a JSON error, never a stack trace", async () => {
    const { sessionId } = await (await post(open.url, "/v1/sessions", {})).json();
    const cases: [Promise<Response>, number, string][] = [
      [post(open.url, "/v1/sessions/s_unknown/messages", { type: "message", text: "hi" }), 404, "unknown_session"],
      [post(open.url, `/v1/sessions/${sessionId}/messages`, "{not json"), 400, "bad_request"],
      [post(open.url, `/v1/sessions/${sessionId}/messages`, { type: "answer", questionId: "q1" }), 400, "bad_request"],
      [post(open.url, `/v1/sessions/${sessionId}/messages`, { type: "answer", questionId: "q7", accept: [], reject: [] }), 409, "stale_question"],
      [post(open.url, `/v1/sessions/${sessionId}/messages`, { type: "answer", questionId: "q1", accept: [123456], reject: [] }), 400, "unknown_attribute"],
      [post(open.url, `/v1/sessions/${sessionId}/messages`, { type: "message", text: "x".repeat(3000) }), 413, "too_large"],
      [post(open.url, `/v1/sessions/${sessionId}/feedback`, { itemId: 10 ** 8, liked: true }), 400, "unknown_item"],
      [fetch(`${open.url}/v1/items/999999`), 404, "not_found"],
      [fetch(`${open.url}/v1/items/abc`), 400, "bad_request"],
      [fetch(`${open.url}/v1/nothing`), 404, "not_found"],
    ];
    for (const [res, status, code] of cases) {
      const r = await res;
      expect(r.status, code).toBe(status);
      const body = await r.json();
      expect(body.error.code).toBe(code);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it("requires a configured API key on /v1 and rate-limits per address", async () => {
    expect((await post(keyed.url, "/v1/sessions", {})).status).toBe(401);
    expect((await post(keyed.url, "/v1/sessions", {}, { authorization: "Bearer wrong" })).status).toBe(401);
    expect((await post(keyed.url, "/v1/sessions", {}, { authorization: "Bearer key-two-0123456789" })).status).toBe(201);
    expect((await fetch(`${keyed.url}/healthz`)).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await fetch(`${keyed.url}/v1/items/1`, { headers: { authorization: "Bearer key-one-0123456789" } })).status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(429);
  });
});
