import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Sasrec, SASREC_DEFAULTS } from "../../agents/ranking/sasrec.ts";
import { Gru4rec, GRU4REC_DEFAULTS } from "../../agents/ranking/gru4rec.ts";
import { CFT_DEFAULTS } from "../../agents/ranking/cft.ts";
import { saveModel } from "../../agents/ranking/model-store.ts";
import { loadSequenceScorer } from "../../agents/ranking/sequence-scorer.ts";
import { Random } from "../../agents/random.ts";
import { walks } from "./walks.ts";

const small = { d: 16, L: 10, batch: 8, negatives: 32 };

describe("sequence models on synthetic walks", () => {
  const data = walks(120, 101, 24, 1);

  it("SASRec + CFT training is identical under one seed and differs under another", () => {
    const run = (seed: number) => {
      const m = new Sasrec({ ...SASREC_DEFAULTS, ...small, nItems: 101, seed, cft: CFT_DEFAULTS });
      m.trainEpoch(data, new Random(seed));
      return m.params.data;
    };
    const a = run(1);
    expect(run(1)).toEqual(a);
    expect(run(2)).not.toEqual(a);
  });

  it("CFT at λ = 0 (the sasrec_ft control) trains exactly like plain SASRec; λ > 0 does not", () => {
    // without dropout the counterfactual pass draws no random numbers, so only the CFT term can differ
    const run = (cft: typeof CFT_DEFAULTS | null) => {
      const m = new Sasrec({ ...SASREC_DEFAULTS, ...small, dropout: 0, nItems: 101, seed: 1, cft });
      m.trainEpoch(data, new Random(1));
      return m.params.data;
    };
    const plain = run(null);
    expect(run({ ...CFT_DEFAULTS, lambda: 0 })).toEqual(plain);
    expect(run(CFT_DEFAULTS)).not.toEqual(plain);
    expect(run({ ...CFT_DEFAULTS, lambda: 0, counterfactual: "last-item" })).toEqual(plain);
    const lastItem = run({ ...CFT_DEFAULTS, counterfactual: "last-item" });
    expect(lastItem).not.toEqual(plain);
    expect(lastItem).not.toEqual(run(CFT_DEFAULTS));
  });

  it("SASRec and GRU4Rec learn the walk: the true next item ranks first for most histories", () => {
    for (const m of [
      new Sasrec({ ...SASREC_DEFAULTS, ...small, nItems: 101, lr: 1e-2 }),
      new Gru4rec({ ...GRU4REC_DEFAULTS, ...small, nItems: 101, lr: 1e-2 }),
    ]) {
      const rng = new Random(3);
      for (let e = 0; e < 12; e++) m.trainEpoch(data, rng);
      const histories = Array.from({ length: 40 }, (_, u) => data.items.subarray(u * 24, u * 24 + 12));
      const out = new Float32Array(40 * 101);
      m.score(new Int32Array(40), histories, out);
      let right = 0;
      for (let u = 0; u < 40; u++) {
        const row = out.subarray(u * 101, (u + 1) * 101);
        const best = row.indexOf(Math.max(...row));
        if (best === (histories[u][11] * 7 + 3) % 101) right++;
      }
      expect(right, m.name).toBeGreaterThan(30);
    }
  });

  it("the serving API loads the stored model, scores a history, and has nothing for a cold start", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pathwise-models-"));
    try {
      const m = new Sasrec({ ...SASREC_DEFAULTS, ...small, nItems: 101 });
      m.trainEpoch(data, new Random(1));
      saveModel(path.join(dir, "models"), "sasrec", m, "test", {});
      const scorer = loadSequenceScorer(dir, 101);
      expect(scorer?.name).toBe("sasrec");
      const h = data.items.subarray(0, 12);
      const want = new Float32Array(101);
      m.score(new Int32Array(1), [h], want);
      expect(scorer!.score(h)).toEqual(want);
      expect(scorer!.score(new Int32Array(0))).toBeNull();
      expect(loadSequenceScorer(dir, 50)).toBeNull();
      writeFileSync(path.join(dir, "models", "sasrec.bin"), Buffer.alloc(12));
      expect(loadSequenceScorer(dir)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
