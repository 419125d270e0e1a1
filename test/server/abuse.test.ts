/**
 * Abuse resistance through real servers on loopback: the per-address budget under a flood, proven
 * identity, Host names (DNS rebinding), connections per address, answers checked against the act
 * they answer. A second loopback address (127.0.0.2) plays another client.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUserToken } from "../../server/identity.ts";
import { ChatClient, freshDb, prepareWorkspace, startServer, type Frame, type ServerProcess, toSlate } from "./helpers.ts";

const SECRET = "test-secret-0123456789abcdef";
const KEY = "admin-key-0123456789";
let plain: ServerProcess;
let strict: ServerProcess;

beforeAll(async () => {
  await prepareWorkspace();
  [plain, strict] = await Promise.all([
    // Defaults, but for a connection cap the tests can reach.
    startServer({ db: freshDb("abuse"), args: ["--max-connections-per-address", "16"] }),
    startServer({
      db: freshDb("abuse-strict"),
      env: {
        PATHWISE_API_KEYS: KEY,
        PATHWISE_USER_TOKEN_SECRET: SECRET,
        PATHWISE_REFUSE_UNPROVEN_USERS: "1",
        PATHWISE_WS_REQUIRE_TOKEN: "1",
        PATHWISE_PUBLIC_HOSTS: "chat.example.com",
      },
      args: ["--session-ttl", "2s"],
    }),
  ]);
});
afterAll(async () => {
  expect(await plain?.stop()).toBe(0);
  expect(await strict?.stop()).toBe(0);
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/** One HTTP request with full control of Host and the local address (fetch allows neither). */
function call(server: ServerProcess, method: string, path: string, o: { body?: unknown; headers?: Record<string, string>; from?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const body = o.body === undefined ? undefined : JSON.stringify(o.body);
    const headers = { ...(body ? { "content-type": "application/json" } : {}), ...o.headers };
    const req = request({ host: "127.0.0.1", port: server.port, method, path, headers, localAddress: o.from, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text.startsWith("{") ? JSON.parse(text) : text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("per-address budget", () => {
  it("keeps a pinging client's p99 under 250 ms while 10 sockets of its address flood 2,000-character text", async () => {
    const text = "a comedy from the nineties with some romance ".repeat(45).slice(0, 2000);
    const from = { localAddress: "127.0.0.2" };
    const pinger = await ChatClient.open(plain.wsUrl, from);
    const flooders = await Promise.all(Array.from({ length: 10 }, () => ChatClient.open(plain.wsUrl, from)));
    // Each flooding socket holds a session, so its text is read and answered while the budget lasts.
    for (const f of flooders) {
      f.send({ type: "hello" });
      expect((await f.next()).type).toBe("session");
      await f.act();
    }
    // A served text first, as on a server that has been up a while (its first one runs cold code).
    flooders[0].send({ type: "message", text });
    await flooders[0].next();
    while ((await flooders[0].next()).type !== "done" && !flooders[0].closed);
    const refused = { budget: 0, answered: 0 };
    const counters = flooders.map((f) =>
      (async () => {
        for (;;) {
          const frame = await f.next(8000).catch(() => null);
          if (!frame) return;
          if (frame.type === "error" && frame.code === "rate_limited" && typeof frame.retryAfter === "number") refused.budget++;
          // Through the budget: answered with an act, or refused later by the conversation itself.
          else if (frame.type === "done" || (frame.type === "error" && frame.code !== "rate_limited")) refused.answered++;
        }
      })(),
    );
    // 20 frames a second per socket (its own rate limit) for 5 s.
    const flood = setInterval(() => {
      for (const f of flooders) if (!f.closed) f.send({ type: "message", text });
    }, 50);
    const rtts: number[] = [];
    const started = Date.now();
    while (Date.now() - started < 5000) {
      const t = performance.now();
      pinger.send({ type: "ping" });
      const pong = await pinger.next();
      expect(pong.type).toBe("pong");
      rtts.push(performance.now() - t);
      await sleep(100);
    }
    clearInterval(flood);
    rtts.sort((a, b) => a - b);
    const p99 = rtts[Math.min(rtts.length - 1, Math.floor(0.99 * rtts.length))];
    expect(rtts.length).toBeGreaterThanOrEqual(20);
    expect(p99).toBeLessThan(250);
    for (const f of flooders) f.close();
    await Promise.all(counters);
    // The flood was refused by the budget but for the budget's worth (a burst, then what refills).
    expect(refused.budget).toBeGreaterThan(500);
    expect(refused.answered).toBeGreaterThan(0);
    expect(refused.answered).toBeLessThan(20);
    pinger.close();
  }, 30_000);

  it("refuses an address over its budget on REST too, counting refused and not-understood text, and serves another address meanwhile", async () => {
    const { body } = await call(plain, "POST", "/v1/sessions", { body: {}, from: "127.0.0.3" });
    const id = body.sessionId as string;
    const statuses: number[] = [];
    let retryAfter: string | string[] | undefined;
    // Text the lexicon cannot use: not understood, yet it cost reading.
    for (let i = 0; i < 30; i++) {
      const r = await call(plain, "POST", `/v1/sessions/${id}/messages`, { body: { type: "message", text: "qwzxv ".repeat(330) }, from: "127.0.0.3" });
      statuses.push(r.status);
      if (r.status === 429) {
        expect(r.body.error.code).toBe("rate_limited");
        retryAfter = r.headers["retry-after"];
      }
    }
    expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    // Another address is untouched.
    const other = await call(plain, "POST", "/v1/sessions", { body: {}, from: "127.0.0.4" });
    expect(other.status).toBe(201);
    // Pings never spend: a WebSocket of the refused address still gets pongs.
    const c = await ChatClient.open(plain.wsUrl, { localAddress: "127.0.0.3" });
    for (let i = 0; i < 5; i++) {
      c.send({ type: "ping" });
      expect((await c.next()).type).toBe("pong");
    }
    c.send({ type: "hello" });
    expect(await c.next()).toMatchObject({ type: "error", code: "rate_limited" });
    c.close();
  });
});

describe("proven identity", () => {
  it("treats an unproven userId as anonymous by default, on REST and on the WebSocket", async () => {
    const created = await call(plain, "POST", "/v1/sessions", { body: { userId: "1" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ userId: null, identity: "anonymous" });
    const transcript = await call(plain, "GET", `/v1/sessions/${created.body.sessionId}`);
    expect(transcript.body.session.userId).toBeNull();

    const c = await ChatClient.open(plain.wsUrl);
    c.send({ type: "hello", userId: "1" });
    const session = await c.next();
    expect(session).toMatchObject({ type: "session", userId: null, identity: "anonymous" });
    await c.act();
    // This server has no secret: a token cannot be checked and is refused.
    c.send({ type: "hello", userId: "1", userToken: signUserToken(SECRET, "1", Date.now() / 1000 + 60) });
    expect(await c.next()).toMatchObject({ type: "error", code: "unauthorized" });
    c.close();
  });

  it("uses a userId only with a valid user token or an API key, and refuses others when configured to", async () => {
    const good = signUserToken(SECRET, "1", Date.now() / 1000 + 60);
    const rest = await call(strict, "POST", "/v1/sessions", { body: {}, headers: { authorization: `Bearer ${KEY}`, "x-pathwise-user-token": good } });
    expect(rest.body).toMatchObject({ userId: "1", identity: "proven" });
    const keyed = await call(strict, "POST", "/v1/sessions", { body: { userId: "7" }, headers: { authorization: `Bearer ${KEY}` } });
    expect(keyed.body).toMatchObject({ userId: "7", identity: "proven" });
    expect((await call(strict, "GET", `/v1/sessions/${keyed.body.sessionId}`, { headers: { authorization: `Bearer ${KEY}` } })).body.session.userId).toBe("7");

    // The WebSocket: no token, a forged, an expired, a mismatched token; then a good one.
    const c = await ChatClient.open(strict.wsUrl);
    const refusals: [object, string][] = [
      [{ type: "hello", userId: "1" }, "needs a user token"],
      [{ type: "hello" }, "needs a user token"],
      [{ type: "hello", userToken: good.slice(0, -2) + (good.endsWith("A") ? "BB" : "AA") }, "signature"],
      [{ type: "hello", userToken: signUserToken("another-secret-0123456789", "1", Date.now() / 1000 + 60) }, "signature"],
      [{ type: "hello", userToken: signUserToken(SECRET, "1", Date.now() / 1000 - 1) }, "expired"],
      [{ type: "hello", userId: "2", userToken: good }, "differs"],
    ];
    for (const [frame, message] of refusals) {
      c.send(frame);
      const e = await c.next();
      expect(e).toMatchObject({ type: "error", code: "unauthorized" });
      expect(e.message).toContain(message);
    }
    c.send({ type: "hello", userToken: good });
    expect(await c.next()).toMatchObject({ type: "session", userId: "1", identity: "proven" });
    await c.act();
    c.close();

    // An API key on the upgrade proves the hello's userId; a wrong key is refused at the upgrade.
    const backend = await ChatClient.open(strict.wsUrl, { headers: { authorization: `Bearer ${KEY}` } });
    backend.send({ type: "hello", userId: "3" });
    expect(await backend.next()).toMatchObject({ type: "session", userId: "3", identity: "proven" });
    backend.close();
    await expect(ChatClient.open(strict.wsUrl, { headers: { authorization: "Bearer wrong" } })).rejects.toThrow("401");

    // REST without a key is refused (keys are configured); REST cannot reach the unproven case otherwise.
    expect((await call(strict, "POST", "/v1/sessions", { body: { userId: "1" } })).status).toBe(401);
  });
});

describe("hosts, connections, retention", () => {
  it("refuses Host names it does not serve, on HTTP and on the WebSocket upgrade (DNS rebinding)", async () => {
    const evil = await call(plain, "GET", "/healthz", { headers: { host: `evil.example:${plain.port}` } });
    expect(evil.status).toBe(421);
    expect(evil.body.error.code).toBe("unknown_host");
    expect((await call(plain, "POST", "/v1/sessions", { body: {}, headers: { host: "evil.example" } })).status).toBe(421);
    for (const host of [`localhost:${plain.port}`, `127.0.0.1:${plain.port}`, "[::1]", "app.localhost"]) {
      expect((await call(plain, "GET", "/healthz", { headers: { host } })).status, host).toBe(200);
    }
    // The rebinding page's own origin and Host match each other: the Host check still refuses it.
    await expect(ChatClient.open(plain.wsUrl, { headers: { host: "evil.example:8192" }, origin: "http://evil.example:8192" })).rejects.toThrow("421");
    expect((await call(strict, "GET", "/healthz", { headers: { host: "chat.example.com" } })).status).toBe(200);
    expect((await call(strict, "GET", "/healthz", { headers: { host: "evil.example" } })).status).toBe(421);
    const ok = await ChatClient.open(strict.wsUrl, { headers: { host: "chat.example.com" }, origin: "https://chat.example.com" });
    ok.close();
  });

  it("caps open connections per address and tells the one over the cap why", async () => {
    const held = await Promise.all(Array.from({ length: 16 }, () => ChatClient.open(plain.wsUrl, { localAddress: "127.0.0.5" })));
    await expect(ChatClient.open(plain.wsUrl, { localAddress: "127.0.0.5" })).rejects.toThrow("429");
    const rest = await call(plain, "GET", "/healthz", { from: "127.0.0.5" });
    expect(rest.status).toBe(429);
    expect(rest.body.error.code).toBe("too_many_connections");
    // Another address is not affected; closing one frees a place.
    (await ChatClient.open(plain.wsUrl, { localAddress: "127.0.0.6" })).close();
    held[0].close();
    await held[0].waitClosed();
    await sleep(100);
    const again = await ChatClient.open(plain.wsUrl, { localAddress: "127.0.0.5" });
    again.send({ type: "ping" });
    expect((await again.next()).type).toBe("pong");
    for (const c of [again, ...held.slice(1)]) c.close();
  });
});

describe("deletion and expiry", () => {
  const auth = { authorization: `Bearer ${KEY}` };

  it("deletes a conversation and all of a person's conversations, with an API key only", async () => {
    expect((await call(plain, "DELETE", "/v1/sessions/s_whatever")).status).toBe(401);
    expect((await call(plain, "DELETE", "/v1/users/1")).body.error.code).toBe("unauthorized");

    // An address of its own, so the budget spent by the tests before does not refuse these requests.
    const from = "127.0.0.9";
    const create = async (userId: string) => (await call(strict, "POST", "/v1/sessions", { body: { userId }, headers: auth, from })).body.sessionId as string;
    const [one, two, other] = [await create("del-1"), await create("del-1"), await create("del-2")];
    await call(strict, "POST", `/v1/sessions/${one}/feedback`, { body: { itemId: 1, liked: true }, headers: auth, from });
    // A WebSocket holding a session that is deleted finds it gone on its next act.
    const c = await ChatClient.open(strict.wsUrl, { headers: auth, localAddress: from });
    c.send({ type: "hello", sessionId: two, lastSeq: 1 });
    expect((await c.next()).type).toBe("session");

    expect((await call(strict, "DELETE", `/v1/sessions/${other}`, { from })).status).toBe(401);
    expect((await call(strict, "DELETE", `/v1/sessions/${other}`, { headers: auth, from })).status).toBe(204);
    expect((await call(strict, "DELETE", `/v1/sessions/${other}`, { headers: auth, from })).status).toBe(404);
    expect((await call(strict, "GET", `/v1/sessions/${other}`, { headers: auth, from })).status).toBe(404);

    expect((await call(strict, "DELETE", "/v1/users/del-1", { headers: auth, from })).body).toEqual({ deleted: 2 });
    for (const id of [one, two]) expect((await call(strict, "GET", `/v1/sessions/${id}`, { headers: auth, from })).status).toBe(404);
    c.send({ type: "message", text: "a comedy" });
    expect(await c.next()).toMatchObject({ type: "error", code: "unknown_session" });
    c.close();
    expect((await call(strict, "DELETE", "/v1/users/del-1", { headers: auth, from })).body).toEqual({ deleted: 0 });
  });

  it("deletes stored sessions idle longer than the TTL in the background", async () => {
    // An address of its own: the budget of 127.0.0.1 is spent by the tests before.
    const from = "127.0.0.8";
    const { body } = await call(strict, "POST", "/v1/sessions", { body: {}, headers: auth, from });
    expect((await call(strict, "GET", `/v1/sessions/${body.sessionId}`, { headers: auth, from })).status).toBe(200);
    let status = 200;
    for (let i = 0; i < 40 && status === 200; i++) {
      await sleep(250);
      status = (await call(strict, "GET", `/v1/sessions/${body.sessionId}`, { headers: auth, from })).status;
    }
    expect(status).toBe(404);
    expect(strict.stderr()).toMatch(/"msg":"deleted expired sessions"/);
  });
});

describe("answers checked against the act they answer", () => {
  it("refuses a slate answer accepting an item not shown, accepting and rejecting the same id, and a critique of an attribute the item lacks", async () => {
    const c = await ChatClient.open(plain.wsUrl, { localAddress: "127.0.0.7" });
    c.send({ type: "hello" });
    await c.next();
    const opening = (await c.act()).act;
    c.send({ type: "answer", questionId: opening.questionId, accept: [4], reject: [4] });
    expect(await c.next()).toMatchObject({ type: "error", code: "invalid_answer" });
    c.send({ type: "message", text: "a comedy" });
    const slate = await toSlate(c, (await c.act()).act);
    expect(slate.type).toBe("recommendations");
    const items = slate.items as { id: number; attributes: { id: number }[] }[];
    const shown = items.map((i) => i.id);
    const notShown = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].find((i) => !shown.includes(i))!;
    c.send({ type: "answer", questionId: slate.questionId, accept: [notShown], reject: [] });
    expect(await c.next()).toMatchObject({ type: "error", code: "invalid_answer" });
    const top = items[0];
    const own = new Set(top.attributes.map((a) => a.id));
    const lacking = [...Array(200).keys()].find((a) => !own.has(a))!;
    c.send({ type: "critique", itemId: top.id, attributeId: lacking, direction: "less" });
    expect(await c.next()).toMatchObject({ type: "error", code: "invalid_answer" });
    // The conversation is where it was: the slate is still answerable with an item it showed.
    c.send({ type: "answer", questionId: slate.questionId, accept: [top.id], reject: [] });
    expect((await c.act()).act).toMatchObject({ type: "end", reason: "accepted" });
    c.close();
  });
});
