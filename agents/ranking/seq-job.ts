import { BPR_DEFAULTS, BprMf } from "./bpr.ts";
import type { CftConfig } from "./cft.ts";
import { evaluateSplit, type UserMetrics } from "./evaluate.ts";
import { fitEarlyStopping, type FitOptions } from "./fit.ts";
import { GRU4REC_DEFAULTS, Gru4rec } from "./gru4rec.ts";
import { mean } from "./metrics.ts";
import type { Recommender } from "./model.ts";
import { Popularity } from "./popularity.ts";
import { SASREC_DEFAULTS, Sasrec } from "./sasrec.ts";
import type { LeaveOneOut } from "./sequences.ts";

export const SEQ_MODELS = ["pop", "bpr", "gru4rec", "sasrec", "sasrec_ft", "sasrec_cft"] as const;
export type SeqModel = (typeof SEQ_MODELS)[number];

/** How sasrec_ft and sasrec_cft continue from the SASRec checkpoint (both the same). */
export interface FineTuneSchedule {
  /** Fine-tuning learning rate as a share of SASRec's. */
  readonly lrScale: number;
  readonly maxEpochs: number;
  readonly patience: number;
}

/** Everything one model's training and evaluation depends on (plain data: it crosses to worker threads). */
export interface SeqJobSettings {
  readonly seed: number;
  /** Epoch cap of the trained models; early stopping on valid ends them well before it. */
  readonly maxEpochs: number;
  readonly patience: number;
  /** Reduce-on-plateau for the neural models (fit.ts): after `patience` flat epochs, back to the best and lr × factor. */
  readonly decay: { readonly factor: number; readonly times: number } | null;
  readonly fineTune: FineTuneSchedule;
  readonly cft: CftConfig;
  /** Serve-time α grid searched on valid (z_f − α·z_cf). */
  readonly alphas: readonly number[];
  /** Position the figures are reported on; `valid` is the position early stopping and α were chosen on. */
  readonly split: "valid" | "test";
}

export interface SeqJobResult {
  readonly name: SeqModel;
  /** Per-user metrics on `split`. */
  readonly metrics: UserMetrics;
  /** What was chosen on the validation position. */
  readonly valid: { ndcg10: number; epochs: number; bestEpoch: number; [k: string]: number };
  readonly seconds: number;
  /** The trained parameters (sasrec only: the fine-tunes start from them). */
  readonly params: Float32Array | null;
}

export type SeqLog = (message: string, fields?: Record<string, unknown>) => void;

/**
 * Trains one model with early stopping on valid and scores it on `split`. sasrec_ft and sasrec_cft fine-tune
 * the SASRec checkpoint `base` (as the paper fine-tunes a trained recommender) on one schedule, seed, early
 * stopping and α search. The control keeps the CFT machinery at λ = 0, which leaves the factual gradient exact
 * and the random stream identical: the two differ only in the CFT term, so extra epochs cannot pass for a CFT gain.
 */
export async function runSeqJob(name: SeqModel, loo: LeaveOneOut, s: SeqJobSettings, base: Float32Array | null, log: SeqLog): Promise<SeqJobResult> {
  const { nUsers, nItems } = loo.train;
  const t = performance.now();
  let model: Recommender & { learningRate?: number };
  let fit: Pick<FitOptions, "maxEpochs" | "patience" | "decay" | "evalFirst"> = { maxEpochs: s.maxEpochs, patience: s.patience, decay: s.decay ?? undefined };
  let tune: (() => Record<string, number>) | null = null;
  if (name === "pop") {
    model = new Popularity(nItems);
    fit = { maxEpochs: 1, patience: 1 };
  } else if (name === "bpr") model = new BprMf({ ...BPR_DEFAULTS, nUsers, nItems, seed: s.seed });
  else if (name === "gru4rec") model = new Gru4rec({ ...GRU4REC_DEFAULTS, nItems, seed: s.seed });
  else if (name === "sasrec") model = new Sasrec({ ...SASREC_DEFAULTS, nItems, seed: s.seed });
  else {
    if (!base) throw new Error(`${name} fine-tunes a trained sasrec: no checkpoint given`);
    const f = s.fineTune;
    const lambda = name === "sasrec_cft" ? s.cft.lambda : 0;
    const m = new Sasrec({ ...SASREC_DEFAULTS, nItems, seed: s.seed, lr: SASREC_DEFAULTS.lr * f.lrScale, cft: { ...s.cft, lambda } }, base);
    model = m;
    // --max-epochs caps every model, fine-tunes included (a quick run on a large set stays quick).
    fit = { maxEpochs: Math.min(f.maxEpochs, s.maxEpochs), patience: f.patience, evalFirst: true };
    tune = () => tuneAlpha(m, loo, s.alphas);
  }
  const r = await fitEarlyStopping(model, loo, {
    ...fit, seed: s.seed,
    onEpoch: (epoch, loss, valid, seconds) => log(`${name} epoch ${epoch}`, { loss: round(loss), validNdcg10: round(valid), lr: model.learningRate, seconds: round(seconds, 2) }),
  });
  const tuned = tune ? tune() : {};
  const seconds = (performance.now() - t) / 1000;
  const metrics = evaluateSplit(model, loo, s.split);
  log(`${name} done`, { trainSeconds: round(seconds, 1), bestEpoch: r.bestEpoch, ...tuned });
  const params = name === "sasrec" && model instanceof Sasrec ? model.params.data : null;
  return { name, metrics, valid: { ndcg10: tuned.validNdcg10 ?? r.validNdcg10, epochs: r.epochs, bestEpoch: r.bestEpoch, ...tuned }, seconds, params };
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

function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
