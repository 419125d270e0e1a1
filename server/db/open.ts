/**
 * Picks the conversation store: PostgreSQL when a postgres:// URL is configured
 * (PATHWISE_DATABASE_URL), so several server processes share sessions; otherwise the embedded
 * SQLite file, the default for one process.
 */
import { openPostgresStore } from "./postgres.ts";
import { openSqliteStore } from "./sqlite.ts";
import type { Store } from "./store.ts";

export interface StoreChoice {
  /** A postgres:// or postgresql:// URL; absent: SQLite. */
  databaseUrl?: string;
  sqliteFile: string;
  sqliteSync: "normal" | "full";
  poolSize?: number;
  warn: (obj: object, message: string) => void;
}

export interface OpenedStore {
  store: Store;
  kind: "sqlite" | "postgres";
  /** Where the data lives, safe to log (no password). */
  where: string;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export async function openStore(o: StoreChoice): Promise<OpenedStore> {
  if (o.databaseUrl === undefined) {
    return { store: openSqliteStore(o.sqliteFile, { synchronous: o.sqliteSync }), kind: "sqlite", where: o.sqliteFile };
  }
  if (!isPostgresUrl(o.databaseUrl)) throw new Error("the database URL must start with postgres:// or postgresql://");
  const where = redact(o.databaseUrl);
  try {
    const store = await openPostgresStore(o.databaseUrl, {
      poolSize: o.poolSize,
      onIdleError: (err) => o.warn({ err: err.message }, "an idle PostgreSQL connection failed; the pool replaces it"),
    });
    return { store, kind: "postgres", where };
  } catch (err) {
    throw new Error(`cannot open PostgreSQL at ${where}: ${(err as Error).message || String(err)}`);
  }
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://(unparsable URL)";
  }
}
