import { describe, expect, it } from "vitest";
import { getTableConfig as sqliteConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { getTableConfig as pgConfig, type PgTable } from "drizzle-orm/pg-core";
import * as sqliteSchema from "../../server/db/schema.ts";
import * as pgSchema from "../../server/db/schema.pg.ts";
import { isPostgresUrl } from "../../server/db/open.ts";
import { loadConfig } from "../../server/config.ts";

/** A dialect-free description of a table: what both databases must agree on. */
interface Shape {
  columns: Record<string, { notNull: boolean; primary: boolean; dataType: string }>;
  primaryKey: string[];
  indexes: Record<string, string[]>;
  foreignKeys: string[];
}

function shape(cfg: ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>): Shape {
  const columns: Shape["columns"] = {};
  for (const c of cfg.columns) columns[c.name] = { notNull: c.notNull, primary: c.primary, dataType: c.dataType };
  const composite = cfg.primaryKeys.flatMap((pk) => pk.columns.map((c) => c.name));
  const single = cfg.columns.filter((c) => c.primary).map((c) => c.name);
  const indexes: Shape["indexes"] = {};
  for (const i of cfg.indexes) indexes[String(i.config.name)] = i.config.columns.map((c) => (c as { name: string }).name);
  const foreignKeys = cfg.foreignKeys
    .map((fk) => {
      const r = fk.reference();
      return `${r.columns.map((c) => c.name).join(",")} -> ${r.foreignColumns.map((c) => c.name).join(",")}`;
    })
    .sort();
  return { columns, primaryKey: [...single, ...composite], indexes, foreignKeys };
}

const sqliteTables = Object.values(sqliteSchema).map((t) => sqliteConfig(t as SQLiteTable));
const pgTables = Object.values(pgSchema).map((t) => pgConfig(t as PgTable));

describe("the SQLite and PostgreSQL schemas", () => {
  it("define the same tables", () => {
    expect(pgTables.map((t) => t.name).sort()).toEqual(sqliteTables.map((t) => t.name).sort());
    expect(sqliteTables.map((t) => t.name).sort()).toEqual(["asides", "catalogs", "feedback", "sessions", "turns"]);
  });

  for (const s of sqliteTables) {
    it(`agree on ${s.name}: columns, nullability, value types, keys, indexes`, () => {
      const p = pgTables.find((t) => t.name === s.name);
      expect(p, `no pgTable "${s.name}" in schema.pg.ts`).toBeDefined();
      expect(shape(p!)).toEqual(shape(s));
    });
  }
});

describe("store selection", () => {
  it("takes PostgreSQL only for postgres:// URLs and refuses other values with a clear message", () => {
    expect(isPostgresUrl("postgres://u@h:5432/db")).toBe(true);
    expect(isPostgresUrl("postgresql://h/db")).toBe(true);
    expect(isPostgresUrl("mysql://h/db")).toBe(false);
    expect(loadConfig({}, {}).databaseUrl).toBeUndefined();
    expect(loadConfig({}, { PATHWISE_DATABASE_URL: "postgres://u:secret@h/db" }).databaseUrl).toBe("postgres://u:secret@h/db");
    expect(() => loadConfig({}, { PATHWISE_DATABASE_URL: "sqlite:///x.db" })).toThrow(/PATHWISE_DATABASE_URL.*postgres:\/\//);
    let message = "";
    try {
      loadConfig({}, { PATHWISE_DATABASE_URL: "mysql://u:secret@h/db" });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/PATHWISE_DATABASE_URL/);
    expect(message).not.toMatch(/secret/);
  });
});
