import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evalContext, runEpisodes, splitPairs } from "../../agents/eval/episodes.ts";
import { EvalError, runEval } from "../../agents/eval/runner.ts";
import type { EvalSettings } from "../../agents/eval/settings.ts";
import { newDialogue, ranked } from "../../agents/dialogue/state.ts";
import { turn } from "../../agents/dialogue/turn.ts";
import { saveModel } from "../../agents/ranking/model-store.ts";
import { Random } from "../../agents/random.ts";
import { loadPreference, savePreference, trainSelected } from "../../agents/ranking/preference-store.ts";
import { SASREC_DEFAULTS, Sasrec } from "../../agents/ranking/sasrec.ts";
import { loadSequencePrior, SequencePrior } from "../../agents/ranking/sequence-prior.ts";
import { loadSequenceScorer, trainSequences } from "../../agents/ranking/sequence-scorer.ts";
import { leaveOneOut } from "../../agents/ranking/sequences.ts";
import { importToWorkspace } from "../../graph/import/index.ts";
import { row, type Graph } from "../../graph/types.ts";
import { MOVIELENS_SMALL } from "../shared.ts";

const tmp = mkdtempSync(path.join(tmpdir(), "pathwise-seq-prior-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const data = path.join(tmp, "ml");
let g: Graph;

const base = (more: Partial<EvalSettings> = {}): EvalSettings => ({
  data,
  split: "valid",
  policy: "cpr",
  noise: 0.1,
  multiChoice: false,
  likeEdges: false,
  seed: 5,
  maxTurn: 15,
  critique: false,
  limit: 120,
  ...more,
});

beforeAll(async () => {
  g = importToWorkspace("movielens", MOVIELENS_SMALL, data);
  savePreference(data, trainSelected(g, { epochs: 4 }));
  // A small SASRec after one epoch: quick, and already its own opinion of each history.
  const sasrec = new Sasrec({ ...SASREC_DEFAULTS, d: 16, L: 20, nItems: g.nItems, seed: 1 });
  sasrec.trainEpoch(leaveOneOut(trainSequences(g)).train, new Random(1));
  saveModel(path.join(data, "models"), "sasrec", sasrec, g.manifest.createdAt, {});
}, 60_000);

describe("the sequence model mixed into the dialogue's ranking (MovieLens-small)", () => {
  it("a weight > 0 moves the ranking after the opening toward the sequence model's top items", () => {
    const ctx = evalContext(g, loadPreference(data)!, base());
    const pairs = splitPairs(g, "valid");
    const weights = [0, 1, 8];
    const priors = weights.map((w) => loadSequencePrior(data, g, w));
    const overlap = weights.map(() => 0);
    const users = 40;
    for (let k = 0; k < users; k++) {
      const user = pairs.user[k];
      const opening = { kind: "inform" as const, accept: [row(g.itemAttrs, pairs.item[k])[0]], reject: [], stated: true };
      const scores = priors[1]!.for(user)?.scores;
      expect(scores, `user ${user} has a train history`).toBeDefined();
      weights.forEach((_, j) => {
        const prior = priors[j]?.for(user) ?? null;
        const state = newDialogue(g.nAttributes, user, prior);
        turn(ctx, state, opening);
        const top = new Set(Array.from({ length: 10 }, (_, r) => ranked(state, r)));
        overlap[j] += seqTop(state.cand.subarray(0, state.n), scores!).filter((i) => top.has(i)).length / users;
      });
    }
    // Of the sequence model's top 10, the slate holds about 3 at weight 0, 4 at weight 1, 7.6 at weight 8.
    expect(overlap[1]).toBeGreaterThan(overlap[0] + 0.5);
    expect(overlap[2]).toBeGreaterThan(overlap[1] + 2);
    expect(overlap[2]).toBeGreaterThan(6);
  });

  it("weight 0 reproduces the plain evaluation exactly; a weight > 0 changes it, the same on worker threads", async () => {
    const plain = await runEval(base(), 1);
    const zero = await runEval(base({ seqWeight: 0 }), 1);
    expect(zero.outcomes).toEqual(plain.outcomes);
    expect(zero.ci95).toEqual(plain.ci95);

    // The mixing itself at weight 0: a real prior that adds nothing.
    const scorer = loadSequenceScorer(data, g.nItems)!;
    const s = base();
    const out = { turn: new Int8Array(s.limit!), rank: new Int8Array(s.limit!) };
    runEpisodes(evalContext(g, loadPreference(data)!, s), splitPairs(g, "valid"), s, 0, 1, out, new SequencePrior(scorer, trainSequences(g), 0));
    expect(out).toEqual(plain.outcomes);

    const mixed = await runEval(base({ seqWeight: 2 }), 1);
    const onWorkers = await runEval(base({ seqWeight: 2 }), 2);
    expect(mixed.outcomes).not.toEqual(plain.outcomes);
    expect(onWorkers.workers).toBe(2);
    expect(onWorkers.outcomes).toEqual(mixed.outcomes);
    // Five evaluations, two of them starting worker threads: generous for a busy 2-core machine.
  }, 120_000);

  it("a workspace without timestamps is a clear error when the weight is above 0", async () => {
    const from = path.join(tmp, "catalog");
    mkdirSync(from);
    writeFileSync(path.join(from, "items.jsonl"), ["a", "b", "c"].map((id) => JSON.stringify({ id, title: id, attributes: { colour: id === "a" ? "red" : "blue" } })).join("\n") + "\n");
    writeFileSync(path.join(from, "interactions.csv"), "split,user,item\ntrain,u,a\ntrain,u,b\nvalid,u,c\n");
    const shop = path.join(tmp, "shop");
    importToWorkspace("catalog", from, shop);
    const s = base({ data: shop, seqWeight: 0.5 });
    await expect(runEval(s, 1)).rejects.toThrow(EvalError);
    await expect(runEval(s, 1)).rejects.toThrow(/needs timestamps, and .* has none; set it to 0/);
  });
});

/** The 10 candidates the sequence model alone ranks highest. */
function seqTop(cand: Int32Array, scores: Float32Array): number[] {
  return Array.from(cand)
    .sort((a, b) => scores[b] - scores[a])
    .slice(0, 10);
}
