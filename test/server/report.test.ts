import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runEval } from "../../agents/eval/runner.ts";
import type { EvalSettings } from "../../agents/eval/settings.ts";
import { evalSummary } from "../../agents/eval/summary.ts";
import { evalTable } from "../../server/cli/commands/eval.ts";
import { formatTable, printSummary } from "../../server/cli/table.ts";
import { ROOT } from "../shared.ts";
import { prepareWorkspace, TINY_WORKSPACE } from "./helpers.ts";

let dir: string;
const settings = (policy: string): EvalSettings => ({ data: TINY_WORKSPACE, split: "valid", policy, noise: 0, multiChoice: false, likeEdges: false, seed: 1, maxTurn: 15, critique: false, limit: 30 });
const files: Record<string, string> = {};

beforeAll(async () => {
  await prepareWorkspace();
  dir = mkdtempSync(path.join(tmpdir(), "pathwise-report-"));
  for (const policy of ["cpr", "popular"]) {
    files[policy] = path.join(dir, `${policy}.json`);
    writeFileSync(files[policy], JSON.stringify(evalSummary(await runEval(settings(policy), 1), settings(policy))));
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function terminal() {
  let text = "";
  return { isTTY: true, write: (s: string) => ((text += s), true), text: () => text };
}

describe("summary table", () => {
  it("prints SR@5, SR@10, SR@15, AT and hDCG with 95% intervals on a terminal, and nothing on a pipe or with --json -", () => {
    const summary = JSON.parse(readFileSync(files.cpr, "utf8"));
    const table = evalTable("pathwise eval", [{ label: "cpr, valid, noise 0", summary }]);
    const tty = terminal();
    expect(printSummary(table, undefined, tty)).toBe(true);
    const lines = tty.text().split("\n");
    const head = lines.find((l) => l.startsWith("run"))!;
    expect(head.split(/\s{2,}/)).toEqual(["run", "SR@5", "SR@10", "SR@15", "AT", "hDCG"]);
    const row = lines.find((l) => l.startsWith("cpr, valid, noise 0"))!;
    const sr15 = `${summary.sr15.toFixed(3)} [${summary.ci95.sr15[0].toFixed(3)}, ${summary.ci95.sr15[1].toFixed(3)}]`;
    const at = `${summary.at.toFixed(2)} [${summary.ci95.at[0].toFixed(2)}, ${summary.ci95.at[1].toFixed(2)}]`;
    expect(row).toContain(sr15);
    expect(row).toContain(at);
    // Columns line up: every cell of a column ends where its heading ends.
    expect(head.indexOf("SR@15") + "SR@15".length).toBe(row.indexOf(sr15) + sr15.length);
    expect(tty.text()).toContain("AT: average turns per conversation");

    const json = terminal();
    expect(printSummary(table, "-", json)).toBe(false);
    expect(json.text()).toBe("");
    const pipe = { ...terminal(), isTTY: false };
    expect(printSummary(table, undefined, pipe)).toBe(false);
    expect(pipe.text()).toBe("");
  });

  it("pads columns to their widest cell", () => {
    expect(formatTable(["a", "bb"], [["long name", 1], ["x", 22.5]])).toBe("a            bb\n─────────  ────\nlong name     1\nx          22.5");
  });
});

describe("pathwise report", () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, "bin", "pathwise.js"), "report", ...args], { encoding: "utf8", cwd: ROOT });

  it("compares runs side by side from the files eval --json writes", () => {
    const out = path.join(dir, "r.html");
    const r = cli(files.cpr, files.popular, "--out", out, "--title", "cpr against popular");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(""); // stdout is a pipe here: no table
    const html = readFileSync(out, "utf8");
    expect(html).toContain("<title>cpr against popular</title>");
    expect(html).toContain("cpr, valid, noise 0, first 30 pairs</th>");
    expect(html).toContain("popular, valid, noise 0, first 30 pairs</th>");
    expect(html.match(/<path class="band"/g)).toHaveLength(2);
    // The histograms share one count axis, so their bars compare.
    const axes = [...html.matchAll(/aria-label="conversations by turn of success">([\s\S]*?)<\/svg>/g)].map((m) => [...m[1].matchAll(/text-anchor="end">(\d+)</g)].map((x) => x[1]).join(" "));
    expect(axes).toHaveLength(2);
    expect(axes[1]).toBe(axes[0]);
    expect(axes[0]).toMatch(/^0 /);
    expect(html).toContain("<tr><th>setting</th><th>cpr, valid, noise 0, first 30 pairs</th><th>popular, valid, noise 0, first 30 pairs</th></tr>");
  });

  it("names a file that is not an eval result, and writes nothing", () => {
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ episodes: 3 }));
    const out = path.join(dir, "never.html");
    const r = cli(files.cpr, bad, "--out", out);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`pathwise: ${bad} is not a result of \`pathwise eval --json\`: sr5: Invalid input: expected number, received undefined`);
    expect(() => readFileSync(out)).toThrow();
  });
});
