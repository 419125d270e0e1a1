import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HAS_SHARED, MOVIELENS_SMALL, SKIP_SHARED_REASON, shared } from "../shared.ts";
import { importDataset, importToWorkspace } from "../../graph/import/index.ts";
import { ensureWorkspace } from "../../graph/ensure-workspace.ts";
import { loadGraph, writeWorkspace } from "../../graph/workspace.ts";
import type { Graph } from "../../graph/types.ts";
import { tempDir } from "./helpers.ts";

/** Byte-wise, so NaN (no rating, no time) compares equal to itself and large arrays compare fast. */
function bytes(a: ArrayBufferView): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function expectSameGraph(loaded: Graph, built: Graph): void {
  expect(Object.keys(loaded).sort()).toEqual(Object.keys(built).sort());
  for (const key of Object.keys(built) as (keyof Graph)[]) {
    const a = loaded[key] as unknown;
    const b = built[key] as unknown;
    if (ArrayBuffer.isView(b)) {
      expect(a?.constructor, key).toBe(b.constructor);
      expect(bytes(a as ArrayBufferView).equals(bytes(b)), key).toBe(true);
    } else if (b && typeof b === "object" && !Array.isArray(b) && key !== "manifest") {
      for (const [field, arr] of Object.entries(b as Record<string, ArrayBufferView>)) {
        const got = (a as Record<string, ArrayBufferView>)[field];
        expect(got.constructor, `${key}.${field}`).toBe(arr.constructor);
        expect(bytes(got).equals(bytes(arr)), `${key}.${field}`).toBe(true);
      }
    } else {
      expect(a, key).toEqual(b);
    }
  }
}

describe("workspace round trip", () => {
  const root = tempDir("ws");

  it("loads MovieLens back equal to the imported graph", () => {
    const built = importDataset("movielens", MOVIELENS_SMALL);
    writeWorkspace(path.join(root, "ml"), built);
    expectSameGraph(loadGraph(path.join(root, "ml")), built);
    expect(readdirSync(root)).toEqual(["ml"]);
  });

  it.skipIf(!HAS_SHARED)(`loads LastFM* back equal to the imported graph (${HAS_SHARED ? "real data" : SKIP_SHARED_REASON})`, () => {
    const built = importDataset("lastfm-star", shared("data", "lastfm-star"));
    writeWorkspace(path.join(root, "lf"), built);
    expectSameGraph(loadGraph(path.join(root, "lf")), built);
  });

  it("refuses to overwrite a directory that is not a workspace", () => {
    const other = path.join(root, "precious");
    mkdirSync(other);
    writeFileSync(path.join(other, "notes.txt"), "keep me");
    expect(() => importToWorkspace("movielens", MOVIELENS_SMALL, other)).toThrow(/not a pathwise workspace/);
    expect(readFileSync(path.join(other, "notes.txt"), "utf8")).toBe("keep me");
  });

  it("refuses a damaged graph.bin with a clear error", () => {
    const damaged = path.join(root, "damaged");
    cpSync(path.join(root, "ml"), damaged, { recursive: true });
    const bin = path.join(damaged, "graph.bin");
    writeFileSync(bin, readFileSync(bin).subarray(0, 1000));
    expect(() => loadGraph(damaged)).toThrow(/damaged|re-run `pathwise import`/);
  });

  it("says clearly when a directory is not a workspace", () => {
    expect(() => loadGraph(path.join(root, "nowhere"))).toThrow(/not a pathwise workspace/);
  });
});

describe("ensureWorkspace", () => {
  const root = tempDir("ensure");
  const from = path.join(root, "src");
  const out = path.join(root, "ws");
  cpSync(MOVIELENS_SMALL, from, { recursive: true });

  it("imports when missing, reuses when sources are unchanged, re-imports when a source changes", () => {
    const logs: string[] = [];
    const log = (m: string) => logs.push(m);
    const first = ensureWorkspace(from, "movielens", out, { log });
    expect(first.manifest.counts.users).toBe(610);
    expect(logs.length).toBe(1);
    const stamp = statSync(path.join(out, "manifest.json")).mtimeMs;

    expect(ensureWorkspace(from, "movielens", out, { log }).manifest.createdAt).toBe(first.manifest.createdAt);
    expect(logs.length).toBe(1);
    expect(statSync(path.join(out, "manifest.json")).mtimeMs).toBe(stamp);

    const ratings = path.join(from, "ratings.csv");
    writeFileSync(ratings, readFileSync(ratings, "utf8").trimEnd().split("\n").slice(0, -10).join("\n") + "\n");
    const again = ensureWorkspace(from, "movielens", out, { log });
    expect(logs.length).toBe(2);
    expect(again.manifest.counts.interactions).toBe(100836 - 10);
    expect(loadGraph(out).manifest.counts.interactions).toBe(100836 - 10);
    expect(existsSync(out)).toBe(true);
  });
});
