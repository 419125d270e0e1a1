import { Random } from "../random.ts";
import type { Recommender } from "./model.ts";
import { evaluateSplit } from "./evaluate.ts";
import { mean } from "./metrics.ts";
import type { LeaveOneOut } from "./sequences.ts";

export interface FitOptions {
  readonly maxEpochs: number;
  /** Stop after this many epochs without a better validation NDCG@10. */
  readonly patience: number;
  readonly seed: number;
  /** Score the model on valid before any training, so "no training" can win (fine-tuning from a checkpoint). */
  readonly evalFirst?: boolean;
  /**
   * Reduce-on-plateau: when valid has not improved for `patience` epochs, go back to the best parameters and
   * multiply the learning rate by `factor`, up to `times` times; only then stop. Needs a model with `learningRate`.
   */
  readonly decay?: { readonly factor: number; readonly times: number };
  readonly onEpoch?: (epoch: number, loss: number, validNdcg10: number, seconds: number) => void;
}

export interface FitResult {
  readonly epochs: number;
  readonly bestEpoch: number;
  readonly validNdcg10: number;
  readonly seconds: number;
}

/** Trains with early stopping on validation NDCG@10 and leaves the model at its best epoch's parameters. */
export async function fitEarlyStopping(model: Recommender & { params?: { data: Float32Array }; learningRate?: number }, loo: LeaveOneOut, o: FitOptions): Promise<FitResult> {
  const rng = new Random(o.seed);
  const t0 = performance.now();
  let best = -1;
  let bestEpoch = 0;
  let bestParams: Float32Array | null = null;
  let epoch = 0;
  let decays = 0;
  let plateauFrom = 0;
  const lr0 = model.learningRate;
  if (o.evalFirst) {
    best = mean(evaluateSplit(model, loo, "valid").ndcg10);
    if (model.params) bestParams = model.params.data.slice();
  }
  while (epoch < o.maxEpochs) {
    epoch++;
    const te = performance.now();
    const loss = model.trainEpoch(loo.train, rng);
    const v = mean(evaluateSplit(model, loo, "valid").ndcg10);
    o.onEpoch?.(epoch, loss, v, (performance.now() - te) / 1000);
    // let the event loop run between epochs: asynchronous log writes and progress reach the terminal
    await new Promise((resolve) => setImmediate(resolve));
    if (v > best) {
      best = v;
      bestEpoch = epoch;
      if (model.params) bestParams = model.params.data.slice();
    } else if (epoch - Math.max(bestEpoch, plateauFrom) >= o.patience) {
      if (!o.decay || decays >= o.decay.times || model.learningRate === undefined || !model.params) break;
      if (bestParams) model.params.data.set(bestParams);
      model.learningRate *= o.decay.factor;
      decays++;
      plateauFrom = epoch;
    }
  }
  if (bestParams && model.params) model.params.data.set(bestParams);
  if (lr0 !== undefined) model.learningRate = lr0;
  return { epochs: epoch, bestEpoch, validNdcg10: best, seconds: (performance.now() - t0) / 1000 };
}
