/**
 * The stored turn log as the truth behind the sessions in memory. A session missing from memory
 * (evicted, or the process restarted) is rebuilt by replaying its stored dialogue inputs through the
 * engine. Several processes may share one database (PostgreSQL, docs/deploy.md), so before every act
 * and resume a cached session is checked against the stored `lastSeq` and caught up by replaying the
 * turns another process wrote.
 */
import type { Logger } from "pino";
import type { Engine } from "../engine.ts";
import type { SessionRecord, Store, TurnRecord } from "../db/store.ts";
import { ProtocolError, type SystemAct } from "../protocol.ts";
import { newLive, questionIdOf, type Live } from "./live.ts";

export interface StoredAct {
  seq: number;
  act: SystemAct;
  /** The act as stored (JSON), sent as it is. */
  json: string;
}

/** A stored turn as a resume replays it: the act's JSON and the client act's (null for the opening). */
export interface ReplayedTurn {
  seq: number;
  json: string;
  clientAct: string | null;
}

export class TurnLog {
  constructor(
    private readonly engine: Engine,
    private readonly store: Store,
    private readonly catalogId: string,
    private readonly log: Logger,
  ) {}

  /** A stored session of the catalog served now, with its turns; undefined when unknown. */
  async read(id: string): Promise<{ session: SessionRecord; turns: TurnRecord[] } | undefined> {
    const session = await this.store.getSession(id);
    if (!session) return undefined;
    if (session.catalogId !== this.catalogId) {
      throw new ProtocolError("unknown_session", "this session belongs to another catalog than the one served now", 404);
    }
    return { session, turns: await this.store.getTurns(id) };
  }

  /** A session in memory again, by replaying its stored turns from a fresh state. */
  rebuild({ session, turns }: { session: SessionRecord; turns: TurnRecord[] }): Live {
    const { state } = this.engine.open(session.userKey, session.seed);
    this.replay(session.id, state, turns);
    const last = turns[turns.length - 1];
    return newLive(session.id, session.userKey, state, last.seq, JSON.parse(last.systemAct) as SystemAct, session.status);
  }

  /**
   * Brings a cached session up to the database: replays the turns another process stored since, or
   * rebuilds from the first turn when the state is dirty. Runs inside the session's turn queue.
   */
  async catchUp(live: Live): Promise<void> {
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

  /** Turns after `afterSeq`, from the store (the record of what clients were sent and what they sent). */
  async turnsAfter(id: string, afterSeq: number): Promise<ReplayedTurn[]> {
    const turns = await this.store.getTurns(id, afterSeq);
    return turns.map((t) => ({ seq: t.seq, json: t.systemAct, clientAct: t.clientAct }));
  }

  /** A session of the catalog served now with all its turns, as stored; undefined when unknown. */
  async history(id: string): Promise<{ session: SessionRecord; turns: TurnRecord[] } | undefined> {
    const session = await this.store.getSession(id);
    if (!session || session.catalogId !== this.catalogId) return undefined;
    return { session, turns: await this.store.getTurns(id) };
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
}
