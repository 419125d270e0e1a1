import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../graph/workspace.ts";
import type { Graph } from "../../graph/types.ts";
import { ROOT } from "../shared.ts";
import { WORKSPACE, prepareWorkspace } from "./helpers.ts";

/** `pathwise understand`: one JSON line in, one JSON line out, on the MovieLens-small workspace. */
let g: Graph;
beforeAll(async () => {
  g = loadGraph(await prepareWorkspace());
}, 120_000);

function understand(lines: string[]): { out: string[]; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "pathwise.js"), "understand", "--data", WORKSPACE], {
    input: lines.join("\n") + "\n",
    encoding: "utf8",
    cwd: ROOT,
    env: { ...process.env, PATHWISE_LOG_FORMAT: "json" },
  });
  return { out: r.stdout.split("\n").slice(0, -1), stderr: r.stderr, status: r.status };
}

const attr = (name: string) => ({ id: g.attrName.indexOf(name), name, type: expect.any(String) });
const item = (title: string) => g.itemTitle.indexOf(title);

describe("pathwise understand", () => {
  it("writes exactly one JSON line per input line, an error line for a malformed one, and keeps going", () => {
    const shown = [item("Speed (1994)"), item("Heat (1995)"), item("Alien (1979)")];
    const comedy = g.attrName.indexOf("Comedy");
    const { out, stderr, status } = understand([
      JSON.stringify({ text: "something funny from the 90s, not horror" }),
      "not json {",
      JSON.stringify({ text: "the second one", context: { shown } }),
      JSON.stringify({ text: "doesn't matter", context: { question: { kind: "yesno", attributeId: comedy } } }),
      JSON.stringify({ text: "hi", context: { shown: [g.nItems + 5] } }),
      JSON.stringify({ txt: "typo" }),
      JSON.stringify({ text: "I loved The Matrix but hated Titanic" }),
      JSON.stringify({ text: "less violent", context: { shown: [shown[0]] } }),
    ]);
    expect(status, stderr).toBe(0);
    expect(out).toHaveLength(8);
    const rows = out.map((l) => JSON.parse(l));
    expect(rows[0]).toEqual({ intent: "request", accepted: [attr("Comedy"), attr("1990s")], rejected: [attr("Horror")], items: [] });
    expect(rows[1]).toEqual({ error: { line: 2, message: "not JSON" } });
    expect(rows[2]).toEqual({ intent: "answer", accepted: [], rejected: [], items: [{ id: shown[1], key: g.itemKey[shown[1]], title: "Heat (1995)", opinion: "liked" }], ordinal: 2 });
    expect(rows[3]).toEqual({ intent: "indifferent", accepted: [], rejected: [], items: [] });
    expect(rows[4]).toEqual({ error: { line: 5, message: `no item ${g.nItems + 5} in this catalog` } });
    expect(rows[5].error.line).toBe(6);
    expect(rows[6].items.map((m: { title: string; opinion: string }) => [m.title, m.opinion])).toEqual([["Matrix, The (1999)", "liked"], ["Titanic (1997)", "disliked"]]);
    // "Violent" covers the violent genres and tags, led by what the shown film holds (Speed: Action).
    expect(rows[7]).toMatchObject({ intent: "critique", critique: { itemId: shown[0], attribute: attr("Action"), direction: "less" } });
    expect(rows[7].critique.also).toEqual(expect.arrayContaining([attr("violent"), attr("Thriller"), attr("Crime")]));
    // Logs go to stderr only.
    expect(stderr).toContain('"msg":"understood"');
  }, 60_000);
});
