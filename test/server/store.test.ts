import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { openSqliteStore } from "../../server/db/sqlite.ts";
import { SeqConflict, type Store, type TurnRecord } from "../../server/db/store.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function fresh(): Promise<{ store: Store; file: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "pathwise-store-"));
  dirs.push(dir);
  const file = path.join(dir, "s.db");
  const store = openSqliteStore(file);
  await store.registerCatalog({ id: "c", name: "t", format: "movielens", path: dir, users: 1, items: 1, attributes: 1, interactions: 1, importedAt: "" });
  for (const id of ["a", "b"]) {
    await store.createSession(
      { id, catalogId: "c", userKey: null, policy: "cpr", language: "template", seed: 1, status: "open", lastSeq: 1, createdAt: 1, updatedAt: 1 },
      turn(id, 1),
    );
  }
  return { store, file };
}

const turn = (sessionId: string, seq: number): TurnRecord => ({ sessionId, seq, clientAct: "{}", understood: "{}", systemAct: `{"seq":${seq}}`, latencyMs: 1, createdAt: seq });

describe("SQLite store", () => {
  it("applies the committed migrations in WAL mode", async () => {
    const { store, file } = await fresh();
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    const tables = (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name);
    for (const t of ["catalogs", "sessions", "turns", "feedback", "__drizzle_migrations"]) expect(tables).toContain(t);
    db.close();
  });

  it("commits writes of one tick together, failing only the conflicting one", async () => {
    const { store, file } = await fresh();
    const results = await Promise.allSettled([
      store.appendTurn(turn("a", 2), "open"),
      store.appendTurn(turn("b", 1), "open"), // seq 1 is taken
      store.appendTurn(turn("b", 2), "ended"),
    ]);
    expect(results[0].status).toBe("fulfilled");
    expect(results[1].status).toBe("rejected");
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(SeqConflict);
    expect(results[2].status).toBe("fulfilled");
    expect((await store.getSession("a"))?.lastSeq).toBe(2);
    expect(await store.getSession("b")).toMatchObject({ lastSeq: 2, status: "ended" });
    expect((await store.getTurns("b")).map((t) => t.systemAct)).toEqual(['{"seq":1}', '{"seq":2}']);
    await store.close();
    // Durable once answered: a second connection sees everything.
    const again = openSqliteStore(file);
    expect((await again.getTurns("a", 1)).map((t) => t.seq)).toEqual([2]);
    await again.close();
  });
  it("answers the first writes of a burst before the whole burst is committed", async () => {
    const { store, file } = await fresh();
    const answered: number[] = [];
    let turnOfLoop = false;
    setImmediate(() => (turnOfLoop = true));
    // 100 writes queued in one tick, as a burst of turns queues after a pause.
    const writes = Array.from({ length: 100 }, (_, i) =>
      store.appendTurn(turn("a", i + 2), "open").then(() => {
        if (!turnOfLoop) answered.push(i);
      }),
    );
    await Promise.all(writes);
    // Groups hold at most 32 writes: writes 0-95 commit as three full groups within the tick and are answered at
    // once; the last 4 make a group of their own on the loop's next turn.
    expect(answered).toEqual(Array.from({ length: 96 }, (_, i) => i));
    await store.close();
    const again = openSqliteStore(file);
    expect((await again.getTurns("a", 1)).length).toBe(100);
    await again.close();
  });
  it("checkpoints the WAL into the database file on its own thread while serving", async () => {
    const { store, file } = await fresh();
    const big = "x".repeat(1000);
    for (let seq = 2; seq <= 2001; seq++) await store.appendTurn({ ...turn("a", seq), systemAct: big }, "open");
    // The serving connection never checkpoints; the file only grows when the checkpointer copies the WAL in.
    let size = statSync(file).size;
    for (let i = 0; i < 60 && size < 2_000_000; i++) {
      await new Promise((r) => setTimeout(r, 100));
      size = statSync(file).size;
    }
    expect(size).toBeGreaterThan(2_000_000);
    expect((await store.getTurns("a", 2000)).map((t) => t.seq)).toEqual([2001]);
    await store.close();
  });
});
