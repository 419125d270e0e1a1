import type { Graph } from "../../graph/types.ts";
import { BPR_DEFAULTS, BprMf } from "./bpr.ts";
import { CFT_DEFAULTS, type CftConfig } from "./cft.ts";
import { evaluateSplit, type UserMetrics } from "./evaluate.ts";
import { fitEarlyStopping } from "./fit.ts";
import { GRU4REC_DEFAULTS, Gru4rec } from "./gru4rec.ts";
import { bootstrapCi, bootstrapPairedCi, mean } from "./metrics.ts";
import type { Recommender } from "./model.ts";
import { Popularity } from "./popularity.ts";
import { SASREC_DEFAULTS, Sasrec } from "./sasrec.ts";
import { leaveOneOut, userSequences, type LeaveOneOut } from "./sequences.ts";

export const SEQ_MODELS = ["pop", "bpr", "gru4rec", "sasrec", "sasrec_ft", "sasrec_cft"] as const;
export type SeqModel = (typeof SEQ_MODELS)[number];

export interface ModelReport {
  hr10: number;
  ndcg10: number;
  ndcg20: number;
  ci95: { hr10: [number, number]; ndcg10: [number, number]; ndcg20: [number, number] };
  train_seconds: number;
  /** What was chosen on the validation split. */
  valid: { ndcg10: number; epochs: number; bestEpoch: number; [k: string]: number };
  delta_vs_sasrec?: { ndcg10: number; ci95: [number, number] };
  /** sasrec_cft only: against the λ = 0 control fine-tuned from the same checkpoint on the same schedule. */
  delta_vs_sasrec_ft?: { ndcg10: number; ci95: [number, number] };
}

export interface EvalSeqResult {
  models: Record<string, ModelReport>;
  users: number;
  items: number;
  interactions: number;
  /** The held-out position the figures are measured on. */
  split: "valid" | "test";
  seconds: number;
}

export interface EvalSeqOptions {
  readonly seed: number;
  readonly maxEpochs: number;
  readonly patience: number;
  readonly cft: CftConfig;
  /** Serve-time α grid searched on valid (z_f − α·z_cf). */
  readonly alphas: readonly number[];
  /** Position the figures are reported on; `valid` is the position early stopping and α were chosen on. */
  readonly split: "valid" | "test";
  /** Models to run; sasrec_ft and sasrec_cft fine-tune sasrec, which then runs too. */
  readonly models: readonly SeqModel[];
  readonly log: (message: string, fields?: Record<string, unknown>) => void;
}

export const EVAL_SEQ_DEFAULTS: Omit<EvalSeqOptions, "log"> = {
  seed: 1, maxEpochs: 12, patience: 4, cft: CFT_DEFAULTS, alphas: [0, 0.25, 0.5, 1], split: "test", models: SEQ_MODELS,
};

/**
 * Leave-one-out by time over each user's interactions (all of them, any rating): train on all but the last
 * two, early-stop and tune on the second-to-last, report the last, ranked against every item the user has
 * not interacted with. All models in one run, one seed. `split: "valid"` reports the validation position
 * instead: those figures are the ones early stopping selected on, so they are optimistic for every trained model.
 */
