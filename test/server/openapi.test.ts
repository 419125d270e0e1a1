import { request as httpRequest } from "node:http";
import SwaggerParser from "@apidevtools/swagger-parser";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUserToken } from "../../server/identity.ts";
import { freshDb, prepareWorkspace, startServer, type ServerProcess } from "./helpers.ts";

const KEY = "openapi-test-key-0123456789";
let open: ServerProcess;
let keyed: ServerProcess;
let openDb: string;
let keyedDb: string;
const SECRET = "openapi-secret-0123456789";

beforeAll(async () => {
  await prepareWorkspace();
  openDb = freshDb("openapi");
  keyedDb = freshDb("openapi-keyed");
  // The keyed server allows a burst of twenty requests, then refills too slowly to matter.
  [open, keyed] = await Promise.all([
    startServer({
      db: openDb,
      env: { PATHWISE_USER_TOKEN_SECRET: SECRET },
      args: ["--max-body-bytes", "2048", "--http-rate", "100000", "--http-burst", "100000", "--address-rate", "100000", "--address-burst", "100000"],
    }),
    startServer({ db: keyedDb, env: { PATHWISE_API_KEYS: KEY }, args: ["--http-rate", "0.001", "--http-burst", "20"] }),
  ]);
});
afterAll(async () => {
  await Promise.all([open?.stop(), keyed?.stop()]);
});

/** A request with another Host than the server's (fetch always sends the URL's). */
function withHost(base: string, method: string, path: string, host: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers: { host }, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve(new Response(text, { status: res.statusCode })));
    });
    req.on("error", reject);
    req.end();
  });
}

type Doc = { openapi: string; servers?: { url: string }[]; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };

const request = (base: string, method: string, path: string, body?: unknown, type = "application/json", headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { "content-type": type }) },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });

