import { fileURLToPath } from "node:url";
import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import { asides, catalogs, feedback, sessions, turns } from "./schema.pg.ts";
import { SeqConflict, type CatalogRecord, type FeedbackRecord, type SessionRecord, type Store, type TurnRecord } from "./store.ts";

const MIGRATIONS = fileURLToPath(new URL("./migrations/pg", import.meta.url));
/** Serialises migrations when several processes start against one database at once. */
const MIGRATION_LOCK = 0x70617468;
const UNIQUE_VIOLATION = "23505";

export interface PostgresOptions {
  /** Connections per process (default 10). */
  poolSize?: number;
  /** An idle connection failed (the database restarted, the network dropped); the pool replaces it. */
  onIdleError?: (err: Error) => void;
}

/**
 * The PostgreSQL store: what several server processes share. Committed migrations are applied on
 * open under an advisory lock. A turn is written in one statement (insert the turn, move the
 * session), so a turn and the session's `lastSeq` can never disagree, and the turns' primary key
 * (session, seq) lets exactly one of two processes write turn n: the other gets SeqConflict.
 */
export async function openPostgresStore(url: string, opts: PostgresOptions = {}): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 10,
    connectionTimeoutMillis: 10_000,
    statement_timeout: 10_000,
    application_name: "pathwise",
  });
  pool.on("error", (err) => opts.onIdleError?.(err));
  try {
    await migrateLocked(pool);
  } catch (err) {
    await pool.end();
    throw err;
  }
  const db = drizzle(pool);

  const selectSession = db.select().from(sessions).where(eq(sessions.id, sql.placeholder("id"))).prepare("pathwise_session");
  const selectTurns = db
    .select()
    .from(turns)
    .where(and(eq(turns.sessionId, sql.placeholder("id")), gt(turns.seq, sql.placeholder("after"))))
    .orderBy(asc(turns.seq))
    .prepare("pathwise_turns");
  const reviseTurn = db
    .update(turns)
    .set({ systemAct: sql`${sql.placeholder("systemAct")}` })
    .where(and(eq(turns.sessionId, sql.placeholder("sessionId")), eq(turns.seq, sql.placeholder("seq"))))
    .prepare("pathwise_revise");

  return {
    async registerCatalog(c: CatalogRecord) {
      const now = Date.now();
      await db
        .insert(catalogs)
        .values({ ...c, firstServedAt: now, lastServedAt: now })
        .onConflictDoUpdate({ target: catalogs.id, set: { lastServedAt: now, path: c.path } });
    },
    async createSession(s: SessionRecord, t: TurnRecord) {
      await db.execute(sql`
        with s as (
          insert into sessions (id, catalog_id, user_key, policy, language, seed, status, last_seq, created_at, updated_at)
          values (${s.id}, ${s.catalogId}, ${s.userKey}, ${s.policy}, ${s.language}, ${s.seed}, ${s.status}, ${s.lastSeq}, ${s.createdAt}, ${s.updatedAt})
        )
        insert into turns (session_id, seq, client_act, understood, system_act, latency_ms, created_at)
        values (${t.sessionId}, ${t.seq}, ${t.clientAct}, ${t.understood}, ${t.systemAct}, ${t.latencyMs}, ${t.createdAt})`);
    },
    async appendTurn(t: TurnRecord, status: "open" | "ended") {
      try {
        await db.execute(sql`
          with t as (
            insert into turns (session_id, seq, client_act, understood, system_act, latency_ms, created_at)
            values (${t.sessionId}, ${t.seq}, ${t.clientAct}, ${t.understood}, ${t.systemAct}, ${t.latencyMs}, ${t.createdAt})
          )
          update sessions set last_seq = ${t.seq}, status = ${status}, updated_at = ${t.createdAt} where id = ${t.sessionId}`);
      } catch (err) {
        if (pgCode(err) === UNIQUE_VIOLATION) throw new SeqConflict(t.sessionId, t.seq);
        throw err;
      }
    },
    async reviseAct(sessionId, seq, systemAct) {
      await reviseTurn.execute({ sessionId, seq, systemAct });
    },
    async addFeedback(f: FeedbackRecord) {
      await db.insert(feedback).values(f);
    },
    async addAside(a) {
      await db.insert(asides).values(a);
    },
    async getAsides(id, after = 0) {
      return db
        .select({ sessionId: asides.sessionId, seq: asides.seq, clientAct: asides.clientAct, systemAct: asides.systemAct, createdAt: asides.createdAt })
        .from(asides)
        .where(and(eq(asides.sessionId, id), gt(asides.seq, after)))
        .orderBy(asc(asides.id));
    },
    async getSession(id) {
      const [row] = await selectSession.execute({ id });
      return row as SessionRecord | undefined;
    },
    async getTurns(id, after = 0) {
      return (await selectTurns.execute({ id, after })) as TurnRecord[];
    },
    async getFeedback(id) {
      return db.select({ itemId: feedback.itemId, liked: feedback.liked }).from(feedback).where(eq(feedback.sessionId, id)).orderBy(asc(feedback.id));
    },
    async deleteSession(id) {
      return (await dropSessions(db, sql`select id from sessions where id = ${id}`)) > 0;
    },
    async deleteUserSessions(userKey) {
      return dropSessions(db, sql`select id from sessions where user_key = ${userKey}`);
    },
    async deleteIdleSessions(cutoff, limit) {
      return dropSessions(db, sql`select id from sessions where updated_at < ${cutoff} order by updated_at limit ${limit}`);
    },
    async close() {
      await pool.end();
    },
  };
}

/**
 * Deletes the sessions `ids` selects, children first, in one statement (so one transaction); the
 * sessions are locked first so a turn written meanwhile waits instead of pointing at nothing.
 */
async function dropSessions(db: ReturnType<typeof drizzle>, ids: SQL): Promise<number> {
  const result = await db.execute(sql`
    with doomed as (${ids} for update),
    f as (delete from feedback where session_id in (select id from doomed)),
    a as (delete from asides where session_id in (select id from doomed)),
    t as (delete from turns where session_id in (select id from doomed))
    delete from sessions where id in (select id from doomed)`);
  return result.rowCount ?? 0;
}

/** Applies the committed migrations on one connection that holds an advisory lock meanwhile. */
async function migrateLocked(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await migrate(drizzle(client), { migrationsFolder: MIGRATIONS });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/** The SQLSTATE of a pg error, also when drizzle wrapped it. */
function pgCode(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}
