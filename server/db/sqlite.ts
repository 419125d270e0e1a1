import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { and, asc, count, eq, gt, sql } from "drizzle-orm";
import { catalogs, feedback, sessions, turns } from "./schema.ts";
import { SeqConflict, type CatalogRecord, type FeedbackRecord, type SessionRecord, type Store, type TurnRecord } from "./store.ts";

const MIGRATIONS = fileURLToPath(new URL("./migrations/sqlite", import.meta.url));

/**
 * The SQLite store: one file, WAL journal, committed migrations applied on open. `synchronous=NORMAL`
 * keeps every committed turn across a process crash (SIGKILL); only an OS crash or power loss can
 * drop the last transactions, which `PATHWISE_DB_SYNC=full` closes at a cost per commit.
 */
export function openSqliteStore(file: string, opts: { synchronous?: "normal" | "full" } = {}): Store {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma(`synchronous = ${opts.synchronous === "full" ? "FULL" : "NORMAL"}`);
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite);
  migrate(db, { migrationsFolder: MIGRATIONS });

  const insertTurn = db
    .insert(turns)
    .values({
      sessionId: sql.placeholder("sessionId"),
      seq: sql.placeholder("seq"),
      clientAct: sql.placeholder("clientAct"),
      understood: sql.placeholder("understood"),
      systemAct: sql.placeholder("systemAct"),
      latencyMs: sql.placeholder("latencyMs"),
      createdAt: sql.placeholder("createdAt"),
    })
    .prepare();
  const moveSession = db
    .update(sessions)
    .set({
      lastSeq: sql`${sql.placeholder("seq")}`,
      status: sql`${sql.placeholder("status")}`,
      updatedAt: sql`${sql.placeholder("updatedAt")}`,
    })
    .where(eq(sessions.id, sql.placeholder("sessionId")))
    .prepare();
  const reviseTurn = db
    .update(turns)
    .set({ systemAct: sql`${sql.placeholder("systemAct")}` })
    .where(and(eq(turns.sessionId, sql.placeholder("sessionId")), eq(turns.seq, sql.placeholder("seq"))))
    .prepare();
  const selectSession = db.select().from(sessions).where(eq(sessions.id, sql.placeholder("id"))).prepare();
  const selectTurns = db
    .select()
    .from(turns)
    .where(and(eq(turns.sessionId, sql.placeholder("id")), gt(turns.seq, sql.placeholder("after"))))
    .orderBy(asc(turns.seq))
    .prepare();

  const append = sqlite.transaction((turn: TurnRecord, status: string) => {
    insertTurn.run({ ...turn });
    moveSession.run({ sessionId: turn.sessionId, seq: turn.seq, status, updatedAt: turn.createdAt });
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
  const create = sqlite.transaction((session: SessionRecord, opening: TurnRecord) => {
    insertSession.run({ ...session });
    insertTurn.run({ ...opening });
  });

  // Group commit: the writes queued within one turn of the event loop reach the WAL in one
  // transaction, each in its own savepoint so a failing write fails alone. Callers are answered only
  // after that commit, so an act is still stored before anything carrying it is sent.
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
    const writes = pending.splice(0);
    try {
      commit(writes);
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
      if (pending.push({ run, resolve, reject }) === 1) setImmediate(flush);
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
    async getSession(id) {
      return selectSession.get({ id }) as SessionRecord | undefined;
    },
    async getTurns(id, after = 0) {
      return selectTurns.all({ id, after }) as TurnRecord[];
    },
    async countFeedback(id) {
      return db.select({ n: count() }).from(feedback).where(eq(feedback.sessionId, id)).get()?.n ?? 0;
    },
    async close() {
      if (pending.length > 0) flush();
      sqlite.close();
    },
  };
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
