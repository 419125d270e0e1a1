import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import pg from "pg";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import * as pgSchema from "../../server/db/schema.pg.ts";
import { openPostgresStore } from "../../server/db/postgres.ts";
import { openSqliteStore } from "../../server/db/sqlite.ts";
import { openStore } from "../../server/db/open.ts";
import { SeqConflict, type Store, type TurnRecord } from "../../server/db/store.ts";
import { ROOT } from "../shared.ts";
import { NO_POSTGRES_REASON, postgresBin, startCluster, type Cluster } from "./cluster.ts";

const HAS_POSTGRES = postgresBin() !== null;
if (!HAS_POSTGRES) console.warn(`test/postgres skipped: ${NO_POSTGRES_REASON}`);

let cluster: Cluster;
let tmp: string;
beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), "pathwise-store-"));
  if (HAS_POSTGRES) cluster = await startCluster({ settings: { fsync: "off" } });
});
afterAll(() => {
  cluster?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

const CATALOG = { id: "cat-1", name: "tiny", format: "catalog", path: "/w", users: 3, items: 4, attributes: 5, interactions: 6, importedAt: "2026-01-01T00:00:00Z" };

function turn(sessionId: string, seq: number, systemAct = `{"seq":${seq}}`): TurnRecord {
  return { sessionId, seq, clientAct: seq === 1 ? null : `{"type":"message","text":"t${seq}"}`, understood: seq === 1 ? null : "{}", systemAct, latencyMs: 0.25 * seq, createdAt: 1_795_000_000_000 + seq };
}

async function newSession(store: Store, id: string, userKey: string | null = null, at = 1_795_000_000_000): Promise<void> {
  await store.createSession({ id, catalogId: CATALOG.id, userKey, policy: "cpr", language: "template", seed: 7, status: "open", lastSeq: 1, createdAt: at, updatedAt: at }, turn(id, 1));
}

/** What the store writes but nothing in it reads back, read from the database itself. */
interface Peek {
  /** A session's stored feedback as `item_key:liked`, in insertion order. */
  feedback(sessionId: string): Promise<string[]>;
  catalog(id: string): Promise<{ path: string; firstServedAt: number; lastServedAt: number }>;
}
const CATALOG_ROW = 'select path, first_served_at as "firstServedAt", last_served_at as "lastServedAt" from catalogs where id = $1';

/** The store contract both engines keep; the multi-process guarantees rest on the seq conflict. */
function contract(name: string, open: () => Promise<Store[]>, peek: Peek) {
  describe(`${name} store`, () => {
    let a: Store;
    let b: Store;
    beforeAll(async () => {
      [a, b] = await open();
      await a.registerCatalog(CATALOG);
      await b.registerCatalog(CATALOG);
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
    });

    it("writes a session and its turns atomically and reads them back from another connection", async () => {
      await newSession(a, "s-rw");
      await a.appendTurn(turn("s-rw", 2), "open");
      await a.appendTurn(turn("s-rw", 3, '{"type":"end"}'), "ended");
      const s = await b.getSession("s-rw");
      expect(s).toMatchObject({ id: "s-rw", catalogId: CATALOG.id, userKey: null, seed: 7, status: "ended", lastSeq: 3, createdAt: 1_795_000_000_000, updatedAt: 1_795_000_000_003 });
      expect(await b.getTurns("s-rw")).toEqual([turn("s-rw", 1), turn("s-rw", 2), turn("s-rw", 3, '{"type":"end"}')]);
      expect((await b.getTurns("s-rw", 2)).map((t) => t.seq)).toEqual([3]);
      expect(await b.getSession("nope")).toBeUndefined();
    });

    it("rejects a second write of the same seq with SeqConflict and leaves the first untouched", async () => {
      await newSession(a, "s-race");
      await a.appendTurn(turn("s-race", 2, '{"by":"a"}'), "open");
      const err = await b.appendTurn(turn("s-race", 2, '{"by":"b"}'), "ended").catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SeqConflict);
      expect(err).toMatchObject({ sessionId: "s-race", seq: 2 });
      expect((await a.getTurns("s-race")).map((t) => t.systemAct)).toEqual(['{"seq":1}', '{"by":"a"}']);
      expect(await a.getSession("s-race")).toMatchObject({ lastSeq: 2, status: "open" });
    });

    it("lets exactly one of two simultaneous writers take a seq", async () => {
      await newSession(a, "s-both");
      const results = await Promise.allSettled([a.appendTurn(turn("s-both", 2, '{"by":"a"}'), "open"), b.appendTurn(turn("s-both", 2, '{"by":"b"}'), "open")]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(rejected.reason).toBeInstanceOf(SeqConflict);
      expect(await a.getTurns("s-both")).toHaveLength(2);
    });

    it("revises an act, stores feedback, and stamps a catalog served again", async () => {
      await newSession(a, "s-misc");
      await a.reviseAct("s-misc", 1, '{"text":"narrated"}');
      expect((await b.getTurns("s-misc"))[0].systemAct).toBe('{"text":"narrated"}');
      await a.addFeedback({ sessionId: "s-misc", itemId: 3, itemKey: "i3", liked: true, seq: 1, createdAt: 1 });
      await b.addFeedback({ sessionId: "s-misc", itemId: 4, itemKey: "i4", liked: false, seq: 1, createdAt: 2 });
      expect(await peek.feedback("s-misc")).toEqual(["i3:true", "i4:false"]);
      expect(await a.getFeedback("s-misc")).toEqual([{ itemId: 3, liked: true }, { itemId: 4, liked: false }]);
      // Asides: said on an act, in order, without moving the session's lastSeq.
      const aside = (text: string) => ({ sessionId: "s-misc", seq: 1, clientAct: `{"type":"message","text":"${text}"}`, systemAct: `{"type":"explanation","text":"${text}"}`, createdAt: 3 });
      await a.addAside(aside("why 1"));
      await b.addAside(aside("why 2"));
      expect(await a.getAsides("s-misc")).toEqual([aside("why 1"), aside("why 2")]);
      expect(await b.getAsides("s-misc", 1)).toEqual([]);
      expect((await b.getSession("s-misc"))?.lastSeq).toBe(1);
      const first = await peek.catalog(CATALOG.id);
      expect(first.path).toBe(CATALOG.path);
      await new Promise((r) => setTimeout(r, 5));
      await b.registerCatalog({ ...CATALOG, path: "/moved" });
      const again = await peek.catalog(CATALOG.id);
      expect(again).toMatchObject({ path: "/moved", firstServedAt: first.firstServedAt });
      expect(again.lastServedAt).toBeGreaterThan(first.lastServedAt);
    });

    it("deletes a session, a user's sessions and idle sessions with their turns, feedback and asides, and nothing else", async () => {
      const old = 1_000;
      await newSession(a, "d-one", "u-keep");
      await newSession(a, "d-u1", "u-gone");
      await newSession(a, "d-u2", "u-gone");
      for (const id of ["d-idle1", "d-idle2", "d-idle3"]) await newSession(a, id, null, old);
      await a.appendTurn(turn("d-one", 2), "open");
      await a.addFeedback({ sessionId: "d-one", itemId: 1, itemKey: "i1", liked: true, seq: 1, createdAt: 1 });
      await a.addFeedback({ sessionId: "d-u2", itemId: 1, itemKey: "i1", liked: true, seq: 1, createdAt: 1 });
      for (const id of ["d-one", "d-u2", "d-idle1"]) await a.addAside({ sessionId: id, seq: 1, clientAct: "{}", systemAct: "{}", createdAt: 1 });

      expect(await b.deleteSession("d-one")).toBe(true);
      expect(await b.deleteSession("d-one")).toBe(false);
      expect(await a.getSession("d-one")).toBeUndefined();
      expect(await a.getTurns("d-one")).toEqual([]);
      expect(await a.getFeedback("d-one")).toEqual([]);
      expect(await a.getAsides("d-one")).toEqual([]);

      expect(await b.deleteUserSessions("u-gone")).toBe(2);
      expect(await a.getSession("d-u1")).toBeUndefined();
      expect(await a.getFeedback("d-u2")).toEqual([]);
      expect(await a.getAsides("d-u2")).toEqual([]);
      expect(await b.deleteUserSessions("u-gone")).toBe(0);

      // Idle before the cutoff: the three old ones, two per batch; the others stay.
      expect(await b.deleteIdleSessions(old + 1, 2)).toBe(2);
      expect(await b.deleteIdleSessions(old + 1, 2)).toBe(1);
      expect(await b.deleteIdleSessions(old + 1, 2)).toBe(0);
      expect(await a.getSession("d-idle3")).toBeUndefined();
      expect(await a.getAsides("d-idle1")).toEqual([]);
      expect(await a.getSession("s-rw")).toBeDefined();
    });

    it("refuses a turn for an unknown session (foreign key)", async () => {
      await expect(a.appendTurn(turn("s-ghost", 2), "open")).rejects.toThrow();
    });
  });
}

const contractDb = () => path.join(tmp, "contract.db");
contract("SQLite", async () => [openSqliteStore(contractDb()), openSqliteStore(contractDb())], {
  async feedback(id) {
    const db = new Database(contractDb(), { readonly: true });
    const rows = db.prepare("select item_key, liked from feedback where session_id = ? order by id").all(id) as { item_key: string; liked: number }[];
    db.close();
    return rows.map((r) => `${r.item_key}:${r.liked === 1}`);
  },
  async catalog(id) {
    const db = new Database(contractDb(), { readonly: true });
    const row = db.prepare(CATALOG_ROW.replace("$1", "?")).get(id) as { path: string; firstServedAt: number; lastServedAt: number };
    db.close();
    return row;
  },
});

describe.skipIf(!HAS_POSTGRES)("PostgreSQL", () => {
  contract(
    "PostgreSQL",
    async () => Promise.all([openPostgresStore(cluster.url), openPostgresStore(cluster.url)]),
    {
      async feedback(id) {
        const client = new pg.Client({ connectionString: cluster.url });
        await client.connect();
        const { rows } = await client.query("select item_key, liked from feedback where session_id = $1 order by id", [id]);
        await client.end();
        return rows.map((r: { item_key: string; liked: boolean }) => `${r.item_key}:${r.liked}`);
      },
      async catalog(id) {
        const client = new pg.Client({ connectionString: cluster.url });
        await client.connect();
        const row = (await client.query(CATALOG_ROW, [id])).rows[0];
        await client.end();
        return { path: row.path, firstServedAt: Number(row.firstServedAt), lastServedAt: Number(row.lastServedAt) };
      },
    },
  );

  it("applies the committed migrations once when several processes start at the same moment", async () => {
    const url = cluster.url.replace(/\/postgres$/, "/concurrent");
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("create database concurrent");
    await admin.end();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(url)));
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const { rows } = await check.query("select count(*)::int as n from drizzle.__drizzle_migrations");
    await check.end();
    for (const s of stores) await s.close();
    const committed = JSON.parse(readFileSync(path.join(ROOT, "server/db/migrations/pg/meta/_journal.json"), "utf8")).entries.length;
    expect(committed).toBeGreaterThanOrEqual(2);
    expect(rows[0].n).toBe(committed);
  });

  it("gives migrated databases of both engines the same tables, columns, nullability and primary keys", async () => {
    const file = path.join(tmp, "introspect.db");
    await (await openSqliteStore(file)).close();
    const lite = new Database(file, { readonly: true });
    const fromSqlite: Record<string, string[]> = {};
    const tables = lite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'").all() as { name: string }[];
    for (const { name } of tables) {
      const cols = lite.pragma(`table_info(${name})`) as { name: string; notnull: number; pk: number }[];
      fromSqlite[name] = cols.map((c) => `${c.name} ${c.notnull || c.pk ? "not null" : "null"}${c.pk ? ` pk${c.pk}` : ""}`).sort();
    }
    lite.close();

    const { store } = await openStore({ databaseUrl: cluster.url, sqliteFile: "unused", sqliteSync: "normal", warn: () => {} });
    await store.close();
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    const cols = await client.query(
      "select table_name, column_name, is_nullable from information_schema.columns where table_schema = 'public'",
    );
    const pks = await client.query(
      `select k.table_name, k.column_name, k.ordinal_position from information_schema.table_constraints c
       join information_schema.key_column_usage k on k.constraint_name = c.constraint_name and k.table_schema = c.table_schema
       where c.constraint_type = 'PRIMARY KEY' and c.table_schema = 'public'`,
    );
    await client.end();
    const pkOf = new Map(pks.rows.map((r) => [`${r.table_name}.${r.column_name}`, r.ordinal_position as number]));
    const fromPg: Record<string, string[]> = {};
    for (const r of cols.rows) {
      const pk = pkOf.get(`${r.table_name}.${r.column_name}`);
      (fromPg[r.table_name] ??= []).push(`${r.column_name} ${r.is_nullable === "NO" ? "not null" : "null"}${pk ? ` pk${pk}` : ""}`);
    }
    for (const t of Object.values(fromPg)) t.sort();
    expect(Object.keys(fromPg).sort()).toEqual(["asides", "catalogs", "feedback", "sessions", "turns"]);
    expect(fromPg).toEqual(fromSqlite);

    // ...and the committed PostgreSQL migrations are those of schema.pg.ts (none forgotten).
    const fromCode: Record<string, string[]> = {};
    for (const table of Object.values(pgSchema)) {
      const cfg = getTableConfig(table as PgTable);
      const composite = cfg.primaryKeys.flatMap((k) => k.columns.map((c) => c.name));
      fromCode[cfg.name] = cfg.columns
        .map((c) => {
          const pk = c.primary ? 1 : composite.indexOf(c.name) + 1;
          return `${c.name} ${c.notNull || pk ? "not null" : "null"}${pk ? ` pk${pk}` : ""}`;
        })
        .sort();
    }
    expect(fromPg).toEqual(fromCode);
  });

  it("says which database it could not open, without its password", async () => {
    const bad = `postgres://postgres:hunter2@127.0.0.1:${cluster.port + 1}/postgres`;
    const err = (await openStore({ databaseUrl: bad, sqliteFile: "unused", sqliteSync: "normal", warn: () => {} }).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/^cannot open PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/postgres: \S/);
    expect(err.message).not.toContain("hunter2");
  });
});