export async function runEvalSeq(g: Graph, o: EvalSeqOptions): Promise<EvalSeqResult> {
  const t0 = performance.now();
  const loo = leaveOneOut(userSequences(g.interactions, g.nUsers, g.nItems));
  const nItems = g.nItems;
  const models: Record<string, ModelReport> = {};
  const perUser: Record<string, UserMetrics> = {};

  const run = async (name: string, model: Recommender, extra: () => Record<string, number> = () => ({}), evalFirst = false, baseSeconds = 0) => {
    const t = performance.now();
    const fit = await fitEarlyStopping(model, loo, {
      maxEpochs: name === "pop" ? 1 : o.maxEpochs, patience: o.patience, seed: o.seed, evalFirst,
      onEpoch: (epoch, loss, valid, seconds) => o.log(`${name} epoch ${epoch}`, { loss: round(loss), validNdcg10: round(valid), seconds: round(seconds, 2) }),
    });
    const tuned = extra();
    const seconds = baseSeconds + (performance.now() - t) / 1000;
    const test = evaluateSplit(model, loo, o.split);
    perUser[name] = test;
    models[name] = report(test, seconds, { ndcg10: tuned.validNdcg10 ?? fit.validNdcg10, epochs: fit.epochs, bestEpoch: fit.bestEpoch, ...tuned }, o.seed);
    o.log(`${name} done`, { trainSeconds: round(seconds, 1), bestEpoch: fit.bestEpoch, ...tuned });
    return seconds;
  };

  const want = new Set(o.models);
  if (want.has("pop")) await run("pop", new Popularity(nItems));
  if (want.has("bpr")) await run("bpr", new BprMf({ ...BPR_DEFAULTS, nUsers: g.nUsers, nItems, seed: o.seed }));
  if (want.has("gru4rec")) await run("gru4rec", new Gru4rec({ ...GRU4REC_DEFAULTS, nItems, seed: o.seed }));
  if (want.has("sasrec") || want.has("sasrec_ft") || want.has("sasrec_cft")) {
    const sasrec = new Sasrec({ ...SASREC_DEFAULTS, nItems, seed: o.seed });
    const sasrecSeconds = await run("sasrec", sasrec);
    // Both fine-tune the selected SASRec checkpoint (as the paper fine-tunes a trained recommender) with the
    // same schedule, seed, early stopping and α search. The control keeps the CFT machinery at λ = 0, which
    // leaves the factual gradient exact and the random stream identical: the two differ only in the CFT term,
    // so extra epochs alone cannot pass for a CFT gain.
    const fineTune = async (name: SeqModel, lambda: number) => {
      const m = new Sasrec({ ...SASREC_DEFAULTS, nItems, seed: o.seed, cft: { ...o.cft, lambda } }, sasrec.params.data);
      await run(name, m, () => tuneAlpha(m, loo, o.alphas), true, sasrecSeconds);
    };
    if (want.has("sasrec_ft")) await fineTune("sasrec_ft", 0);
    if (want.has("sasrec_cft")) {
      await fineTune("sasrec_cft", o.cft.lambda);
      models.sasrec_cft.delta_vs_sasrec = pairedDelta(perUser.sasrec_cft, perUser.sasrec, o.seed);
      if (perUser.sasrec_ft) models.sasrec_cft.delta_vs_sasrec_ft = pairedDelta(perUser.sasrec_cft, perUser.sasrec_ft, o.seed);
    }
  }
  return { models, users: loo.evalUsers.length, items: nItems, interactions: g.interactions.user.length, split: o.split, seconds: (performance.now() - t0) / 1000 };
}

/** NDCG@10(a) − NDCG@10(b) with a paired bootstrap over users. */
function pairedDelta(a: UserMetrics, b: UserMetrics, seed: number): { ndcg10: number; ci95: [number, number] } {
  return { ndcg10: mean(a.ndcg10) - mean(b.ndcg10), ci95: bootstrapPairedCi(a.ndcg10, b.ndcg10, seed) };
}

/** Picks the serve-time α on valid NDCG@10 (α = 0 is plain z_f); leaves the model at the chosen α. */
export function tuneAlpha(m: Sasrec, loo: LeaveOneOut, alphas: readonly number[]): Record<string, number> {
  m.invalidate();
  let best = -1;
  let bestAlpha = 0;
  for (const a of alphas) {
    m.alpha = a;
    const v = mean(evaluateSplit(m, loo, "valid").ndcg10);
    if (v > best) {
      best = v;
      bestAlpha = a;
    }
  }
  m.alpha = bestAlpha;
  return { alpha: bestAlpha, validNdcg10: best };
}

function report(t: UserMetrics, seconds: number, valid: ModelReport["valid"], seed: number): ModelReport {
  return {
    hr10: mean(t.hr10),
    ndcg10: mean(t.ndcg10),
    ndcg20: mean(t.ndcg20),
    ci95: { hr10: bootstrapCi(t.hr10, seed), ndcg10: bootstrapCi(t.ndcg10, seed), ndcg20: bootstrapCi(t.ndcg20, seed) },
    train_seconds: seconds,
    valid,
  };
}

function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

