import { describe, expect, it } from "vitest";
import { EVAL_SEQ_DEFAULTS, evalSeqModels, type ModelReport } from "../../agents/ranking/eval-seq.ts";
import { leaveOneOut } from "../../agents/ranking/sequences.ts";
import { walks } from "./walks.ts";

/** A report without its timings, which are the only part allowed to differ between runs. */
function figures(models: Record<string, ModelReport>): Record<string, Omit<ModelReport, "train_seconds">> {
  return Object.fromEntries(Object.entries(models).map(([k, { train_seconds: _, ...rest }]) => [k, rest]));
}

describe("eval-seq on synthetic walks", () => {
  it("trains every model, reports CFT against SASRec and against the λ = 0 control, and gives the same figures on 1 or 2 worker threads", async () => {
    const loo = leaveOneOut(walks(80, 61, 16, 5));
    const o = {
      ...EVAL_SEQ_DEFAULTS, maxEpochs: 2, patience: 1, fineTune: { lrScale: 0.3, maxEpochs: 1, patience: 1 },
      split: "valid" as const, log: () => {},
    };
    const here = await evalSeqModels(loo, { ...o, workers: 1 });
    expect(Object.keys(here)).toEqual(["pop", "bpr", "gru4rec", "sasrec", "sasrec_ft", "sasrec_cft"]);
    const cft = here.sasrec_cft;
    expect(cft.delta_vs_sasrec?.ci95).toHaveLength(2);
    expect(cft.delta_vs_sasrec_ft?.ci95).toHaveLength(2);
    // a fine-tune's training time includes the SASRec run it starts from
    expect(cft.train_seconds).toBeGreaterThan(here.sasrec.train_seconds);
    const threaded = await evalSeqModels(loo, { ...o, workers: 2 });
    expect(figures(threaded)).toEqual(figures(here));
  }, 120_000);
});
