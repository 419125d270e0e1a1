import { splitPairs, type Pairs } from "../eval/episodes.ts";
import { createContext, type DialogueContext } from "../dialogue/context.ts";
import type { Graph } from "../../graph/types.ts";
import { learned, type PolicyNet } from "../policies/learned.ts";
import type { PreferenceModel } from "../ranking/preference.ts";
import { Random } from "../random.ts";
import { makeFold, type FoldOptions } from "./fold.ts";
import { paramCount, type NetShape } from "./network.ts";
import { play, playGroup, reward, type GroupStats } from "./rollout.ts";
import { samplingPolicy, Trajectory, type SamplingPolicy } from "./sampling.ts";

/** Plain-data settings of a training run, shared by the main thread and the workers. */
export interface ShardSettings {
  readonly workspace: string;
  readonly questions: "yesno" | "choice";
  /** Flip rates trained (and validated) on. */
  readonly noises: readonly number[];
  readonly shape: NetShape;
  readonly fold: FoldOptions;
  readonly seed: number;
  /** Rollouts per episode (the leave-one-out baseline needs at least 2). */
  readonly group: number;
  readonly turnCost: number;
  /** Validation plays every `validStride`-th valid pair at each flip rate. */
  readonly validStride: number;
}

/** Per-flip-rate validation sums: reward, successes, turns (failures count 15), episodes. */
export interface ValidSums {
  readonly reward: Float64Array;
  readonly success: Float64Array;
  readonly turns: Float64Array;
  readonly episodes: Float64Array;
}

/**
 * One thread's share of training: conversations on the fold (held-out train pairs against the
 * fold preference model) with the sampling policy, and greedy validation conversations on the
 * valid split against the workspace's own preference model.
 */
export class Shard {
  readonly episodes: Pairs;
  private readonly net: PolicyNet;
  private readonly trainCtx: DialogueContext[];
  private readonly validCtx: DialogueContext[];
  private readonly valid: Pairs;
  private readonly policy: SamplingPolicy;
  private readonly trajectories: Trajectory[];
  private readonly rewards: Float64Array;

  constructor(
    private readonly s: ShardSettings,
    g: Graph,
    model: PreferenceModel,
    foldModel: PreferenceModel,
  ) {
    const fold = makeFold(g, s.seed, s.fold);
    this.episodes = fold.pairs;
    this.net = { shape: s.shape, params: new Float64Array(paramCount(s.shape)) };
    this.trajectories = Array.from({ length: s.group }, () => new Trajectory());
    this.rewards = new Float64Array(s.group);
    this.policy = samplingPolicy(this.net, new Random(s.seed), this.trajectories[0]);
    const greedy = learned(() => this.net);
    this.trainCtx = s.noises.map((e) => createContext(fold.graph, foldModel, this.policy, { questions: s.questions, assumedNoise: e }));
    this.validCtx = s.noises.map((e) => createContext(g, model, greedy, { questions: s.questions, assumedNoise: e }));
    this.valid = splitPairs(g, "valid");
  }

  /** Σ over the listed episodes of the group gradient, with the parameters `params`. */
  train(params: Float64Array, epoch: number, episodes: Int32Array, noiseIndex: Uint8Array, grad: Float64Array, stats: GroupStats): void {
    this.net.params.set(params);
    const userSeed = (this.s.seed * 1000003 + epoch) >>> 0;
    for (let j = 0; j < episodes.length; j++) {
      const k = episodes[j];
      const e = noiseIndex[j];
      const actionSeed = (Random.stream(userSeed, k).next() * 4294967296) >>> 0;
      playGroup(this.trainCtx[e], this.policy, this.net, this.trajectories, this.rewards, this.episodes, k, this.s.noises[e], userSeed, actionSeed, this.s.turnCost, grad, stats);
    }
  }

  /** Greedy conversations on valid pairs first, first + stride·validStride, … at every flip rate. */
  validate(params: Float64Array, first: number, stride: number): ValidSums {
    this.net.params.set(params);
    const L = this.s.noises.length;
    const out: ValidSums = { reward: new Float64Array(L), success: new Float64Array(L), turns: new Float64Array(L), episodes: new Float64Array(L) };
    const step = this.s.validStride;
    for (let e = 0; e < L; e++) {
      for (let k = first * step; k < this.valid.user.length; k += stride * step) {
        const r = play(this.validCtx[e], this.valid, k, this.s.noises[e], this.s.seed);
        out.reward[e] += reward(r, this.s.turnCost);
        out.success[e] += r.success ? 1 : 0;
        out.turns[e] += r.success ? r.turn : 15;
        out.episodes[e]++;
      }
    }
    return out;
  }
}
