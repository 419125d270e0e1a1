import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../agents/dialogue/context.ts";
import { splitPairs } from "../../agents/eval/episodes.ts";
import { runEval } from "../../agents/eval/runner.ts";
import { ensureLearned } from "../../agents/learning/ensure.ts";
import { play } from "../../agents/learning/rollout.ts";
import { learnedFile, LearnedPolicyError, loadLearned, saveLearned } from "../../agents/learning/store.ts";
import { trainPolicy, type TrainPolicyOptions } from "../../agents/learning/train.ts";
import { policyByName } from "../../agents/policies/index.ts";
import { savePreference } from "../../agents/ranking/preference-store.ts";
import { trainPreference } from "../../agents/ranking/preference-train.ts";
import { importToWorkspace } from "../../graph/import/index.ts";
import type { Graph } from "../../graph/types.ts";
import { HAS_SHARED, shared, SKIP_SHARED_REASON } from "../shared.ts";

if (!HAS_SHARED) console.warn(`test/learning/training: ${SKIP_SHARED_REASON}`);

describe.skipIf(!HAS_SHARED)("learned policy on LastFM* (a small real subset)", () => {
  let dir: string;
  let ws: string;
  let g: Graph;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "pathwise-learning-"));
    ws = path.join(dir, "lastfm");
    g = importToWorkspace("lastfm-star", shared("data", "lastfm-star"), ws);
    // A quickly trained preference model stands in for the full one: the policy's tests are about the policy.
    savePreference(ws, trainPreference(g, { epochs: 2, seed: 1 }));
  }, 60_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const quick = (o: Partial<TrainPolicyOptions>): TrainPolicyOptions => ({
    workspace: ws,
    questions: "yesno",
    noises: [0.1],
    foldEpochs: 1,
    workers: 1,
    ...o,
  });

  it("a short training from a uniform policy measurably raises the valid reward", async () => {
    const valid: number[] = [];
    const r = await trainPolicy(
      quick({ init: "zero", epochs: 2, maxEpisodes: 128, batch: 32, rate: 0.05, validStride: 40, onEpoch: (_e, v) => valid.push(v[0].reward) }),
    );
    expect(valid.length).toBe(3);
    expect(r.info.bestEpoch).toBeGreaterThan(0);
    expect(Math.max(...valid.slice(1))).toBeGreaterThan(valid[0] + 0.05);
    expect(r.info.valid[0].reward).toBe(Math.max(...valid));
  }, 60_000);

  it("is deterministic under a seed", async () => {
    const o = quick({ epochs: 1, maxEpisodes: 24, batch: 12, validStride: 400 });
    const a = await trainPolicy(o);
    const b = await trainPolicy(o);
    const c = await trainPolicy({ ...o, seed: 2 });
    expect(Array.from(b.net.params)).toEqual(Array.from(a.net.params));
    expect(b.trainReward).toEqual(a.trainReward);
    expect(Array.from(c.net.params)).not.toEqual(Array.from(a.net.params));
  }, 60_000);

  it("is saved in the workspace and played by name, in this thread and on workers alike", async () => {
    const r = await trainPolicy(quick({ epochs: 0, validStride: 400 }));
    saveLearned(ws, learnedFile("yesno"), r.net, r.info);
    expect(loadLearned(ws, learnedFile("yesno"), g)?.net.params).toEqual(r.net.params);
    const settings = { data: ws, split: "valid" as const, policy: "learned", noise: 0.1, multiChoice: false, likeEdges: false, seed: 3, maxTurn: 15, critique: false, limit: 120 };
    const here = await runEval(settings, 1);
    const workers = await runEval(settings, 2);
    expect(here.sr15).toBeGreaterThan(0.5);
    expect(Array.from(workers.outcomes.turn)).toEqual(Array.from(here.outcomes.turn));
  }, 60_000);

  it("is trained first when missing, and only then", async () => {
    const o = quick({ questions: "choice", epochs: 0, validStride: 400 });
    expect(loadLearned(ws, learnedFile("choice"), g)).toBeNull();
    const first = await ensureLearned(g, o);
    expect(first.trained?.info.questions).toBe("choice");
    expect(loadLearned(ws, learnedFile("choice"), g)?.net.params).toEqual(first.trained?.net.params);
    expect((await ensureLearned(g, { ...o, noise: 0.2 })).trained).toBeNull();
  }, 60_000);

  it("names the command that trains it when the workspace has none", () => {
    const empty = mkdtempSync(path.join(dir, "empty-"));
    const ctx = createContext(g, null, policyByName("learned", {}, { workspace: empty }), { questions: "yesno" });
    expect(() => play(ctx, splitPairs(g, "valid"), 0, 0, 1)).toThrow(LearnedPolicyError);
    expect(() => play(ctx, splitPairs(g, "valid"), 0, 0, 1)).toThrow(/no learned yesno policy .*pathwise train-policy --data /);
  });
});
