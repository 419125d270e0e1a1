/**
 * Two clients on one session, a WebSocket and REST, while a slate's narration is slow: the narration
 * must describe its own act, and the stored row of that act must keep it, even when the other client
 * acts in the meantime. The server is composed in this process (as `startServer` does) so the
 * engine's narration can be held back: a model narrates slates (language "llm"; its file is absent,
 * so the slate's words are the template's, read from the dialogue state like a model's would be).
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { serve } from "@hono/node-server";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../graph/workspace.ts";
import { AddressBudget } from "../../server/budget.ts";
import { ServerConfig } from "../../server/config.ts";
import { openStore } from "../../server/db/open.ts";
import type { Store } from "../../server/db/store.ts";
import { createEngine, type Engine } from "../../server/engine.ts";
import { fixedModels, QUICK_TRAIN } from "../../server/models.ts";
import { ensurePreference } from "../../agents/ranking/preference-store.ts";
import { createApp } from "../../server/http/app.ts";
import { ConnectionCap } from "../../server/http/connections.ts";
import { createMetrics } from "../../server/metrics.ts";
import type { RecommendationsAct, SystemAct } from "../../server/protocol.ts";
import { Sessions } from "../../server/sessions/sessions.ts";
import { attachChat } from "../../server/ws/chat.ts";
import { catalogRecord } from "../../server/workspace.ts";
import { ChatClient, freshDb, prepareWorkspace, TEST_ROOT, WORKSPACE, type Frame } from "./helpers.ts";

/** The first slate's narration waits for `release`; the test learns when that slate was decided. */
class HeldNarration {
  slate!: (act: RecommendationsAct) => void;
  readonly decided = new Promise<RecommendationsAct>((resolve) => (this.slate = resolve));
  release!: () => void;
  private readonly released = new Promise<void>((resolve) => (this.release = resolve));
  private held = false;
  /** Resolves on every act applied after the held slate. */
  onApplied: (() => void) | null = null;

  wrap(engine: Engine): Engine {
    return {
      ...engine,
      apply: (state, input) => {
        const act = engine.apply(state, input);
        this.onApplied?.();
        return act;
      },
      narrate: (state, act) => {
        if (act.type !== "recommendations" || this.held) return engine.narrate(state, act);
        this.held = true;
        this.slate(act);
        const released = this.released;
        return (async function* () {
          await released;
          yield* engine.narrate(state, act);
        })();
      },
    };
  }
}

describe("narration of a slate while another client acts on the same session", () => {
  const held = new HeldNarration();
  let engine: Engine;
  let store: Store;
  let server: Server;
  let chat: ReturnType<typeof attachChat>;
  let url: string;

  beforeAll(async () => {
    await prepareWorkspace();
    const log = pino({ level: "silent" });
    const graph = loadGraph(WORKSPACE);
    const config = ServerConfig.parse({ port: 0, language: "llm", model: path.join(TEST_ROOT, "absent.gguf") });
    engine = createEngine({ graph, workspace: WORKSPACE, policy: "cpr", dialogue: { questions: "yesno", assumedNoise: 0, likeEdges: false }, language: "llm", model: config.model, log, models: fixedModels({ preference: ensurePreference(WORKSPACE, graph, QUICK_TRAIN).model, sequencePrior: null }), seqWeight: 0 });
    ({ store } = await openStore({ sqliteFile: freshDb("narration-race"), sqliteSync: "normal", poolSize: 1, warn: () => {} }));
    const catalog = catalogRecord(WORKSPACE, graph);
    await store.registerCatalog(catalog);
    const metrics = createMetrics();
    const sessions = new Sessions(held.wrap(engine), store, catalog.id, log, metrics);
    const budget = new AddressBudget(config.addressRate, config.addressBurst);
    const connectionCap = new ConnectionCap(config.maxConnectionsPerAddress);
    const app = createApp({ config, engine, sessions, budget, connectionCap, catalog: engine.catalog, catalogId: catalog.id, settings: engine.settings, training: () => [], metrics, log, startedAt: Date.now() });
    server = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s as Server)) as Server;
    });
    connectionCap.attach(server);
    chat = attachChat(server, config, { sessions, budget, connectionCap }, metrics, log);
    url = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    held.release?.();
    await chat?.close(1000);
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await store?.close();
    await engine?.close();
  });

  it("streams and stores each act's own words when REST acts while the WebSocket's slate is narrated", async () => {
    const ws = await ChatClient.open(`ws://${url}/v1/chat`);
    ws.send({ type: "hello" });
    const session = await ws.next();
    let act = (await ws.act()).act;
    // Yes to every question until the engine decides a slate; its narration is then held back.
    let pending: Promise<{ tokens: string; act: Frame }> | null = null;
    for (let i = 0; i < 20 && !pending; i++) {
      expect(act.type).toBe("question");
      const accept = act.kind === "yesno" ? [(act.attribute as { id: number }).id] : [];
      ws.send({ type: "answer", questionId: act.questionId, accept, reject: [] });
      const next = ws.act();
      const first = await Promise.race([next.then(() => "question" as const), held.decided.then(() => "slate" as const)]);
      if (first === "slate") pending = next;
      else act = (await next).act;
    }
    expect(pending).not.toBeNull();
    const slate = await held.decided;
    const top = slate.items[0];

    // The REST client critiques the slate's top item while its narration is still held.
    const appliedElsewhere = new Promise<void>((resolve) => (held.onApplied = resolve));
    const rest = fetch(`http://${url}/v1/sessions/${session.sessionId}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "critique", itemId: top.id, attributeId: top.attributes[0].id, direction: "less" }),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as { seq: number; act: SystemAct } }));
    // Narration goes on once the critique was applied, or once it has had ample time to be (it waits
    // for the narration when turns of a session run one at a time, as they must).
    await Promise.race([appliedElsewhere, new Promise((resolve) => setTimeout(resolve, 500))]);
    held.release();

    const narrated = await pending!;
    const critiqued = await rest;
    expect(critiqued.status).toBe(200);
    expect(narrated.act.seq).toBe((critiqued.body.seq as number) - 1);
    // The slate streamed and sent is the one decided, in its own words: its intro, which leaves each
    // card's reason to the card.
    expect(narrated.act.items).toEqual(slate.items);
    expect(narrated.tokens).toBe(narrated.act.text);
    expect(narrated.act.text as string).not.toContain(top.justification);
    expect(narrated.act.text).toBe(slate.text);

    // The stored rows hold what each client was sent.
    const transcript = (await (await fetch(`http://${url}/v1/sessions/${session.sessionId}`)).json()) as { turns: { seq: number; act: SystemAct }[] };
    const row = (seq: unknown) => transcript.turns.find((t) => t.seq === seq)!.act;
    const { seq: _seq, ...sent } = narrated.act;
    expect(row(narrated.act.seq)).toEqual(sent);
    expect(row(critiqued.body.seq)).toEqual(critiqued.body.act);
    ws.close();
  });
});
