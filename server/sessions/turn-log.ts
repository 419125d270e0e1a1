/**
 * The stored turn log as the truth behind the sessions in memory. A session missing from memory
 * (evicted, or the process restarted) is rebuilt by replaying its stored dialogue inputs through the
 * engine. Several processes may share one database (PostgreSQL, docs/deploy.md), so before every act
 * and resume a cached session is checked against the stored `lastSeq` and caught up by replaying the
 * turns another process wrote. A "start over" or "go back" turn is replayed as it first ran: the state rebuilt
 * from the opening with the inputs still in effect (none, or all but the last), so replay stays exact.
 */
import type { Logger } from "pino";
import type { Engine } from "../engine.ts";
import type { AsideRecord, SessionRecord, Store, TurnRecord } from "../db/store.ts";
import { ProtocolError, type SystemAct } from "../protocol.ts";
import { newLive, questionIdOf, type Live } from "./live.ts";

export interface StoredAct {
  seq: number;
  act: SystemAct;
  /** The act as stored (JSON), sent as it is. */
  json: string;
}

/** A stored turn as a resume replays it: the act's JSON and the client act's (null for the opening), and the asides said on it. */
export interface ReplayedTurn {
  seq: number;
  json: string;
  clientAct: string | null;
  asides: { json: string; clientAct: string }[];
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
    const live = newLive(session.id, session.userKey, session.seed, state, 1, JSON.parse(turns[0].systemAct) as SystemAct, session.status);
    this.replay(live, turns);
    live.status = session.status;
    return live;
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
    if (fromScratch) {
      live.state = this.engine.open(live.userKey, record.seed).state;
      live.inputs = [];
    }
    this.replay(live, turns);
    live.dirty = false;
  }

  /** Turns after `afterSeq`, from the store (the record of what clients were sent and what they sent). */
  async turnsAfter(id: string, afterSeq: number): Promise<ReplayedTurn[]> {
    const [turns, asides] = await Promise.all([this.store.getTurns(id, afterSeq), this.store.getAsides(id, afterSeq)]);
    return turns.map((t) => ({ seq: t.seq, json: t.systemAct, clientAct: t.clientAct, asides: on(asides, t.seq) }));
  }

  /** A session of the catalog served now with all its turns and asides, as stored; undefined when unknown. */
  async history(id: string): Promise<{ session: SessionRecord; turns: TurnRecord[]; asides: AsideRecord[] } | undefined> {
    const session = await this.store.getSession(id);
    if (!session || session.catalogId !== this.catalogId) return undefined;
    const [turns, asides] = await Promise.all([this.store.getTurns(id), this.store.getAsides(id)]);
    return { session, turns, asides };
  }

  /** Applies stored turns' inputs to a live session, in order, and makes the last of them its latest act. */
  private replay(live: Live, turns: TurnRecord[]): void {
    for (const t of turns) {
      const stored = JSON.parse(t.systemAct) as SystemAct;
      live.seq = t.seq;
      live.latest = stored;
      live.status = stored.type === "end" ? "ended" : "open";
      if (t.seq === 1 || t.understood === null) continue;
      const fromText = (JSON.parse(t.clientAct ?? "{}") as { type?: string }).type === "message";
      const act = this.step(live, JSON.parse(t.understood), t.seq, fromText);
      if (act.type !== stored.type || questionIdOf(act) !== questionIdOf(stored)) {
        this.log.warn({ session: live.id, seq: t.seq }, "replayed act differs from the stored one (models changed since?)");
      }
    }
  }

  /**
   * One input on a live session, as `Sessions` applies it and replay applies it again: a dialogue input goes
   * on the state (`fromText`: its act says back what it understood); "start over" and "go back" rebuild the
   * state from the opening with the inputs left in effect.
   */
  step(live: Live, input: { kind: string }, seq: number, fromText = false): SystemAct {
    if (input.kind === "restart" || input.kind === "undo") {
      const inputs = input.kind === "restart" ? [] : live.inputs.slice(0, -1);
      const { state, act } = this.engine.rewind(live.userKey, live.seed, inputs, seq, input.kind);
      live.state = state;
      live.inputs = inputs;
      return act;
    }
    const act = this.engine.apply(live.state, input, fromText);
    live.inputs.push(input);
    return act;
  }
}

/** The asides said on act `seq`, as a resume replays them. */
function on(asides: readonly AsideRecord[], seq: number): ReplayedTurn["asides"] {
  return asides.filter((a) => a.seq === seq).map((a) => ({ json: a.systemAct, clientAct: a.clientAct }));
}
