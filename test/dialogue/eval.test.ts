import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlReport } from "../../agents/eval/report.ts";
import { evalSummary, runLabel } from "../../agents/eval/summary.ts";
import { METRIC_DEFINITIONS } from "../../agents/eval/metrics.ts";
import { runEval, EvalError } from "../../agents/eval/runner.ts";
import type { EvalSettings } from "../../agents/eval/settings.ts";
import { savePreference, trainSelected } from "../../agents/ranking/preference-store.ts";
import { importToWorkspace } from "../../graph/import/index.ts";
import { HAS_SHARED, MOVIELENS_SMALL, ROOT, SKIP_SHARED_REASON, shared } from "../shared.ts";

const tmp = mkdtempSync(path.join(tmpdir(), "pathwise-eval-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A workspace with a quickly trained preference model (few epochs: these tests check the engine, not the figures). */
function workspace(format: "lastfm-star" | "movielens", from: string, name: string): string {
  const dir = path.join(tmp, name);
  const g = importToWorkspace(format, from, dir);
  savePreference(dir, trainSelected(g, { epochs: 4 }));
  return dir;
}

const base = (data: string, policy: string, more: Partial<EvalSettings> = {}): EvalSettings => ({
  data,
  split: "valid",
  policy,
  noise: 0,
  multiChoice: false,
  likeEdges: false,
  seed: 3,
  maxTurn: 15,
  critique: false,
  ...more,
});

describe.skipIf(!HAS_SHARED)(`eval on LastFM* valid, first 400 pairs (${HAS_SHARED ? "real data" : SKIP_SHARED_REASON})`, () => {
  let data = "";
  beforeAll(() => {
    data = workspace("lastfm-star", shared("data", "lastfm-star"), "lastfm");
  });

  it("cpr finds most targets, beats the popularity floor, and the figures do not depend on the worker count", async () => {
    const one = await runEval(base(data, "cpr", { limit: 400 }), 1);
    const two = await runEval(base(data, "cpr", { limit: 400 }), 2);
    const floor = await runEval(base(data, "popular", { limit: 400 }), 1);
    expect(one.episodes).toBe(400);
    expect(Array.from(two.outcomes.turn)).toEqual(Array.from(one.outcomes.turn));
    expect(Array.from(two.outcomes.rank)).toEqual(Array.from(one.outcomes.rank));
    expect(two.ci95).toEqual(one.ci95);
    expect(one.sr15).toBeGreaterThan(0.9);
    expect(one.sr15).toBeGreaterThan(floor.sr15 + 0.2);
    expect(one.at).toBeLessThan(floor.at);
  });

  it("the same seed gives the same figures with noisy multiple-choice users; another seed other conversations", async () => {
    const s = base(data, "max-entropy", { limit: 300, noise: 0.1, multiChoice: true });
    const a = await runEval(s, 1);
    const b = await runEval(s, 1);
    const c = await runEval({ ...s, seed: 4 }, 1);
    expect({ ...a, seconds: 0 }).toEqual({ ...b, seconds: 0 });
    expect(Array.from(c.outcomes.turn)).not.toEqual(Array.from(a.outcomes.turn));
  });

  it("a split the workspace lacks is a clear error, in code and on the command line", async () => {
    await expect(runEval(base(data, "cpr", { split: "test" }), 1)).rejects.toThrow(EvalError);
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "pathwise.js"), "eval", "--data", data, "--split", "test", "--policy", "cpr"], {
      encoding: "utf8",
      cwd: ROOT,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`pathwise: split "test" is not in workspace ${data} (it has: train, valid)`);
  });
});

describe("eval on MovieLens-small valid (embedded copy)", () => {
  let data = "";
  beforeAll(() => {
    data = workspace("movielens", MOVIELENS_SMALL, "ml");
  });

  it("plays every valid pair; cpr beats the popularity floor on SR@15", async () => {
    const cpr = await runEval(base(data, "cpr"), 2);
    const floor = await runEval(base(data, "popular"), 1);
    expect(cpr.episodes).toBe(608);
    expect(cpr.sr15).toBeGreaterThan(floor.sr15);
    expect(cpr.successByTurn[15]).toBeCloseTo(cpr.sr15, 12);
    expect(cpr.turnCounts.reduce((a, b) => a + b, 0)).toBe(608);

    const runs = [base(data, "cpr"), base(data, "popular")].map((s, i) => {
      const summary = evalSummary([cpr, floor][i], s);
      return { label: runLabel(summary.settings), summary };
    });
    const html = htmlReport("cpr against the popularity floor", runs);
    expect(runs.map((r) => r.label)).toEqual(["cpr, valid, noise 0", "popular, valid, noise 0"]);
    // Each figure with its interval, for both runs.
    for (const { summary } of runs) expect(html).toContain(`${summary.sr15.toFixed(4)} <span class="ci">[${summary.ci95.sr15[0].toFixed(4)}, ${summary.ci95.sr15[1].toFixed(4)}]</span>`);
    // Axis labels on both charts, a band per run, one dot per turn per run.
    expect(html).toContain(">share succeeded by this turn</text>");
    expect(html).toContain(">turn at which the target was recommended</text>");
    expect(html.match(/>conversations<\/text>/g)).toHaveLength(2);
    expect(html.match(/<path class="band" d="M[^"]+Z"/g)).toHaveLength(2);
    expect(html.match(/<circle /g)).toHaveLength(30);
    // Counts on the histogram: 15 turns and the failures, per run, each bar labelled with its count.
    expect(html.match(/<rect class="bar" /g)).toHaveLength(32);
    expect(html).toContain(`<title>never found: ${cpr.turnCounts[0]}</title>`);
    expect(html).toMatch(new RegExp(`text-anchor="middle">${cpr.turnCounts[0]}</text>`));
    for (const line of Object.values(METRIC_DEFINITIONS)) expect(html).toContain(`<li>${line}</li>`);
    // Settings as plain text, side by side.
    expect(html).toContain("<tr><th>policy</th><td>cpr</td><td>popular</td></tr>");
    expect(html).toContain("<tr><th>multi choice</th><td>no</td><td>no</td></tr>");
    expect(html).toContain("<tr><th>limit</th><td>—</td><td>—</td></tr>");
  });
});
