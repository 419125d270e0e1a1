/**
 * What the server needs from its database, independent of the engine behind it. Methods are async
 * so a PostgreSQL implementation can sit beside the SQLite one without changing callers.
 */
export interface CatalogRecord {
  id: string;
  name: string;
  format: string;
  path: string;
  users: number;
  items: number;
  attributes: number;
  interactions: number;
  importedAt: string;
}

export interface SessionRecord {
  id: string;
  catalogId: string;
  userKey: string | null;
  policy: string;
  language: string;
  seed: number;
  status: "open" | "ended";
  lastSeq: number;
  createdAt: number;
  updatedAt: number;
}

export interface TurnRecord {
  sessionId: string;
  seq: number;
  /** JSON of the client act, null for the opening act. */
  clientAct: string | null;
  /** JSON of the dialogue act the client act was understood as. */
  understood: string | null;
  systemAct: string;
  latencyMs: number;
  createdAt: number;
}

/** Something said beside act `seq` that did not move the conversation (an explanation): not a turn. */
export interface AsideRecord {
  sessionId: string;
  seq: number;
  /** JSON of the client act that asked for it. */
  clientAct: string;
  systemAct: string;
  createdAt: number;
}

export interface FeedbackRecord {
  sessionId: string;
  itemId: number;
  itemKey: string;
  liked: boolean;
  seq: number;
  createdAt: number;
}

/**
 * `appendTurn` found the turn's seq already written: another process moved the session on first.
 * The caller reloads the session and decides again; nothing was written.
 */
export class SeqConflict extends Error {
  constructor(readonly sessionId: string, readonly seq: number) {
    super(`turn ${seq} of session ${sessionId} is already written`);
  }
}

export interface Store {
  /** Records the catalog being served (inserts it, or stamps it as served again). */
  registerCatalog(catalog: CatalogRecord): Promise<void>;
  /** Writes a new session with its opening act, atomically. */
  createSession(session: SessionRecord, opening: TurnRecord): Promise<void>;
  /** Appends a turn and moves the session's `lastSeq` and status, atomically; rejects with SeqConflict when the seq is taken. */
  appendTurn(turn: TurnRecord, status: "open" | "ended"): Promise<void>;
  /** Replaces a stored act's JSON (its narrated text arrives after the act was first written). */
  reviseAct(sessionId: string, seq: number, systemAct: string): Promise<void>;
  addFeedback(feedback: FeedbackRecord): Promise<void>;
  /** Records an aside; the session's `lastSeq` stays. */
  addAside(aside: AsideRecord): Promise<void>;
  /** Asides said on acts with `seq > afterSeq`, in the order they were said. */
  getAsides(sessionId: string, afterSeq?: number): Promise<AsideRecord[]>;
  getSession(id: string): Promise<SessionRecord | undefined>;
  /** Turns with `seq > afterSeq`, in order. */
  getTurns(sessionId: string, afterSeq?: number): Promise<TurnRecord[]>;
  /** The session's feedback in the order it was given (a later opinion on an item overrides an earlier one). */
  getFeedback(sessionId: string): Promise<{ itemId: number; liked: boolean }[]>;
  /** Deletes a session with its turns, asides and feedback; false when there was none. */
  deleteSession(id: string): Promise<boolean>;
  /** Deletes every session of a user (with turns, asides and feedback); returns how many. */
  deleteUserSessions(userKey: string): Promise<number>;
  /** Deletes up to `limit` sessions last updated before `cutoff` (epoch ms) with their turns, asides and feedback; returns how many. */
  deleteIdleSessions(cutoff: number, limit: number): Promise<number>;
  close(): Promise<void>;
}
