import { loadGraph } from "../../graph/workspace.ts";
import type { PolicyNet } from "../policies/learned.ts";
import { Random } from "../random.ts";
import { ensurePreference, VARIANTS } from "../ranking/preference-store.ts";
import { trainPreference } from "../ranking/preference-train.ts";
import { Adam } from "./adam.ts";
import { localBackend, workerBackend, type Backend } from "./backend.ts";
import { CPR_GAIN, INPUTS } from "./features.ts";
import { DEFAULT_FOLD, makeFold, type FoldOptions } from "./fold.ts";
import { initParams } from "./network.ts";
import type { ShardSettings, ValidSums } from "./shard.ts";
import type { LearnedInfo } from "./store.ts";

export interface TrainPolicyOptions {
  readonly workspace: string;
  readonly questions: "yesno" | "choice";
  readonly noises?: readonly number[];
  readonly epochs?: number;
  /** Episodes per gradient step. */
  readonly batch?: number;
  readonly group?: number;
  readonly rate?: number;
  readonly hidden?: number;
  readonly fold?: FoldOptions;
  readonly seed?: number;
  readonly turnCost?: number;
  readonly validStride?: number;
  /** Worker threads; 1 plays everything in this thread. */
  readonly workers?: number;
  /** Train on the first N held-out episodes only (quick runs and tests). */
  readonly maxEpisodes?: number;
  /** Epochs of the fold preference model (the workspace default when unset). */
  readonly foldEpochs?: number;
  /** Start from path reasoning's decision rule ("cpr") or from a uniform policy ("zero"). */
  readonly init?: "cpr" | "zero";
  readonly onPhase?: (message: string) => void;
  readonly onStart?: (steps: number) => void;
  readonly onStep?: (epoch: number, step: number, meanReward: number) => void;
  readonly onEpoch?: (epoch: number, valid: LearnedInfo["valid"], kept: boolean) => void;
}

export interface TrainedPolicy {
  readonly net: PolicyNet;
  readonly info: LearnedInfo;
  /** Mean training reward per epoch (the sampling policy on the fold). */
  readonly trainReward: number[];
}

/** Weight of the lookahead gain in the untrained policy: sharp enough to follow it, soft enough to explore. */
const GAIN_WEIGHT = 10;

/**
 * Policy gradient against the simulated user: each epoch plays every held-out train pair once
 * (flip rates dealt round-robin) in groups of `group` rollouts for the leave-one-out baseline,
 * one Adam step per batch. After each epoch the greedy policy plays a fixed slice of the valid
 * split at every flip rate; the parameters with the best mean valid reward are kept (the
 * untrained policy included, so training never returns something worse on valid).
 */
export async function trainPolicy(o: TrainPolicyOptions): Promise<TrainedPolicy> {
  const started = performance.now();
  const noises = o.noises ?? [0, 0.1, 0.2];
  const seed = o.seed ?? 1;
  if ((o.group ?? 4) < 2) throw new RangeError("a group needs at least 2 rollouts (the baseline leaves one out)");
  const settings: ShardSettings = {
    workspace: o.workspace,
    questions: o.questions,
    noises,
    shape: { inputs: INPUTS, hidden: o.hidden ?? 16 },
    fold: o.fold ?? DEFAULT_FOLD,
    seed,
    group: o.group ?? 4,
    turnCost: o.turnCost ?? 0.01,
    validStride: o.validStride ?? 4,
  };
  const g = loadGraph(o.workspace);
  o.onPhase?.("preference model");
  const { model } = ensurePreference(o.workspace, g);
  const fold = makeFold(g, seed, settings.fold);
  o.onPhase?.(`fold preference model (${fold.pairs.user.length} held-out train pairs as episodes)`);
  // The fold model takes the form (variant) and the profile weight the workspace's own model was selected with.
  const form = (model.info.variant && VARIANTS[model.info.variant]) || {};
  const fitted = trainPreference(fold.graph, { ...form, seed, ...(o.foldEpochs ? { epochs: o.foldEpochs } : {}) });
  const foldModel = { ...fitted, info: { ...fitted.info, profileWeight: model.info.profileWeight } };
  const workers = Math.max(1, o.workers ?? 1);
  const backend: Backend = workers === 1 ? localBackend(settings, g, model, foldModel) : await workerBackend(settings, foldModel, workers);
  try {
    const params = initParams(settings.shape, seed, o.init === "zero" ? -1 : CPR_GAIN, GAIN_WEIGHT);
    const nEpisodes = Math.min(fold.pairs.user.length, o.maxEpisodes ?? Infinity);
    const batch = Math.max(1, Math.min(o.batch ?? 64, nEpisodes));
    const epochs = o.epochs ?? 6;
    const steps = Math.ceil(nEpisodes / batch);
    const adam = new Adam(params.length, o.rate ?? 0.01);
    o.onPhase?.("validating the untrained policy");
    let best = summarize(await backend.validate(params), noises);
    let bestScore = score(best);
    let bestParams = params.slice();
    let bestEpoch = 0;
    o.onEpoch?.(0, best, true);
    o.onStart?.(epochs * steps);
    const trainReward: number[] = [];
    const order = new Int32Array(nEpisodes);
    for (let k = 0; k < nEpisodes; k++) order[k] = k;
    for (let epoch = 1; epoch <= epochs; epoch++) {
      new Random(seed + epoch).shuffle(order);
      let sum = 0;
      for (let step = 0; step < steps; step++) {
        const episodes = order.slice(step * batch, Math.min(nEpisodes, (step + 1) * batch));
        const noiseIndex = Uint8Array.from(episodes, (k) => (k + epoch) % noises.length);
        const { grad, stats } = await backend.train(params, epoch, episodes, noiseIndex);
        const rollouts = episodes.length * settings.group;
        for (let k = 0; k < grad.length; k++) grad[k] /= rollouts;
        adam.step(params, grad);
        sum += stats.reward;
        o.onStep?.(epoch, step + 1, stats.reward / rollouts);
      }
      trainReward.push(sum / (nEpisodes * settings.group));
      const valid = summarize(await backend.validate(params), noises);
      const s = score(valid);
      const kept = s > bestScore;
      if (kept) {
        best = valid;
        bestScore = s;
        bestParams = params.slice();
        bestEpoch = epoch;
      }
      o.onEpoch?.(epoch, valid, kept);
    }
    const info: LearnedInfo = {
      questions: o.questions,
      noises,
      seed,
      epochs,
      bestEpoch,
      episodes: nEpisodes,
      seconds: (performance.now() - started) / 1000,
      valid: best,
      graphCreatedAt: g.manifest.createdAt,
    };
    return { net: { shape: settings.shape, params: bestParams }, info, trainReward };
  } finally {
    await backend.close();
  }
}

function summarize(v: ValidSums, noises: readonly number[]): LearnedInfo["valid"] {
  return noises.map((noise, e) => ({
    noise,
    sr15: v.success[e] / v.episodes[e],
    at: v.turns[e] / v.episodes[e],
    reward: v.reward[e] / v.episodes[e],
  }));
}

/** Selection score: the mean valid reward over the flip rates. */
function score(valid: LearnedInfo["valid"]): number {
  return valid.reduce((s, v) => s + v.reward, 0) / valid.length;
}
