import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HAS_SHARED, MOVIELENS_SMALL, SKIP_SHARED_REASON, shared } from "../shared.ts";
import { ImportError, importToWorkspace } from "../../graph/import/index.ts";
import { loadGraph } from "../../graph/workspace.ts";
import type { DatasetFormat } from "../../graph/types.ts";
import { tempDir } from "./helpers.ts";

/** Replaces line `lineNo` (1-based) of a text file, keeping its line ending; the edit must change it. */
function corruptLine(file: string, lineNo: number, edit: (line: string) => string): void {
  const lines = readFileSync(file, "utf8").split("\n");
  const cr = lines[lineNo - 1].endsWith("\r") ? "\r" : "";
  const edited = edit(lines[lineNo - 1].slice(0, lines[lineNo - 1].length - cr.length));
  expect(edited).not.toBe(lines[lineNo - 1].slice(0, lines[lineNo - 1].length - cr.length));
  lines[lineNo - 1] = edited + cr;
  writeFileSync(file, lines.join("\n"));
}

function expectFailure(format: DatasetFormat, from: string, out: string, file: string, line: number, field: string | RegExp): void {
  let error: unknown;
  try {
    importToWorkspace(format, from, out);
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ImportError);
  const e = error as ImportError;
  expect([e.file, e.line]).toEqual([file, line]);
  expect(e.field).toMatch(field);
  expect(e.message).toContain(`${file}:${line}`);
}

describe("a corrupt row fails the import, naming file, line and field, and writes nothing", () => {
  const root = tempDir("corrupt");

  it("MovieLens: a bad rating, an unknown movie, a short row", () => {
    const from = path.join(root, "ml");
    cpSync(MOVIELENS_SMALL, from, { recursive: true });
    const out = path.join(root, "ml-ws");
    corruptLine(path.join(from, "ratings.csv"), 5000, (l) => l.replace(/,([\d.]+),(\d+)$/, ",4.x,$2"));
    expectFailure("movielens", from, out, "ratings.csv", 5000, "rating");
    corruptLine(path.join(from, "ratings.csv"), 5000, (l) => l.replace(/^(\d+),\d+,4\.x/, "$1,999999999,4.0"));
    expectFailure("movielens", from, out, "ratings.csv", 5000, "movieId");
    corruptLine(path.join(from, "movies.csv"), 20, (l) => l.slice(0, l.indexOf(",")));
    expectFailure("movielens", from, out, "movies.csv", 20, "title");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root).sort()).toEqual(["ml"]);
  });

  it("a failed re-import leaves the existing workspace untouched", () => {
    const from = path.join(root, "ml2");
    cpSync(MOVIELENS_SMALL, from, { recursive: true });
    const out = path.join(root, "ml2-ws");
    importToWorkspace("movielens", from, out);
    const before = readFileSync(path.join(out, "graph.bin"));
    corruptLine(path.join(from, "tags.csv"), 3, (l) => l.replace(/,(\d+)$/, ",yesterday"));
    expectFailure("movielens", from, out, "tags.csv", 3, "timestamp");
    expect(readFileSync(path.join(out, "graph.bin")).equals(before)).toBe(true);
    expect(loadGraph(out).manifest.counts.users).toBe(610);
    expect(readdirSync(root).filter((n) => n.startsWith("."))).toEqual([]);
  });

  it.skipIf(!HAS_SHARED)(`LastFM*: a non-integer item and an out-of-range attribute (${HAS_SHARED ? "real data" : SKIP_SHARED_REASON})`, () => {
    const from = path.join(root, "lf");
    cpSync(shared("data", "lastfm-star"), from, { recursive: true });
    const out = path.join(root, "lf-ws");
    const valid = path.join(from, "UI_Interaction_data", "review_dict_valid.json");
    corruptLine(valid, 101, (l) => l.replace(/\d+/, '"x"'));
    expectFailure("lastfm-star", from, out, "UI_Interaction_data/review_dict_valid.json", 101, /\[\d+\]$/);
    cpSync(shared("data", "lastfm-star", "UI_Interaction_data", "review_dict_valid.json"), valid);
    const items = path.join(from, "Graph_generate_data", "item_dict.json");
    corruptLine(items, 5, (l) => l.replace(/\d+/, "9000"));
    expectFailure("lastfm-star", from, out, "Graph_generate_data/item_dict.json", 5, "0.feature_index[1]");
    expect(existsSync(out)).toBe(false);
  });
});
