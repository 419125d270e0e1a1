/**
 * Live sessions over the engine and the store: the one entry REST and WebSocket both call. Every act
 * is written to the store before it is returned, so nothing a client was told can be lost; turns of
 * one session run one at a time (`queue.ts`); memory is a cache (`cache.ts`) over the stored turn log
 * (`turn-log.ts`). Two processes writing the same turn collide on the turns' primary key; the loser
 * catches up and decides again, so a conversation never forks.
 */
import { randomBytes, randomInt } from "node:crypto";
import type { Logger } from "pino";
import type { Engine } from "../engine.ts";
import { SeqConflict, type AsideRecord, type SessionRecord, type Store, type TurnRecord } from "../db/store.ts";
import { ProtocolError, type ClientAct, type ExplanationAct } from "../protocol.ts";
import { explanation } from "../explanation.ts";
import type { Metrics } from "../metrics.ts";
import { LiveCache } from "./cache.ts";
import { newLive, questionIdOf, type Live } from "./live.ts";
import { narrate, type OnToken } from "./narration.ts";
import { TurnLog, type ReplayedTurn, type StoredAct } from "./turn-log.ts";

export type { Live } from "./live.ts";
export type { StoredAct } from "./turn-log.ts";
export type { OnToken } from "./narration.ts";

/** An explanation said beside the latest act (`seq`, unchanged), as stored. */
export interface StoredAside {
  seq: number;
  act: ExplanationAct;
  json: string;
}

/** Tries of one act when other processes keep writing the same session's next turn first. */
const MAX_ATTEMPTS = 3;

export class Sessions {
  private readonly cache: LiveCache;
  private readonly turns: TurnLog;

  constructor(
    private readonly engine: Engine,
    private readonly store: Store,
    private readonly catalogId: string,
    private readonly log: Logger,
    private readonly metrics: Metrics,
    maxLive = 10_000,
  ) {
    this.cache = new LiveCache(maxLive);
    this.turns = new TurnLog(engine, store, catalogId, log);
  }

  get liveCount(): number {
    return this.cache.size;
  }

  /** Starts a session; returns it with its opening act, stored and narrated. */
  async create(userKey: string | null, onToken?: OnToken): Promise<{ live: Live } & StoredAct> {
    const started = performance.now();
    const seed = randomInt(2 ** 31 - 1);
    const { state, act } = this.engine.open(userKey, seed);
    const id = `s_${randomBytes(12).toString("base64url")}`;
    const now = Date.now();
    const json = JSON.stringify(act);
    await this.store.createSession(
      {
        id,
        catalogId: this.catalogId,
        userKey,
        policy: this.engine.policy,
        language: this.engine.language,
        seed,
        status: "open",
        lastSeq: 1,
        createdAt: now,
        updatedAt: now,
      },
      { sessionId: id, seq: 1, clientAct: null, understood: null, systemAct: json, latencyMs: performance.now() - started, createdAt: now },
    );
    const live = newLive(id, userKey, seed, state, 1, act, "open");
    this.cache.remember(live);
    this.metrics.sessionsCreated.inc();
    return { live, ...(await live.queue.run(() => narrate(this.engine, this.store, live, { seq: 1, act, json }, onToken))) };
  }

  /** The live session, rebuilt from the store when it is not in memory; undefined when unknown. */
  async get(id: string): Promise<Live | undefined> {
    const hit = this.cache.get(id);
    if (hit) {
      await hit.queue.run(() => this.turns.catchUp(hit));
      return hit;
    }
    const stored = await this.turns.read(id);
    if (!stored) return undefined;
    // Another caller may have rebuilt it while this one waited on the store.
    const again = this.cache.get(id);
    if (again) return again;
    const live = this.turns.rebuild(stored);
    this.cache.remember(live);
    return live;
  }

  async require(id: string): Promise<Live> {
    const live = await this.get(id);
    if (!live) throw new ProtocolError("unknown_session", `no session ${id}`, 404);
    return live;
  }

  /**
   * Applies a client act to a session, stores the result and narrates it to `onToken`; returns the
   * act as stored. Narration runs in the queue too: it reads the state the act left, which the next
   * turn would change. An explanation ("why the second one?") is an aside: stored, not narrated, and
   * the session's latest act and `seq` stay.
   */
  act(live: Live, act: ClientAct, onToken?: OnToken): Promise<StoredAct | StoredAside> {
    return live.queue.run(async () => {
      const result = await this.decide(live, act);
      return result.act.type === "explanation" ? (result as StoredAside) : narrate(this.engine, this.store, live, result as StoredAct, onToken);
    });
  }

