/**
 * `pathwise serve --workers 2`: two real worker processes behind one port and one SQLite file. A
 * conversation whose requests land on both workers stays one conversation, `/metrics` sums both,
 * a killed worker is replaced, and SIGTERM stops every process.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUserToken } from "../../server/identity.ts";
import { ChatClient, freshDb, prepareWorkspace, startServer, type ServerProcess } from "./helpers.ts";

let server: ServerProcess;
const SECRET = "cluster-secret-0123456789abcdef";

beforeAll(async () => {
  await prepareWorkspace();
  server = await startServer({ db: freshDb("cluster"), args: ["--workers", "2"], env: { PATHWISE_USER_TOKEN_SECRET: SECRET } });
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

/** One request on its own TCP connection, so the cluster's round robin spreads requests over workers. */
function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, agent: false, headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, json: text.startsWith("{") ? JSON.parse(text) : null, text }));
    });
    req.on("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const workersSeen = async (n: number) => {
  const seen = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const { json } = await call("GET", "/healthz");
    seen.set(json.worker.index, json.worker.pid);
  }
  return seen;
};

const metric = (text: string, name: string) =>
  text
    .split("\n")
    .filter((l) => l.startsWith(name))
    .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(" ") + 1)), 0);

describe("serve --workers 2", () => {
  it("spreads connections over both workers, which share conversations through the database", async () => {
    expect([...(await workersSeen(8)).keys()].sort()).toEqual([0, 1]);

    // A proven user: each worker that rebuilds the conversation opens it with that user's history.
    const created = await call("POST", "/v1/sessions", { userId: "1" }, { "x-pathwise-user-token": signUserToken(SECRET, "1", Date.now() / 1000 + 60) });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ userId: "1", identity: "proven" });
    const id = created.json.sessionId as string;
    let turn = (await call("POST", `/v1/sessions/${id}/messages`, { type: "message", text: "a comedy" })).json;
    let acts = 1;
    while (turn.act.type === "question" && acts < 8) {
      const a = turn.act;
      const res = await call("POST", `/v1/sessions/${id}/messages`, { type: "answer", questionId: a.questionId, accept: a.kind === "yesno" ? [a.attribute.id] : [], reject: [] });
      expect(res.status).toBe(200);
      expect(res.json.seq).toBe(turn.seq + 1);
      turn = res.json;
      acts++;
    }
    const transcript = (await call("GET", `/v1/sessions/${id}`)).json;
    expect(transcript.turns.map((t: { seq: number }) => t.seq)).toEqual(Array.from({ length: turn.seq }, (_, i) => i + 1));

    // Connections on both workers are counted by one scrape, whichever worker answers it.
    const clients = await Promise.all(Array.from({ length: 6 }, () => ChatClient.open(server.wsUrl)));
    for (const c of clients) c.send({ type: "hello" });
    for (const c of clients) expect(await c.next()).toMatchObject({ type: "session" });
    const scraped = (await call("GET", "/metrics")).text;
    expect(metric(scraped, "pathwise_ws_connections")).toBe(6);
    expect(metric(scraped, "pathwise_turns_total")).toBe(acts);
    expect(metric(scraped, "pathwise_sessions_created_total")).toBe(1 + clients.length);
    for (const c of clients) c.close();
  });

  it("replaces a worker killed with SIGKILL and stops every process on SIGTERM", async () => {
    const before = await workersSeen(6);
    const victim = before.get(0)!;
    process.kill(victim, "SIGKILL");
    let after = before;
    for (let i = 0; i < 100 && (after.get(0) === victim || after.size < 2); i++) {
      await new Promise((r) => setTimeout(r, 200));
      after = await workersSeen(4).catch(() => before);
    }
    expect(after.get(0)).not.toBe(victim);
    expect(after.get(1)).toBe(before.get(1));

    expect(await server.stop()).toBe(0);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect([...after.values()].filter(alive)).toEqual([]);
  });
});