/** Schemas marked nullable without a type: valid to swagger-parser, refused by stricter linters (redocly). */
function untypedNullables(node: unknown, at = "#"): string[] {
  if (node === null || typeof node !== "object") return [];
  const here = (node as { nullable?: unknown; type?: unknown }).nullable === true && (node as { type?: unknown }).type === undefined ? [at] : [];
  return [...here, ...Object.entries(node).flatMap(([k, v]) => untypedNullables(v, `${at}/${k}`))];
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3 (swagger-parser 12), with a server and no untyped nullable, served with and without keys", async () => {
    for (const server of [open, keyed]) {
      const res = await fetch(`${server.url}/openapi.json`);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      const doc = (await res.json()) as Doc;
      await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeDefined();
      expect(doc.servers?.length).toBeGreaterThan(0);
      expect(untypedNullables(doc)).toEqual([]);
    }
  });

  it("names only item ids of digits: a blank, 1e3 and 0x10 are refused, not read as numbers", async () => {
    const doc = (await (await fetch(`${open.url}/openapi.json`)).json()) as { paths: Record<string, { get: { parameters: object[] } }> };
    expect(doc.paths["/v1/items/{id}"].get.parameters).toEqual([expect.objectContaining({ name: "id", in: "path", required: true, schema: expect.objectContaining({ type: "string", pattern: "^\\d{1,10}$" }) })]);
    for (const id of ["%20", "1e3", "0x10", "-1", "1.0", "+5"]) {
      const res = await fetch(`${open.url}/v1/items/${id}`);
      expect(res.status, id).toBe(400);
      expect((await res.json()).error.message, id).toMatch(/digits only/);
    }
    expect((await (await fetch(`${open.url}/v1/items/0010`)).json()).id).toBe(10);
  });

  it("documents exactly the statuses each route answers, and every one is reachable through the real server", async () => {
    const doc = (await (await fetch(`${keyed.url}/openapi.json`)).json()) as Doc;
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).flatMap(([method, op]) => Object.keys(op.responses).map((status) => `${method.toUpperCase()} ${path} ${status}`)));

    const newSession = async () => (await (await request(open.url, "POST", "/v1/sessions", {})).json()) as { sessionId: string; act: { questionId: string } };
    const { sessionId: sid, act: opening } = await newSession();
    const big = { type: "message", text: "x".repeat(3000) };
    // Failures of the store, made real in the database the server writes: these rows are refused by triggers.
    const damaged = (await newSession()).sessionId;
    const db = new Database(openDb);
    db.pragma("busy_timeout = 5000");
    db.exec(`
      CREATE TRIGGER fail_session BEFORE INSERT ON sessions WHEN NEW.user_key = 'store-fails' BEGIN SELECT RAISE(ABORT, 'disk says no'); END;
      CREATE TRIGGER fail_turn BEFORE INSERT ON turns WHEN NEW.client_act LIKE '%store-fails%' BEGIN SELECT RAISE(ABORT, 'disk says no'); END;
      CREATE TRIGGER fail_feedback BEFORE INSERT ON feedback WHEN NEW.item_id = 13 BEGIN SELECT RAISE(ABORT, 'disk says no'); END;
    `);
    db.prepare("UPDATE turns SET system_act = '{\"type\":' WHERE session_id = ?").run(damaged);
    db.close();
    // Deletion, which needs a key: on the keyed server, whose store refuses to delete one user's sessions.
    const auth = { authorization: `Bearer ${KEY}` };
    const keyedSession = async (userId?: string) => (await (await request(keyed.url, "POST", "/v1/sessions", userId ? { userId } : {}, "application/json", auth)).json()).sessionId as string;
    const [doomed, undeletable] = [await keyedSession(), await keyedSession("store-fails")];
    const kdb = new Database(keyedDb);
    kdb.pragma("busy_timeout = 5000");
    kdb.exec("CREATE TRIGGER fail_delete BEFORE DELETE ON sessions WHEN OLD.user_key = 'store-fails' BEGIN SELECT RAISE(ABORT, 'disk says no'); END;");
    kdb.close();

    const routes: Record<string, (headers: Record<string, string>) => Promise<Response>> = {
      "POST /v1/sessions": (h) => request(keyed.url, "POST", "/v1/sessions", {}, "application/json", h),
      "POST /v1/sessions/{id}/messages": (h) => request(keyed.url, "POST", `/v1/sessions/${sid}/messages`, { type: "message", text: "hi" }, "application/json", h),
      "GET /v1/sessions/{id}": (h) => request(keyed.url, "GET", `/v1/sessions/${sid}`, undefined, undefined, h),
      "POST /v1/sessions/{id}/feedback": (h) => request(keyed.url, "POST", `/v1/sessions/${sid}/feedback`, { itemId: 1, liked: true }, "application/json", h),
      "GET /v1/items/{id}": (h) => request(keyed.url, "GET", "/v1/items/1", undefined, undefined, h),
      "GET /v1/items": (h) => request(keyed.url, "GET", "/v1/items?q=toy", undefined, undefined, h),
      "POST /v1/search": (h) => request(keyed.url, "POST", "/v1/search", { text: "comedy" }, "application/json", h),
      "DELETE /v1/sessions/{id}": (h) => request(keyed.url, "DELETE", `/v1/sessions/${sid}`, undefined, undefined, h),
      "DELETE /v1/users/{userId}": (h) => request(keyed.url, "DELETE", "/v1/users/nobody", undefined, undefined, h),
    };
    const probes: Record<string, () => Promise<Response>> = {
      "POST /v1/sessions 201": () => request(open.url, "POST", "/v1/sessions", { userId: "7" }),
      "POST /v1/sessions 400": () => request(open.url, "POST", "/v1/sessions", { userId: 7 }),
      "POST /v1/sessions 413": () => request(open.url, "POST", "/v1/sessions", { userId: "x".repeat(3000) }),
      "POST /v1/sessions 415": () => request(open.url, "POST", "/v1/sessions", "{}", "text/plain"),
      "POST /v1/sessions 500": () => request(open.url, "POST", "/v1/sessions", { userId: "store-fails" }, "application/json", { "x-pathwise-user-token": signUserToken(SECRET, "store-fails", Date.now() / 1000 + 600) }),
      "POST /v1/sessions/{id}/messages 200": () => request(open.url, "POST", `/v1/sessions/${sid}/messages`, { type: "answer", questionId: opening.questionId, accept: [], reject: [] }),
      "POST /v1/sessions/{id}/messages 400": () => request(open.url, "POST", `/v1/sessions/${sid}/messages`, { type: "answer", questionId: "q1" }),
      "POST /v1/sessions/{id}/messages 404": () => request(open.url, "POST", "/v1/sessions/s_none/messages", { type: "message", text: "hi" }),
      "POST /v1/sessions/{id}/messages 409": () => request(open.url, "POST", `/v1/sessions/${sid}/messages`, { type: "answer", questionId: "q99", accept: [], reject: [] }),
      "POST /v1/sessions/{id}/messages 413": () => request(open.url, "POST", `/v1/sessions/${sid}/messages`, big),
      "POST /v1/sessions/{id}/messages 415": () => request(open.url, "POST", `/v1/sessions/${sid}/messages`, "hi", "text/plain"),
      "POST /v1/sessions/{id}/messages 500": () => request(open.url, "POST", `/v1/sessions/${sid}/messages`, { type: "message", text: "comedy store-fails" }),
      "GET /v1/sessions/{id} 200": () => request(open.url, "GET", `/v1/sessions/${sid}`),
      "GET /v1/sessions/{id} 400": () => request(open.url, "GET", `/v1/sessions/s_${"x".repeat(80)}`),
      "GET /v1/sessions/{id} 404": () => request(open.url, "GET", "/v1/sessions/s_none"),
      "GET /v1/sessions/{id} 500": () => request(open.url, "GET", `/v1/sessions/${damaged}`),
      "POST /v1/sessions/{id}/feedback 201": () => request(open.url, "POST", `/v1/sessions/${sid}/feedback`, { itemId: 1, liked: true }),
      "POST /v1/sessions/{id}/feedback 400": () => request(open.url, "POST", `/v1/sessions/${sid}/feedback`, { itemId: "one", liked: true }),
      "POST /v1/sessions/{id}/feedback 404": () => request(open.url, "POST", "/v1/sessions/s_none/feedback", { itemId: 1, liked: true }),
      "POST /v1/sessions/{id}/feedback 413": () => request(open.url, "POST", `/v1/sessions/${sid}/feedback`, { itemId: 1, liked: true, pad: "x".repeat(3000) }),
      "POST /v1/sessions/{id}/feedback 415": () => request(open.url, "POST", `/v1/sessions/${sid}/feedback`, "itemId=1", "application/x-www-form-urlencoded"),
      "POST /v1/sessions/{id}/feedback 500": () => request(open.url, "POST", `/v1/sessions/${sid}/feedback`, { itemId: 13, liked: false }),
      "GET /v1/items/{id} 200": () => request(open.url, "GET", "/v1/items/0"),
      "GET /v1/items/{id} 400": () => request(open.url, "GET", "/v1/items/1e3"),
      "GET /v1/items/{id} 404": () => request(open.url, "GET", "/v1/items/999999999"),
      "GET /v1/items 200": () => request(open.url, "GET", "/v1/items?q=toy&limit=3"),
      "GET /v1/items 400": () => request(open.url, "GET", "/v1/items?limit=1000"),
      "POST /v1/search 200": () => request(open.url, "POST", "/v1/search", { text: "films like Toy Story", k: 5 }),
      "POST /v1/search 400": () => request(open.url, "POST", "/v1/search", { text: "qwzxv" }),
      "POST /v1/search 413": () => request(open.url, "POST", "/v1/search", { text: "x".repeat(3000) }),
      "POST /v1/search 415": () => request(open.url, "POST", "/v1/search", "toy story", "text/plain"),
      "DELETE /v1/sessions/{id} 204": () => request(keyed.url, "DELETE", `/v1/sessions/${doomed}`, undefined, undefined, auth),
      "DELETE /v1/sessions/{id} 400": () => request(keyed.url, "DELETE", `/v1/sessions/s_${"x".repeat(80)}`, undefined, undefined, auth),
      "DELETE /v1/sessions/{id} 404": () => request(keyed.url, "DELETE", "/v1/sessions/s_none", undefined, undefined, auth),
      "DELETE /v1/sessions/{id} 500": () => request(keyed.url, "DELETE", `/v1/sessions/${undeletable}`, undefined, undefined, auth),
      "DELETE /v1/users/{userId} 200": () => request(keyed.url, "DELETE", "/v1/users/nobody", undefined, undefined, auth),
      "DELETE /v1/users/{userId} 400": () => request(keyed.url, "DELETE", `/v1/users/${"x".repeat(200)}`, undefined, undefined, auth),
      "DELETE /v1/users/{userId} 500": () => request(keyed.url, "DELETE", "/v1/users/store-fails", undefined, undefined, auth),
    };
    // Keys and the rate limit guard every /v1 route: without a key (401); then, with the key, past the limit
    // (429), once the burst is spent (by the 401s or by keyed requests, whichever check comes first).
    let spent = false;
    const spend = async () => {
      for (let i = 0; i < 30 && !spent; i++) spent = (await request(keyed.url, "GET", "/v1/items/0", undefined, undefined, auth)).status === 429;
    };
    for (const [route, call] of Object.entries(routes)) probes[`${route} 401`] = () => call({});
    // A Host the server does not serve is refused on every route (DNS rebinding), before any other check.
    for (const route of Object.keys(routes)) {
      const [method, path] = route.split(" ");
      probes[`${route} 421`] = () => withHost(keyed.url, method, path.replace("{id}", sid).replace("{userId}", "nobody"), "evil.example");
    }
    for (const [route, call] of Object.entries(routes)) {
      probes[`${route} 429`] = async () => {
        await spend();
        return call(auth);
      };
    }

    expect(Object.keys(probes).sort()).toEqual([...documented].sort());
    for (const [name, probe] of Object.entries(probes)) {
      const res = await probe();
      const status = Number(name.slice(name.lastIndexOf(" ") + 1));
      const body = await res.text();
      expect(res.status, `${name}: ${body}`).toBe(status);
      if (status >= 400) expect(JSON.parse(body).error.code, name).toMatch(/^[a-z_]+$/);
    }
    expect(open.stderr()).toContain("disk says no");
  });
});