  async feedback(live: Live, itemId: number, liked: boolean): Promise<void> {
    if (!this.engine.catalog.hasItem(itemId)) throw new ProtocolError("unknown_item", `no item ${itemId} in this catalog`);
    await this.store.addFeedback({ sessionId: live.id, itemId, itemKey: this.engine.catalog.graph.itemKey[itemId], liked, seq: live.seq, createdAt: Date.now() });
    this.metrics.feedback.inc({ liked: liked ? "true" : "false" });
  }

  /** Turns after `afterSeq`, from the store (the record of what clients were sent and what they sent). */
  turnsAfter(id: string, afterSeq: number): Promise<ReplayedTurn[]> {
    return this.turns.turnsAfter(id, afterSeq);
  }

  /** The session's latest opinion per item, in the order they were last given. */
  async opinions(id: string): Promise<{ itemId: number; liked: boolean }[]> {
    const latest = new Map<number, boolean>();
    for (const f of await this.store.getFeedback(id)) {
      latest.delete(f.itemId);
      latest.set(f.itemId, f.liked);
    }
    return [...latest].map(([itemId, liked]) => ({ itemId, liked }));
  }

  /** A session of the catalog served now with all its turns and asides, as stored; undefined when unknown. */
  history(id: string): Promise<{ session: SessionRecord; turns: TurnRecord[]; asides: AsideRecord[] } | undefined> {
    return this.turns.history(id);
  }

  /** Deletes a session with its turns, asides and feedback, after the turns queued on it here; false when unknown. */
  async delete(id: string): Promise<boolean> {
    const [live] = this.cache.forget({ id });
    return live ? live.queue.run(() => this.store.deleteSession(id)) : this.store.deleteSession(id);
  }

  /** Deletes every session of a user (all catalogs), after the turns queued on them here; returns how many. */
  async deleteUser(userKey: string): Promise<number> {
    await Promise.all(this.cache.forget({ userKey }).map((live) => live.queue.idle()));
    return this.store.deleteUserSessions(userKey);
  }

  /** A connection takes the session as its own; `release` lets it go (see `cache.ts`). */
  hold(live: Live): void {
    this.cache.hold(live);
  }

  release(live: Live): void {
    this.cache.release(live);
  }

  /** One turn inside the session's queue: catch up, understand, apply, store (retrying a lost write race). */
  private async decide(live: Live, act: ClientAct): Promise<StoredAct | StoredAside> {
    for (let attempt = 1; ; attempt++) {
      await this.turns.catchUp(live);
      if (live.status === "ended") throw new ProtocolError("session_ended", "this conversation has ended; start a new session", 409);
      if (act.type === "answer" && act.questionId !== questionIdOf(live.latest)) {
        throw new ProtocolError("stale_question", `question ${act.questionId} is not the latest (${questionIdOf(live.latest)}); resume to catch up`, 409);
      }
      const started = performance.now();
      const input = await this.engine.understand(live.state, live.latest, act, live.focus?.seq === live.seq ? live.focus.item : undefined);
      const { id: _ref, ...stored } = act;
      const shown = input.kind !== "explain" ? null : live.latest.type === "recommendations" ? live.latest : (input.slate ?? null);
      if (input.kind === "explain" && shown) {
        const aside = explanation(shown, input.item, input.about?.map((a) => this.engine.catalog.attribute(a)), input.aspect);
        live.focus = { seq: live.seq, item: input.item };
        const json = JSON.stringify(aside);
        await this.store.addAside({ sessionId: live.id, seq: live.seq, clientAct: JSON.stringify(stored), systemAct: json, createdAt: Date.now() });
        return { seq: live.seq, act: aside, json };
      }
      if (input.kind === "undo" && live.inputs.length === 0) {
        throw new ProtocolError("not_understood", "There is nothing to go back to yet: this is where the conversation starts.");
      }
      const seq = live.seq + 1;
      const next = this.turns.step(live, input, seq, act.type === "message");
      const status = next.type === "end" ? "ended" : "open";
      const latencyMs = performance.now() - started;
      const json = JSON.stringify(next);
      try {
        await this.store.appendTurn(
          { sessionId: live.id, seq, clientAct: JSON.stringify(stored), understood: JSON.stringify(input), systemAct: json, latencyMs, createdAt: Date.now() },
          status,
        );
      } catch (err) {
        live.dirty = true;
        if (!(err instanceof SeqConflict)) throw err;
        this.log.info({ session: live.id, seq, attempt }, "another process wrote this turn first; catching up");
        if (attempt < MAX_ATTEMPTS) continue;
        throw new ProtocolError("stale_question", "the conversation moved on elsewhere at the same time; resume to catch up", 409);
      }
      live.seq = seq;
      live.latest = next;
      live.status = status;
      this.metrics.observeTurn(next.type, (performance.now() - started) / 1000);
      return { seq, act: next, json };
    }
  }
}
