import { execFile } from "node:child_process";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { MOVIELENS_SMALL, ROOT } from "../shared.ts";
import { tempDir } from "./helpers.ts";

const run = promisify(execFile);
const BIN = path.join(ROOT, "bin", "pathwise.js");

async function pathwise(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("pathwise import (CLI)", () => {
  const root = tempDir("cli");

  it("writes the result as JSON to stdout with --json - and logs to stderr", async () => {
    const out = path.join(root, "ws");
    const r = await pathwise(["import", "--format", "movielens", "--from", MOVIELENS_SMALL, "--out", out, "--json", "-"]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ users: 610, items: 9742, interactions: 100836, attributes: expect.any(Number) });
    expect(Object.values(result.splits as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(100836);
    expect(r.stderr).toContain("imported");
    expect(readdirSync(out).sort()).toEqual(["graph.bin", "manifest.json", "names.json"]);
  });

  it("fails with exit code 1 and a one-line reason naming file, line and field; rejects an unknown format", async () => {
    const from = path.join(root, "bad");
    cpSync(MOVIELENS_SMALL, from, { recursive: true });
    const movies = path.join(from, "movies.csv");
    const lines = readFileSync(movies, "utf8").split("\n");
    lines[9] = lines[9].replace(/^\d+/, "ten");
    writeFileSync(movies, lines.join("\n"));
    const [r, unknown] = await Promise.all([
      pathwise(["import", "--format", "movielens", "--from", from, "--out", path.join(root, "bad-ws")]),
      pathwise(["import", "--format", "netflix", "--from", MOVIELENS_SMALL, "--out", path.join(root, "x")]),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n").filter((l) => l.startsWith("pathwise:"))).toEqual([
      expect.stringMatching(/^pathwise: import failed: movies\.csv:10: field movieId: /),
    ]);
    expect(readdirSync(root)).not.toContain("bad-ws");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown format "netflix"/);
  });
});

describe("ensureWorkspace across processes", () => {
  const root = tempDir("race");

  it("imports once when several processes start together", async () => {
    const script = path.join(root, "start.ts");
    const ensure = path.join(ROOT, "graph", "ensure-workspace.ts");
    const out = path.join(root, "ws");
    writeFileSync(
      script,
      `import { ensureWorkspace } from ${JSON.stringify(ensure)};
let imported = false;
const g = ensureWorkspace(${JSON.stringify(MOVIELENS_SMALL)}, "movielens", ${JSON.stringify(out)}, { log: () => (imported = true) });
console.log(JSON.stringify({ imported, users: g.nUsers }));\n`,
    );
    const runs = await Promise.all([0, 1].map(() => run(process.execPath, ["--import", "tsx", script], { cwd: ROOT })));
    const results = runs.map((r) => JSON.parse(r.stdout) as { imported: boolean; users: number });
    expect(results.map((r) => r.users)).toEqual([610, 610]);
    expect(results.filter((r) => r.imported).length).toBe(1);
    expect(readdirSync(root).sort()).toEqual(["start.ts", "ws"]);
  });
});
