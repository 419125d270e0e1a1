/**
 * The session layer of two "processes" (two Sessions, each with its own cache and its own connection
 * pool) over one PostgreSQL database: a write race on the same turn goes through the primary-key
 * conflict, the loser catches up, and both end with the state a fresh rebuild gives.
 */
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { loadGraph } from "../../graph/workspace.ts";
import { createEngine, type Engine } from "../../server/engine.ts";
import { fixedModels, QUICK_TRAIN } from "../../server/models.ts";
import { ensurePreference } from "../../agents/ranking/preference-store.ts";
import { createMetrics } from "../../server/metrics.ts";
import { ProtocolError, type ClientAct, type ReplyAct } from "../../server/protocol.ts";
import { Sessions } from "../../server/sessions/sessions.ts";
import { openPostgresStore } from "../../server/db/postgres.ts";
import type { Store } from "../../server/db/store.ts";
import { catalogRecord } from "../../server/workspace.ts";
import { prepareWorkspace, WORKSPACE } from "../server/helpers.ts";
import { NO_POSTGRES_REASON, postgresBin, startCluster, type Cluster } from "./cluster.ts";

const HAS_POSTGRES = postgresBin() !== null;
if (!HAS_POSTGRES) console.warn(`test/postgres skipped: ${NO_POSTGRES_REASON}`);

function answer(act: ReplyAct): ClientAct {
  if (act.type === "end" || act.type === "explanation") throw new Error("the conversation ended early");
  if (act.type === "question" && act.kind === "yesno") {
    const id = act.attribute!.id;
    return { type: "answer", questionId: act.questionId, accept: id % 2 === 0 ? [id] : [], reject: id % 2 === 0 ? [] : [id] };
  }
  return { type: "answer", questionId: act.questionId, accept: [], reject: [] };
}

/**
 * Two real stores whose next turn writes wait for each other, so both processes have decided before
 * either writes: the interleaving that the primary key must settle, made certain instead of likely.
 */
function gated(stores: Store[]): { stores: Store[]; arm: () => void } {
  let waiting: (() => void)[] = [];
  let armed = false;
  const wrapped = stores.map((store) => ({
    ...store,
    appendTurn: async (...args: Parameters<Store["appendTurn"]>) => {
      if (armed) {
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          if (waiting.length === stores.length) {
            armed = false;
            for (const go of waiting) go();
            waiting = [];
          }
        });
      }
      return store.appendTurn(...args);
    },
  }));
  return { stores: wrapped, arm: () => (armed = true) };
}

describe.skipIf(!HAS_POSTGRES)("sessions of two processes over one PostgreSQL database", () => {
  let cluster: Cluster;
  let engine: Engine;
  const stores: Store[] = [];
  const logLines: string[] = [];
  let p1: Sessions;
  let p2: Sessions;
  let arm: () => void;

  beforeAll(async () => {
    const [, c] = await Promise.all([prepareWorkspace(), startCluster({ settings: { fsync: "off" } })]);
    cluster = c;
    const log = pino({ level: "info" }, new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) }));
    const graph = loadGraph(WORKSPACE);
    const models = fixedModels({ preference: ensurePreference(WORKSPACE, graph, QUICK_TRAIN).model, sequencePrior: null });
    engine = createEngine({ graph, workspace: WORKSPACE, policy: "cpr", dialogue: { questions: "yesno", assumedNoise: 0, likeEdges: false }, language: "template", models, seqWeight: 0, log });
    const catalog = catalogRecord(WORKSPACE, graph);
    for (let i = 0; i < 2; i++) stores.push(await openPostgresStore(cluster.url, { poolSize: 2 }));
    await stores[0].registerCatalog(catalog);
    const gate = gated(stores);
    arm = gate.arm;
    p1 = new Sessions(engine, gate.stores[0], catalog.id, log, createMetrics(), 100);
    p2 = new Sessions(engine, gate.stores[1], catalog.id, log, createMetrics(), 100);
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
    await engine?.close();
    cluster?.stop();
  });

  it("takes a turn written by both at once exactly once, and the loser catches up instead of forking", async () => {
    const created = await p1.create(null);
    const id = created.live.id;
    const on1 = created.live;
    const on2 = (await p2.get(id))!;
    const r2 = await p1.act(on1, answer(created.act));
    expect(r2.seq).toBe(2);
    // p2 still holds seq 1 in memory: it catches up before deciding.
    const r3 = await p2.act(on2, answer(r2.act));
    expect(r3.seq).toBe(3);

    // Both hold seq 3 now and both answer question 3 at the same moment.
    await p1.get(id);
    logLines.length = 0;
    arm();
    const both = await Promise.allSettled([p1.act(on1, answer(r3.act)), p2.act(on2, answer(r3.act))]);
    const won = both.filter((r): r is PromiseFulfilledResult<Awaited<ReturnType<Sessions["act"]>>> => r.status === "fulfilled");
    const lost = both.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(won[0].value.seq).toBe(4);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(ProtocolError);
    expect((lost[0].reason as ProtocolError).code).toBe("stale_question");
    // The loser's write reached the database and was refused by the primary key.
    expect(logLines.join("")).toContain("another process wrote this turn first");

    // Both go on from the one stored turn 4, alternating, each catching up on the other's turn.
    const r5 = await p1.act(on1, answer(won[0].value.act));
    const r6 = await p2.act(on2, answer(r5.act));
    expect([r5.seq, r6.seq]).toEqual([5, 6]);
    expect(on1.dirty || on2.dirty).toBe(false);

    const turns = await stores[0].getTurns(id);
    expect(turns.map((t) => t.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(JSON.parse(turns[3].systemAct)).toEqual(won[0].value.act);

    // A third cache that rebuilds from the database decides exactly as both did.
    const p3 = new Sessions(engine, stores[1], catalogRecord(WORKSPACE, engine.catalog.graph).id, pino({ level: "silent" }), createMetrics());
    const fresh = (await p3.get(id))!;
    const next = answer(r6.act);
    const fromP3 = await p3.act(fresh, next);
    const fromP1 = (await Promise.allSettled([p1.act(on1, next)]))[0];
    expect(fromP3.seq).toBe(7);
    // p1 catches up to 7 and finds question 6 already answered.
    expect(fromP1.status).toBe("rejected");
    expect(on1.seq).toBe(7);
    expect(on1.latest).toEqual(fromP3.act);
  });
});
