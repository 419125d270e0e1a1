/**
 * Live sessions over the engine and the store. Every act is written to the store before it is
 * returned, so nothing a client was told can be lost; a session missing from memory (evicted, or
 * the process restarted) is rebuilt by replaying its stored dialogue inputs through the engine.
 * Turns of one session run one at a time, whichever path (REST or WebSocket) they come from.
 *
 * Several processes may share one database (PostgreSQL, docs/deploy.md), so memory is only a cache:
 * before every act and resume the cached session is checked against the stored `lastSeq` and
 * caught up by replaying the turns another process wrote. Two processes writing the same turn
 * collide on the turns' primary key; the loser catches up and decides again, so a conversation
 * never forks.
 */
import { randomBytes, randomInt } from "node:crypto";
import type { Engine } from "./engine.ts";
import { SeqConflict, type Store, type TurnRecord } from "./db/store.ts";
import type { Logger } from "pino";
import { ProtocolError, type ClientAct, type SystemAct } from "./protocol.ts";
import type { Metrics } from "./metrics.ts";

export interface Live {
  readonly id: string;
  readonly userKey: string | null;
  state: unknown;
  seq: number;
  latest: SystemAct;
  status: "open" | "ended";
  /** Tail of this session's turn queue, and how many turns are queued (busy sessions are never evicted). */
  tail: Promise<unknown>;
  busy: number;
  /** Connections holding this session as theirs; released when the last one lets go. */
  holders: number;
  /** The state took an input whose turn was not stored (a failed write): rebuild it before the next act. */
  dirty: boolean;
}

/** Tries of one act when other processes keep writing the same session's next turn first. */
const MAX_ATTEMPTS = 3;

export interface ActResult {
  seq: number;
  act: SystemAct;
  /** The act as stored (JSON), reused for the wire while the act is unchanged. */
  json?: string;
}

export interface Transcript {
  session: { id: string; userId: string | null; status: "open" | "ended"; lastSeq: number; policy: string; language: string; createdAt: string; updatedAt: string };
  turns: { seq: number; clientAct: unknown; act: SystemAct; at: string }[];
}

export class Sessions {
  private readonly live = new Map<string, Live>();

  constructor(
    private readonly engine: Engine,
    private readonly store: Store,
    private readonly catalogId: string,
    private readonly log: Logger,
    private readonly metrics: Metrics,
    private readonly maxLive = 10_000,
  ) {}

  get liveCount(): number {
    return this.live.size;
  }

  async create(userKey: string | null): Promise<{ live: Live } & Required<ActResult>> {
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
    const live: Live = { id, userKey, state, seq: 1, latest: act, status: "open", tail: Promise.resolve(), busy: 0, holders: 0, dirty: false };
    this.remember(live);
    this.metrics.sessionsCreated.inc();
    return { live, seq: 1, act, json };
  }

  /** The live session, rebuilt from the store when it is not in memory; undefined when unknown. */
  async get(id: string): Promise<Live | undefined> {
    const hit = this.live.get(id);
    if (hit) {
      this.live.delete(id);
      this.live.set(id, hit);
      await this.serial(hit, () => this.catchUp(hit));
      return hit;
    }
    const record = await this.store.getSession(id);
    if (!record) return undefined;
    if (record.catalogId !== this.catalogId) {
      throw new ProtocolError("unknown_session", "this session belongs to another catalog than the one served now", 404);
    }
    const turns = await this.store.getTurns(id);
    // Another caller may have rebuilt it while this one waited on the store.
    const again = this.live.get(id);
    if (again) return again;
    const live = this.rebuild(id, record.userKey, record.seed, record.status, turns);
    this.remember(live);
    return live;
  }

  async require(id: string): Promise<Live> {
    const live = await this.get(id);
    if (!live) throw new ProtocolError("unknown_session", `no session ${id}`, 404);
    return live;
  }

