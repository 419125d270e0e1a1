/**
 * The Hono app: REST v1 over the shared sessions, health and metrics, and the OpenAPI document
 * generated from the same zod schemas that validate requests.
 */
import cluster from "node:cluster";
import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import { bodyLimit } from "hono/body-limit";
import type { Logger } from "pino";
import type { Engine } from "../engine.ts";
import type { Sessions } from "../sessions/sessions.ts";
import type { Metrics } from "../metrics.ts";
import type { Catalog } from "../catalog.ts";
import type { ServerConfig } from "../config.ts";
import { ProtocolError, ClientAct, SystemAct, ReplyAct, ExplanationAct, ErrorBody, FeedbackBody, AttributeRef, ItemCard, PROTOCOL_VERSION } from "../protocol.ts";
import { apiKeys, budget as spendBudget, capConnections, checkHost, rateLimit, spend } from "./security.ts";
import { COST, textCost, type AddressBudget } from "../budget.ts";
import { resolveIdentity } from "../identity.ts";
import type { ConnectionCap } from "./connections.ts";
import { errorResponse } from "./errors.ts";
import { serveWidget } from "./widget.ts";
import { transcript } from "./transcript.ts";
import { ROOT } from "../workspace.ts";
import path from "node:path";

const SessionId = z.string().min(1).max(64).openapi({ param: { name: "id", in: "path" }, example: "s_2m5wQ0c1b8yYw3Vt" });
const ActResult = z.object({ sessionId: z.string(), seq: z.number().int(), act: SystemAct }).openapi("ActResult");
const CreatedSession = ActResult.extend({
  /** The proven user the session belongs to; null: anonymous (no userId, or one without a token or key). */
  userId: z.string().nullable(),
  identity: z.enum(["proven", "anonymous"]),
}).openapi("CreatedSession");
/** The answer to a client act: the next act, or an explanation beside the latest one (then `seq` is the latest act's, unchanged). */
const ReplyResult = z.object({ sessionId: z.string(), seq: z.number().int(), act: ReplyAct }).openapi("ReplyResult");
/** Proves the body's `userId` where REST is open (no API keys); see docs/protocol.md. */
export const USER_TOKEN_HEADER = "x-pathwise-user-token";
const UserTokenHeader = z.object({
  [USER_TOKEN_HEADER]: z.string().min(1).max(1024).optional().openapi({ description: "A user token proving userId (docs/protocol.md, Identity)" }),
});
const ItemView = z.object({ id: z.number().int(), key: z.string(), title: z.string(), attributes: z.array(AttributeRef), popularity: z.number().int() }).openapi("Item");
const Transcript = z
  .object({
    session: z.object({
      id: z.string(),
      userId: z.string().nullable(),
      status: z.enum(["open", "ended"]),
      lastSeq: z.number().int(),
      policy: z.string(),
      language: z.string(),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
    turns: z.array(
      z.object({
        seq: z.number().int(),
        clientAct: z
          .object({ type: z.enum(["message", "answer", "critique"]) })
          .nullable()
          .openapi({ description: "The client act as received (a ClientAct less its id); null for the opening turn" }),
        act: SystemAct,
        at: z.string(),
        /** Explanations asked for on this act, in order; they did not move the conversation. */
        asides: z.array(z.object({ clientAct: z.object({ type: z.literal("message") }), act: ExplanationAct, at: z.string() })),
      }),
    ),
  })
  .openapi("Transcript");

const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
/** Every /v1 route can answer these. */
const guarded = {
  400: json(ErrorBody, "Invalid request"),
  401: json(ErrorBody, "Missing or wrong API key (when keys are configured)"),
  421: json(ErrorBody, "A Host name the server does not serve"),
  429: json(ErrorBody, "Rate limited, over the address budget, or too many connections from the address"),
};
/** Routes with a JSON body. */
const withBody = {
  413: json(ErrorBody, "Body too large"),
  415: json(ErrorBody, "Body not sent as application/json"),
};
/** Routes that read or write the conversation store. */
const stored = {
  404: json(ErrorBody, "Unknown session"),
  500: json(ErrorBody, "The store failed, or holds a damaged row; nothing was applied"),
};

const createSession = createRoute({
  method: "post",
  path: "/v1/sessions",
  summary: "Start a conversation; returns the session id, whom it belongs to and the opening act",
  request: {
    headers: UserTokenHeader,
    body: { content: { "application/json": { schema: z.strictObject({ userId: z.string().min(1).max(128).optional() }) } }, required: false },
  },
  responses: { 201: json(CreatedSession, "The new session and its opening act"), ...guarded, ...withBody, 500: stored[500] },
});
const postMessage = createRoute({
  method: "post",
  path: "/v1/sessions/{id}/messages",
  summary: "Send free text, a structured answer or a critique; returns the next act",
  request: { params: z.object({ id: SessionId }), body: { content: { "application/json": { schema: ClientAct } }, required: true } },
  responses: { 200: json(ReplyResult, "The next act, or an explanation of a card of the latest slate (seq unchanged)"), ...guarded, ...withBody, ...stored, 409: json(ErrorBody, "Stale question or ended session") },
});
const getSession = createRoute({
  method: "get",
  path: "/v1/sessions/{id}",
  summary: "The session and its transcript",
  request: { params: z.object({ id: SessionId }) },
  responses: { 200: json(Transcript, "The transcript"), ...guarded, ...stored },
});
const postFeedback = createRoute({
  method: "post",
  path: "/v1/sessions/{id}/feedback",
  summary: "Like or dislike an item",
  request: { params: z.object({ id: SessionId }), body: { content: { "application/json": { schema: FeedbackBody } }, required: true } },
  responses: { 201: json(z.object({ ok: z.literal(true) }), "Stored"), ...guarded, ...withBody, ...stored },
});
const deleteSession = createRoute({
  method: "delete",
  path: "/v1/sessions/{id}",
  summary: "Delete a conversation with its turns, asides and feedback (an API key is required)",
  request: { params: z.object({ id: SessionId }) },
  responses: { 204: { description: "Deleted" }, ...guarded, ...stored },
});
const deleteUser = createRoute({
  method: "delete",
  path: "/v1/users/{userId}",
  summary: "Delete every conversation of a user (an API key is required)",
  request: { params: z.object({ userId: z.string().min(1).max(128).openapi({ param: { name: "userId", in: "path", required: true }, example: "42" }) }) },
  responses: { 200: json(z.object({ deleted: z.number().int() }).openapi("Deleted"), "How many conversations were deleted"), ...guarded, 500: stored[500] },
});
const getItem = createRoute({
  method: "get",
  path: "/v1/items/{id}",
  summary: "One catalog item",
  // Digits only: `1e3`, `0x10` or a blank are not item ids, whatever Number() makes of them.
  request: { params: z.object({ id: z.string().regex(/^\d{1,10}$/, "an item id is a non-negative integer, digits only").openapi({ param: { name: "id", in: "path", required: true }, example: "0" }) }) },
  responses: { 200: json(ItemView, "The item"), ...guarded, 404: json(ErrorBody, "Unknown item") },
});
const searchItems = createRoute({
  method: "get",
  path: "/v1/items",
  summary: "Search items by title or attribute name",
  request: { query: z.object({ q: z.string().max(200).default(""), limit: z.coerce.number().int().min(1).max(100).default(20) }) },
  responses: { 200: json(z.object({ items: z.array(ItemView) }), "Matching items, most popular first"), ...guarded },
});

const search = createRoute({
  method: "post",
  path: "/v1/search",
  summary: "Dialog-based search without a session: a text such as \"something like Toy Story, not animated\" read as a conversation's opening; the best items with their facts and justifications",
  request: {
    headers: UserTokenHeader,
    body: {
      content: {
        "application/json": {
          schema: z.strictObject({ text: z.string().min(1).max(2000), userId: z.string().min(1).max(128).optional(), k: z.number().int().min(1).max(50).default(10) }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: json(z.object({ items: z.array(ItemCard), understood: z.string() }).openapi("SearchResult"), "Ranked items, best first, and what the text was understood to ask for"),
    ...guarded,
    ...withBody,
  },
});

export interface AppDeps {
  config: ServerConfig;
  engine: Pick<Engine, "search">;
  sessions: Sessions;
  budget: AddressBudget;
  connectionCap: ConnectionCap;
  catalog: Catalog;
  catalogId: string;
  settings: Readonly<Record<string, string | number | boolean>>;
  /** The models still training in the background (empty when none is). */
  training: () => readonly string[];
  metrics: Metrics;
  log: Logger;
  startedAt: number;
}

export function createApp({ config, engine, sessions, budget, connectionCap, catalog, catalogId, settings, training, metrics, log, startedAt }: AppDeps) {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
      return errorResponse(c, "bad_request", `${where}${issue?.message ?? "invalid request"}`, 400);
    },
  });

  app.use("*", async (c, next) => {
    const started = performance.now();
    await next();
    metrics.httpSeconds.observe((performance.now() - started) / 1000);
    metrics.httpRequests.inc({ status: `${Math.floor(c.res.status / 100)}xx` });
  });
  app.use("*", checkHost(config.publicHosts));
  app.use("*", capConnections(connectionCap));
  app.use("/v1/*", rateLimit(config.httpRate, config.httpBurst));
  app.use("/v1/*", apiKeys(config.apiKeys));
  app.use("/v1/*", spendBudget(budget));
  app.use(
    "/v1/*",
    bodyLimit({ maxSize: config.maxBodyBytes, onError: (c) => errorResponse(c, "too_large", `body over ${config.maxBodyBytes} bytes`, 413) }),
  );

  // The body of a new session is optional: an empty one (with or without a JSON content type) means `{}`.
  app.use("/v1/sessions", async (c, next) => {
    const raw = c.req.raw;
    if (raw.method === "POST" && !raw.headers.get("transfer-encoding") && (raw.headers.get("content-length") ?? "0") === "0") {
      c.req.raw = new Request(raw.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    }
    return next();
  });

  // Every REST caller holds a key when keys are configured (the middleware refused the others).
  const identify = (userId: string | undefined, userToken: string | undefined) => resolveIdentity({ userId, userToken, keyed: config.apiKeys.length > 0 }, config);

  app.openapi(createSession, async (c) => {
    const body = c.req.valid("json") ?? {};
    const who = identify(body.userId, c.req.valid("header")[USER_TOKEN_HEADER]);
    spend(c, budget, COST.session - COST.act);
    const { live, seq, act } = await sessions.create(who.userKey);
    return c.json({ sessionId: live.id, seq, act, userId: who.userKey, identity: who.identity }, 201);
  });

  app.openapi(postMessage, async (c) => {
    const clientAct = c.req.valid("json");
    if (clientAct.type === "message") spend(c, budget, textCost(clientAct.text));
    const live = await sessions.require(c.req.valid("param").id);
    const { seq, act } = await sessions.act(live, clientAct);
    return c.json({ sessionId: live.id, seq, act }, 200);
  });

  app.openapi(getSession, async (c) => {
    const id = c.req.valid("param").id;
    const stored = await sessions.history(id);
    if (!stored) throw new ProtocolError("unknown_session", `no session ${id}`, 404);
    // A stored clientAct is a ClientAct less its id: it was validated when it arrived.
    return c.json(transcript(stored.session, stored.turns, stored.asides) as z.infer<typeof Transcript>, 200);
  });

  app.openapi(postFeedback, async (c) => {
    const live = await sessions.require(c.req.valid("param").id);
    const body = c.req.valid("json");
    await sessions.feedback(live, body.itemId, body.liked);
    return c.json({ ok: true as const }, 201);
  });

  app.openapi(search, async (c) => {
    const { text, userId, k } = c.req.valid("json");
    const who = identify(userId, c.req.valid("header")[USER_TOKEN_HEADER]);
    spend(c, budget, COST.search - COST.act + textCost(text));
    const found = await engine.search(text, who.userKey, k);
    return c.json({ items: found.items, understood: found.text }, 200);
  });

  // Deleting needs a key even where REST is open: whoever holds a session id must not erase a person's data.
  const requireKey = () => {
    if (config.apiKeys.length === 0) throw new ProtocolError("unauthorized", "deleting needs an API key: configure PATHWISE_API_KEYS and send Authorization: Bearer KEY", 401);
  };
  app.openapi(deleteSession, async (c) => {
    requireKey();
    const id = c.req.valid("param").id;
    if (!(await sessions.delete(id))) throw new ProtocolError("unknown_session", `no session ${id}`, 404);
    return c.body(null, 204);
  });
  app.openapi(deleteUser, async (c) => {
    requireKey();
    return c.json({ deleted: await sessions.deleteUser(c.req.valid("param").userId) }, 200);
  });

  app.openapi(getItem, (c) => c.json(catalog.item(Number(c.req.valid("param").id)), 200));
  app.openapi(searchItems, (c) => {
    const { q, limit } = c.req.valid("query");
    spend(c, budget, COST.search - COST.act);
    return c.json({ items: catalog.search(q, limit) }, 200);
  });

  serveWidget(app, path.join(ROOT, "web"));

  app.get("/healthz", (c) =>
    c.json({
      status: "ok",
      protocol: PROTOCOL_VERSION,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      liveSessions: sessions.liveCount,
      catalog: catalog.graph.manifest.name,
      catalogId,
      dialogue: settings,
      training: training(),
      ...(cluster.isWorker ? { worker: { index: Number(process.env.PATHWISE_WORKER_INDEX), pid: process.pid } } : {}),
    }),
  );
  metrics.countLive(() => sessions.liveCount);
  app.get("/metrics", async (c) => c.text(await metrics.text(), 200, { "Content-Type": metrics.registry.contentType }));
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  // Built once, after every route is registered: it never changes while the process runs.
  const openapi = JSON.stringify(
    app.getOpenAPIDocument({
      openapi: "3.0.3",
      info: { title: "pathwise", version: "1", description: "Conversational recommender: dialog-based search over a user-item-attribute graph. The WebSocket chat protocol is in docs/protocol.md." },
      servers: [{ url: "/", description: "this server" }],
      security: config.apiKeys.length > 0 ? [{ bearer: [] }] : [],
    }),
  );
  app.get("/openapi.json", (c) => c.body(openapi, 200, { "Content-Type": "application/json" }));

  app.notFound((c) => errorResponse(c, "not_found", `no route ${c.req.method} ${c.req.path}`, 404));
  app.onError((err, c) => {
    if (err instanceof ProtocolError) return errorResponse(c, err.code, err.message, err.status);
    if (err instanceof HTTPException) {
      const status = err.status;
      const code = status === 413 ? "too_large" : status === 401 ? "unauthorized" : "bad_request";
      return errorResponse(c, code, err.message || "bad request", status >= 400 && status < 500 ? status : 400);
    }
    log.error({ err, path: c.req.path }, "request failed");
    return errorResponse(c, "internal", "internal error", 500);
  });
  return app;
}
