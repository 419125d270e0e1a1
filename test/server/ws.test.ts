import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatClient, freshDb, prepareWorkspace, reply, startServer, until, type Frame, type ServerProcess, toSlate } from "./helpers.ts";

let server: ServerProcess;

beforeAll(async () => {
  await prepareWorkspace();
  // Default rate limits (20 frames/s, bursts of 40); a low abuse limit, a small frame limit and a fast heartbeat to test them.
  // The heartbeat is 1.5 s, not less: a busy test process must still answer pings in time on its live connections.
  // The address budget raised: these tests send faster than a person would, all from 127.0.0.1 (abuse.test.ts tests it).
  server = await startServer({ db: freshDb("ws"), args: ["--ws-abuse-limit", "30", "--max-frame-bytes", "1024", "--heartbeat-ms", "1500", "--address-rate", "1000", "--address-burst", "1000"] });
});
afterAll(async () => {
  expect(await server?.stop()).toBe(0);
});


describe("WebSocket chat", () => {
  it("holds a conversation from hello to a slate, a critique and an accepted item", async () => {
    const c = await ChatClient.open(server.wsUrl);
    c.send({ type: "hello", id: "h" });
    const session = await c.next();
    expect(session).toMatchObject({ type: "session", protocol: 1, resumed: false, lastSeq: 1, status: "open" });
    const opening = await c.act();
    expect(opening.act).toMatchObject({ type: "question", kind: "open", seq: 1, questionId: "q1" });
    expect(opening.tokens).toBe(opening.act.text);
    expect(opening.done).toMatchObject({ seq: 1, re: "h" });

    c.send({ type: "message", text: "a comedy from the 1990s", id: "m1" });
    const second = await c.act();
    expect(second.act.seq).toBe(2);
    expect(second.done.re).toBe("m1");

    const slate = await toSlate(c, second.act);
    expect(slate.type).toBe("recommendations");
    const items = slate.items as { id: number; title: string; attributes: { id: number; name: string }[]; justification: string; path: { kind: string }[] }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(10);
    for (const it of items) {
      expect(it.title.length).toBeGreaterThan(0);
      expect(it.justification.length).toBeGreaterThan(0);
      expect(it.path[0].kind).toBe("user");
      expect(it.path[it.path.length - 1].kind).toBe("item");
      // Opening said comedy and the 1990s: every recommended item holds them.
      const names = it.attributes.map((a) => a.name);
      expect(names).toContain("Comedy");
      expect(names).toContain("1990s");
    }

    const top = items[0];
    const critiqued = top.attributes.find((a) => a.name !== "Comedy" && a.name !== "1990s") ?? top.attributes[0];
    c.send({ type: "critique", itemId: top.id, attributeId: critiqued.id, direction: "less" });
    const after = await c.act();
    expect(after.act.seq).toBe((slate.seq as number) + 1);

    c.send({ type: "feedback", itemId: top.id, liked: false, id: "f" });
    expect(await c.next()).toMatchObject({ type: "ack", of: "feedback", re: "f" });

    // The critiqued item is out of the conversation: the next slate, now or after questions, lacks it.
    const slate2 = await toSlate(c, after.act);
    expect(slate2.type).toBe("recommendations");
    expect((slate2.items as { id: number }[]).map((i) => i.id)).not.toContain(top.id);
    const pick = (slate2.items as { id: number; title: string }[])[0];
    c.send({ type: "answer", questionId: slate2.questionId, accept: [pick.id], reject: [] });
    const end = await c.act();
    expect(end.act).toMatchObject({ type: "end", reason: "accepted" });
    expect(end.act.text).toContain(pick.title);

    c.send({ type: "message", text: "more please", id: "late" });
    expect(await c.next()).toMatchObject({ type: "error", code: "session_ended", re: "late" });
    c.close();
  });

  it("resumes a session on a new connection and replays exactly the acts after lastSeq", async () => {
    const a = await ChatClient.open(server.wsUrl);
    a.send({ type: "hello" });
    const { sessionId } = (await a.next()) as Frame & { sessionId: string };
    await a.act();
    a.send({ type: "answer", questionId: "q1", accept: [4], reject: [] });
    const seq2 = (await a.act()).act;
    const accept = seq2.kind === "yesno" ? [(seq2.attribute as { id: number }).id] : [];
    a.send({ type: "answer", questionId: seq2.questionId, accept, reject: [] });
    const seq3 = (await a.act()).act;
    a.close();

    const b = await ChatClient.open(server.wsUrl);
    b.send({ type: "hello", sessionId, lastSeq: 1 });
    expect(await b.next()).toMatchObject({ type: "session", sessionId, resumed: true, lastSeq: 3 });
    const r2 = await b.next();
    expect(r2).toMatchObject({ ...seq2, replay: true });
    expect(await b.next()).toMatchObject({ type: "done", seq: 2 });
    const r3 = await b.next();
    expect(r3).toMatchObject({ ...seq3, replay: true });
    expect(await b.next()).toMatchObject({ type: "done", seq: 3 });

    // The resumed session continues where it was.
    b.send(reply(seq3));
    expect((await b.act()).act.seq).toBe(4);
    b.send({ type: "hello", sessionId: "s_nope" });
    expect(await b.next()).toMatchObject({ type: "error", code: "unknown_session" });
    b.send({ type: "ping", id: "p" });
    expect(await b.next()).toMatchObject({ type: "pong", re: "p" });
    b.close();
  });

  it("keeps in memory only the sessions that connections hold, and rebuilds a released one on resume", async () => {
    const live = async () => ((await (await fetch(`${server.url}/healthz`)).json()) as { liveSessions: number }).liveSessions;
    // Sessions of the tests before leave memory as the server sees their connections close: wait for that.
    const before = 0;
    await until(async () => (await live()) === before);
    const c = await ChatClient.open(server.wsUrl);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      c.send({ type: "hello" });
      ids.push(((await c.next()) as Frame & { sessionId: string }).sessionId);
      await c.act();
    }
    c.send({ type: "answer", questionId: "q1", accept: [4], reject: [] });
    const second = (await c.act()).act;
    expect(await live()).toBe(before + 1);
    c.close();
    await until(async () => (await live()) === before);

    const d = await ChatClient.open(server.wsUrl);
    d.send({ type: "hello", sessionId: ids[2], lastSeq: 1 });
    expect(await d.next()).toMatchObject({ type: "session", sessionId: ids[2], resumed: true, lastSeq: 2 });
    expect(await d.next()).toMatchObject({ ...second, replay: true });
    expect(await d.next()).toMatchObject({ type: "done", seq: 2 });
    d.send(reply(second));
    expect((await d.act()).act.seq).toBe(3);
    expect(await live()).toBe(before + 1);
    d.close();
    await until(async () => (await live()) === before);

    // Hellos whose connection is gone before their session is stored: nothing holds those sessions.
    const e = await ChatClient.open(server.wsUrl);
    for (let i = 0; i < 20; i++) e.send({ type: "hello" });
    e.ws.terminate();
    // Back to the count before, and still there a while later: a hello still in flight at the close would pin its session.
    await until(async () => (await live()) === before);
    await new Promise((r) => setTimeout(r, 500));
    expect(await live()).toBe(before);
  });

  it("answers every invalid frame with an error frame and keeps the connection open", async () => {
    const c = await ChatClient.open(server.wsUrl);
    const cases: [unknown, string][] = [
      ["not json", "bad_json"],
      ["[1,2]", "bad_json"],
      [{ type: "nope" }, "bad_frame"],
      [{ type: "message" }, "bad_frame"],
      [{ type: "message", text: "hi", extra: 1 }, "bad_frame"],
      [{ type: "answer", questionId: "q1", accept: [-1], reject: [] }, "bad_frame"],
      [{ type: "message", text: "hi" }, "no_session"],
      [{ type: "message", text: "x".repeat(2000) }, "too_large"],
    ];
    for (const [frame, code] of cases) {
      c.send(frame);
      expect(await c.next()).toMatchObject({ type: "error", code });
    }
    c.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await c.next()).toMatchObject({ type: "error", code: "bad_json" });
    c.send({ type: "hello" });
    expect((await c.next()).type).toBe("session");
    await c.act();
    c.send({ type: "answer", questionId: "q9", accept: [], reject: [] });
    expect(await c.next()).toMatchObject({ type: "error", code: "stale_question" });
    c.send({ type: "answer", questionId: "q1", accept: [999999], reject: [] });
    expect(await c.next()).toMatchObject({ type: "error", code: "unknown_attribute" });
    c.send({ type: "message", text: "qwzxv" });
    expect(await c.next()).toMatchObject({ type: "error", code: "not_understood" });
    c.send({ type: "answer", questionId: "q1", accept: [4], reject: [] });
    expect((await c.act()).act.seq).toBe(2);
    c.close();
  });

  it("closes with 1008 on sustained abuse and with 1009 past the hard size limit", async () => {
    const abuser = await ChatClient.open(server.wsUrl);
    for (let i = 0; i < 60; i++) abuser.send("garbage");
    expect(await abuser.waitClosed()).toEqual({ code: 1008, reason: "abuse: too many invalid or rate-limited frames" });

    const big = await ChatClient.open(server.wsUrl);
    big.send("x".repeat(8 * 1024));
    expect((await big.waitClosed()).code).toBe(1009);
  });

  it("rate-limits a burst with error frames and keeps the connection open", async () => {
    const c = await ChatClient.open(server.wsUrl);
    for (let i = 0; i < 60; i++) c.send({ type: "ping", id: `p${i}` });
    const replies = [];
    for (let i = 0; i < 60; i++) replies.push(await c.next());
    const pongs = replies.filter((f) => f.type === "pong").length;
    const limited = replies.filter((f) => f.type === "error" && f.code === "rate_limited").length;
    expect(pongs + limited).toBe(60);
    expect(pongs).toBeGreaterThanOrEqual(40);
    expect(limited).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    c.send({ type: "ping", id: "later" });
    expect(await c.next()).toMatchObject({ type: "pong", re: "later" });
    c.close();
  });

  it("terminates a connection that stops answering heartbeats, and keeps one that answers", async () => {
    const silent = await ChatClient.open(server.wsUrl, { autoPong: false });
    const polite = await ChatClient.open(server.wsUrl);
    const closed = await silent.waitClosed(15_000);
    expect(closed.code).toBe(1006);
    expect(polite.closed).toBeNull();
    polite.send({ type: "ping" });
    expect((await polite.next()).type).toBe("pong");
    polite.close();
  });

  it("checks the Origin of browser connections", async () => {
    await expect(ChatClient.open(server.wsUrl, { origin: "https://evil.example" })).rejects.toThrow("403");
    for (const origin of [`http://127.0.0.1:${server.port}`, "http://localhost:5173"]) {
      const c = await ChatClient.open(server.wsUrl, { origin });
      c.send({ type: "ping" });
      expect((await c.next()).type).toBe("pong");
      c.close();
    }
  });
});
