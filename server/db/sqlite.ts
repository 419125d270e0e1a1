import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { asides, catalogs, feedback, sessions, turns } from "./schema.ts";
import { startCheckpointer } from "./checkpointer.ts";
import { SeqConflict, type AsideRecord, type CatalogRecord, type FeedbackRecord, type SessionRecord, type Store, type TurnRecord } from "./store.ts";

const MIGRATIONS = fileURLToPath(new URL("./migrations/sqlite", import.meta.url));

/**
 * The SQLite store: one file, WAL journal, committed migrations applied on open. `synchronous=NORMAL`
 * keeps every committed turn across a process crash (SIGKILL); only an OS crash or power loss can
 * drop the last transactions, which `PATHWISE_DB_SYNC=full` closes at a cost per commit.
 */
export function openSqliteStore(file: string, opts: { synchronous?: "normal" | "full" } = {}): Store {
  if (file !== ":memory:") makeParents(path.dirname(path.resolve(file)));
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
  } catch (err) {
    // SQLite's own messages ("file is not a database", "unable to open database file") do not say which file.
    throw new Error(`SQLite database ${file}: ${(err as Error).message}`);
  }
  sqlite.pragma(`synchronous = ${opts.synchronous === "full" ? "FULL" : "NORMAL"}`);
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Checkpoints run on their own thread (checkpointer.ts), never inside a turn's commit.
  const checkpointer = file === ":memory:" ? null : startCheckpointer(file);
  if (checkpointer) sqlite.pragma("wal_autocheckpoint = 0");
  const db = drizzle(sqlite);
  migrate(db, { migrationsFolder: MIGRATIONS });

  // The statements of every act in plain SQL: drizzle's per-call mapping of placeholders and rows
  // costs more than the statements themselves on the turn path.
  const insertTurn = sqlite.prepare<[string, number, string | null, string | null, string, number, number]>(
    "INSERT INTO turns (session_id, seq, client_act, understood, system_act, latency_ms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const moveSession = sqlite.prepare<[number, string, number, string]>("UPDATE sessions SET last_seq = ?, status = ?, updated_at = ? WHERE id = ?");
  const insertTurnRecord = (t: TurnRecord) => insertTurn.run(t.sessionId, t.seq, t.clientAct, t.understood, t.systemAct, t.latencyMs, t.createdAt);
  const reviseTurn = db
    .update(turns)
    .set({ systemAct: sql`${sql.placeholder("systemAct")}` })
    .where(and(eq(turns.sessionId, sql.placeholder("sessionId")), eq(turns.seq, sql.placeholder("seq"))))
    .prepare();
  const selectSession = sqlite.prepare<[string], SessionRecord>(
    "SELECT id, catalog_id AS catalogId, user_key AS userKey, policy, language, seed, status, last_seq AS lastSeq, created_at AS createdAt, updated_at AS updatedAt FROM sessions WHERE id = ?",
  );
  const selectTurns = db
    .select()
    .from(turns)
    .where(and(eq(turns.sessionId, sql.placeholder("id")), gt(turns.seq, sql.placeholder("after"))))
    .orderBy(asc(turns.seq))
    .prepare();

  const append = sqlite.transaction((turn: TurnRecord, status: string) => {
    insertTurnRecord(turn);
    moveSession.run(turn.seq, status, turn.createdAt, turn.sessionId);
  });
  const insertSession = db
    .insert(sessions)
    .values({
      id: sql.placeholder("id"),
      catalogId: sql.placeholder("catalogId"),
      userKey: sql.placeholder("userKey"),
      policy: sql.placeholder("policy"),
      language: sql.placeholder("language"),
      seed: sql.placeholder("seed"),
      status: sql.placeholder("status"),
      lastSeq: sql.placeholder("lastSeq"),
      createdAt: sql.placeholder("createdAt"),
      updatedAt: sql.placeholder("updatedAt"),
    })
    .prepare();
  // A session's rows go children first (the foreign keys point at sessions).
  const dropFeedback = sqlite.prepare<[string]>("DELETE FROM feedback WHERE session_id = ?");
  const dropAsides = sqlite.prepare<[string]>("DELETE FROM asides WHERE session_id = ?");
  const dropTurns = sqlite.prepare<[string]>("DELETE FROM turns WHERE session_id = ?");
  const dropSession = sqlite.prepare<[string]>("DELETE FROM sessions WHERE id = ?");
  const drop = (ids: readonly string[]) => {
    let n = 0;
    for (const id of ids) {
      dropFeedback.run(id);
      dropAsides.run(id);
      dropTurns.run(id);
      n += dropSession.run(id).changes;
    }
    return n;
  };
  const userSessions = sqlite.prepare<[string], { id: string }>("SELECT id FROM sessions WHERE user_key = ?").pluck() as unknown as {
    all(userKey: string): string[];
  };
  const idleSessions = sqlite.prepare<[number, number], { id: string }>("SELECT id FROM sessions WHERE updated_at < ? ORDER BY updated_at LIMIT ?").pluck() as unknown as {
    all(cutoff: number, limit: number): string[];
  };
  const create = sqlite.transaction((session: SessionRecord, opening: TurnRecord) => {
    insertSession.run({ ...session });
    insertTurnRecord(opening);
  });

  // Group commit: the writes queued within one turn of the event loop (at most GROUP_MAX) reach the
  // WAL in one transaction, each in its own savepoint so a failing write fails alone. Callers are
  // answered only after that commit, so an act is still stored before anything carrying it is sent.
  const pending: PendingWrite[] = [];
  const commit = sqlite.transaction((writes: PendingWrite[]) => {
    for (const w of writes) {
      try {
        w.run();
      } catch (err) {
        w.error = err ?? new Error("write failed");
      }
    }
  });
  const flush = () => {
    if (pending.length === 0) return;
    const writes = pending.splice(0);
    try {
      // IMMEDIATE takes the write lock up front, so with several processes on one file a busy lock
      // is waited for (busy_timeout) instead of failing the transaction half-way.
      commit.immediate(writes);
    } catch (err) {
      for (const w of writes) w.error ??= err;
    }
    for (const w of writes) {
      if (w.error === undefined) w.resolve();
      else w.reject(w.error);
    }
  };
  const write = (run: () => void) =>
    new Promise<void>((resolve, reject) => {
      const n = pending.push({ run, resolve, reject });
      if (n === 1) setImmediate(flush);
      else if (n >= GROUP_MAX) flush();
    });

  return {
    async registerCatalog(c: CatalogRecord) {
      const now = Date.now();
      db.insert(catalogs)
        .values({ ...c, firstServedAt: now, lastServedAt: now })
        .onConflictDoUpdate({ target: catalogs.id, set: { lastServedAt: now, path: c.path } })
        .run();
    },
    async createSession(session, opening) {
      await write(() => create(session, opening));
    },
    async appendTurn(turn, status) {
      try {
        await write(() => append(turn, status));
      } catch (err) {
        if (isPrimaryKeyConflict(err)) throw new SeqConflict(turn.sessionId, turn.seq);
        throw err;
      }
    },
    async reviseAct(sessionId, seq, systemAct) {
      reviseTurn.run({ sessionId, seq, systemAct });
    },
    async addFeedback(f: FeedbackRecord) {
      db.insert(feedback).values(f).run();
    },
    async addAside(a: AsideRecord) {
      await write(() => db.insert(asides).values(a).run());
    },
    async getAsides(id, after = 0) {
      return db
        .select({ sessionId: asides.sessionId, seq: asides.seq, clientAct: asides.clientAct, systemAct: asides.systemAct, createdAt: asides.createdAt })
        .from(asides)
        .where(and(eq(asides.sessionId, id), gt(asides.seq, after)))
        .orderBy(asc(asides.id))
        .all();
    },
    async getSession(id) {
      return selectSession.get(id);
    },
    async getTurns(id, after = 0) {
      return selectTurns.all({ id, after }) as TurnRecord[];
    },
    async getFeedback(id) {
      return db.select({ itemId: feedback.itemId, liked: feedback.liked }).from(feedback).where(eq(feedback.sessionId, id)).orderBy(asc(feedback.id)).all();
    },
    async deleteSession(id) {
      let n = 0;
      await write(() => (n = drop([id])));
      return n > 0;
    },
    async deleteUserSessions(userKey) {
      let n = 0;
      await write(() => (n = drop(userSessions.all(userKey))));
      return n;
    },
    async deleteIdleSessions(cutoff, limit) {
      let n = 0;
      await write(() => (n = drop(idleSessions.all(cutoff, limit))));
      return n;
    },
    async close() {
      if (pending.length > 0) flush();
      await checkpointer?.stop();
      sqlite.close();
    },
  };
}

/**
 * Writes per group commit at most. A burst (after a GC pause, say) queues dozens of turns in one
 * poll phase; committing every 32 answers the first of them while the rest are still deciding,
 * instead of holding every answer until the whole burst is done (measured under 2,000 paced
 * sessions: server-side p99 from 16-30 ms to 9-15 ms), and 32 keeps saturation where unbounded
 * groups had it (8 and 16 cost 10-20% of it in extra commits).
 */
const GROUP_MAX = 32;

/**
 * Creates `dir` and its missing parents one level at a time. Node's recursive mkdir loops forever on
 * some paths (`/proc/nope`: ENOENT after every retry); one level at a time fails at once, with the reason.
 */
function makeParents(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "EEXIST") continue; // another process made it meanwhile
      throw new Error(`cannot create the database directory ${d}: ${(err as Error).message}`);
    }
  }
}

interface PendingWrite {
  run: () => void;
  resolve: () => void;
  reject: (err: unknown) => void;
  error?: unknown;
}

/** A turn's (session, seq) already taken, also when drizzle wrapped better-sqlite3's error. */
function isPrimaryKeyConflict(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "SQLITE_CONSTRAINT_PRIMARYKEY") return true;
  }
  return false;
}
