import { describe, expect, it } from "vitest";
import { importDataset } from "../../graph/import/index.ts";
import { Gru4rec, GRU4REC_DEFAULTS } from "../../agents/ranking/gru4rec.ts";
import { Popularity } from "../../agents/ranking/popularity.ts";
import { evaluateSplit } from "../../agents/ranking/evaluate.ts";
import { mean } from "../../agents/ranking/metrics.ts";
import { Random } from "../../agents/random.ts";
import { leaveOneOut, userSequences } from "../../agents/ranking/sequences.ts";
import { MOVIELENS_SMALL } from "../shared.ts";

describe("a short real training run on MovieLens-small", () => {
  it("GRU4Rec after two epochs beats popularity on the validation position (full ranking)", () => {
    const g = importDataset("movielens", MOVIELENS_SMALL);
    const loo = leaveOneOut(userSequences(g.interactions, g.nUsers, g.nItems));
    expect(loo.evalUsers.length).toBe(610);
    const pop = new Popularity(g.nItems);
    pop.trainEpoch(loo.train, new Random(1));
    const gru = new Gru4rec({ ...GRU4REC_DEFAULTS, nItems: g.nItems, seed: 1 });
    const rng = new Random(1);
    for (let e = 0; e < 2; e++) gru.trainEpoch(loo.train, rng);
    const p = evaluateSplit(pop, loo, "valid").ndcg10;
    const s = evaluateSplit(gru, loo, "valid").ndcg10;
    expect(mean(s), `gru4rec ${mean(s)} vs pop ${mean(p)}`).toBeGreaterThan(mean(p));
  }, 240_000);
});