  /** Applies a client act to a session and stores the result before returning it. */
  act(live: Live, act: ClientAct): Promise<ActResult> {
    return this.serial(live, async () => {
      for (let attempt = 1; ; attempt++) {
        await this.catchUp(live);
        if (live.status === "ended") throw new ProtocolError("session_ended", "this conversation has ended; start a new session", 409);
        if (act.type === "answer" && act.questionId !== questionIdOf(live.latest)) {
          throw new ProtocolError("stale_question", `question ${act.questionId} is not the latest (${questionIdOf(live.latest)}); resume to catch up`, 409);
        }
        const started = performance.now();
        const input = await this.engine.understand(live.state, live.latest, act);
        const next = this.engine.apply(live.state, input);
        const seq = live.seq + 1;
        const status = next.type === "end" ? "ended" : "open";
        const { id: _ref, ...stored } = act;
        const latencyMs = performance.now() - started;
        const json = JSON.stringify(next);
        try {
          await this.store.appendTurn(
            {
              sessionId: live.id,
              seq,
              clientAct: JSON.stringify(stored),
              understood: JSON.stringify(input),
              systemAct: json,
              latencyMs,
              createdAt: Date.now(),
            },
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
    });
  }

  /**
   * Streams an act's utterance to `onToken` and returns the act with the narrated text, storing it
   * when it differs from the text the act was stored with.
   */
  async narrate(live: Live, result: ActResult, onToken?: (text: string) => void): Promise<SystemAct> {
    let text = "";
    for await (const piece of this.engine.narrate(live.state, result.act)) {
      text += piece;
      onToken?.(piece);
    }
    if (text === "" || text === result.act.text) return result.act;
    const act = { ...result.act, text };
    if (live.seq === result.seq) live.latest = act;
    await this.store.reviseAct(live.id, result.seq, JSON.stringify(act));
    return act;
  }

  async feedback(live: Live, itemId: number, liked: boolean): Promise<void> {
    if (!this.engine.catalog.hasItem(itemId)) throw new ProtocolError("unknown_item", `no item ${itemId} in this catalog`);
    await this.store.addFeedback({ sessionId: live.id, itemId, itemKey: this.engine.catalog.graph.itemKey[itemId], liked, seq: live.seq, createdAt: Date.now() });
    this.metrics.feedback.inc({ liked: liked ? "true" : "false" });
  }

  /** Acts after `afterSeq`, from the store (the record of what clients were sent). */
  async actsAfter(id: string, afterSeq: number): Promise<ActResult[]> {
    const turns = await this.store.getTurns(id, afterSeq);
    return turns.map((t) => ({ seq: t.seq, act: JSON.parse(t.systemAct) as SystemAct, json: t.systemAct }));
  }

  async transcript(id: string): Promise<Transcript> {
    const record = await this.store.getSession(id);
    if (!record || record.catalogId !== this.catalogId) throw new ProtocolError("unknown_session", `no session ${id}`, 404);
    const turns = await this.store.getTurns(id);
    return {
      session: {
        id: record.id,
        userId: record.userKey,
        status: record.status,
        lastSeq: record.lastSeq,
        policy: record.policy,
        language: record.language,
        createdAt: new Date(record.createdAt).toISOString(),
        updatedAt: new Date(record.updatedAt).toISOString(),
      },
      turns: turns.map((t) => ({
        seq: t.seq,
        clientAct: t.clientAct === null ? null : JSON.parse(t.clientAct),
        act: JSON.parse(t.systemAct) as SystemAct,
        at: new Date(t.createdAt).toISOString(),
      })),
    };
  }

  private rebuild(id: string, userKey: string | null, seed: number, status: "open" | "ended", turns: TurnRecord[]): Live {
    const { state } = this.engine.open(userKey, seed);
    this.replay(id, state, turns);
    const last = turns[turns.length - 1];
    return { id, userKey, state, seq: last.seq, latest: JSON.parse(last.systemAct) as SystemAct, status, tail: Promise.resolve(), busy: 0, holders: 0, dirty: false };
  }

  /** Applies stored turns' dialogue inputs to a state, in order. */
  private replay(id: string, state: unknown, turns: TurnRecord[]): void {
    for (const t of turns) {
      if (t.seq === 1 || t.understood === null) continue;
      const act = this.engine.apply(state, JSON.parse(t.understood));
      const stored = JSON.parse(t.systemAct) as SystemAct;
      if (act.type !== stored.type || questionIdOf(act) !== questionIdOf(stored)) {
        this.log.warn({ session: id, seq: t.seq }, "replayed act differs from the stored one (models changed since?)");
      }
    }
  }

  /**
   * Brings a cached session up to the database: replays the turns another process stored since, or
   * rebuilds from the first turn when the state is dirty. Runs inside the session's turn queue.
   */
  private async catchUp(live: Live): Promise<void> {
    const record = await this.store.getSession(live.id);
    if (!record) throw new ProtocolError("unknown_session", `no session ${live.id}`, 404);
    if (!live.dirty && record.lastSeq === live.seq) return;
    const fromScratch = live.dirty || record.lastSeq < live.seq;
    const turns = await this.store.getTurns(live.id, fromScratch ? 0 : live.seq);
    if (fromScratch) live.state = this.engine.open(live.userKey, record.seed).state;
    this.replay(live.id, live.state, turns);
    if (turns.length > 0) {
      const last = turns[turns.length - 1];
      live.seq = last.seq;
      live.latest = JSON.parse(last.systemAct) as SystemAct;
      live.status = live.latest.type === "end" ? "ended" : "open";
    }
    live.dirty = false;
  }

  /** A connection takes the session as its own (see `release`). */
  hold(live: Live): void {
    live.holders++;
  }

  /**
   * A connection lets go of its session (it moved on or closed). Once no connection holds it and its
   * queued turns are done it leaves memory; the store keeps it and the next `get` rebuilds it. So
   * memory holds the conversations in progress, not every one since the start (each keeps ~100 KB of
   * candidate arrays). Sessions used over REST only stay until the `maxLive` bound evicts them.
   */
  release(live: Live): void {
    live.holders--;
    void live.tail.then(() => {
      if (live.holders === 0 && live.busy === 0 && this.live.get(live.id) === live) this.live.delete(live.id);
    });
  }

  private remember(live: Live): void {
    this.live.set(live.id, live);
    if (this.live.size <= this.maxLive) return;
    for (const [id, s] of this.live) {
      if (this.live.size <= this.maxLive) break;
      if (s !== live && s.busy === 0 && s.holders === 0) this.live.delete(id);
    }
  }

  private serial<T>(live: Live, fn: () => Promise<T>): Promise<T> {
    live.busy++;
    const run = live.tail.then(fn, fn).finally(() => live.busy--);
    // The queue's tail settles to nothing: holding the act and its JSON until the next turn would
    // carry every turn's output through two young-generation collections into the old one.
    live.tail = run.then(settled, settled);
    return run;
  }
}

const settled = (): void => undefined;

export function questionIdOf(act: SystemAct): string | null {
  return act.type === "end" ? null : act.questionId;
}
