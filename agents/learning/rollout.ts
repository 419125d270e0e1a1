import type { DialogueContext } from "../dialogue/context.ts";
import { localConversation, type Pairs } from "../eval/episodes.ts";
import { Random } from "../random.ts";
import { drive } from "../simulator/drive.ts";
import { simulatedUser, type EpisodeResult } from "../simulator/user.ts";
import type { PolicyNet } from "../policies/learned.ts";
import { MAX_ACTIONS } from "./features.ts";
import type { SamplingPolicy, Trajectory } from "./sampling.ts";

/** The objective: 1 for a success, less a small cost per turn it took (AT matters too); 0 for a failure. */
export function reward(r: EpisodeResult, turnCost: number): number {
  return r.success ? 1 - turnCost * (r.turn - 2) : 0;
}

/** One simulated conversation of pair k, the user drawing from `userSeed`'s stream k. */
export function play(ctx: DialogueContext, pairs: Pairs, k: number, noise: number, userSeed: number): EpisodeResult {
  const user = simulatedUser(ctx.graph, pairs.item[k], Random.stream(userSeed, k), { noise, maxTurn: 15, critique: false });
  return drive(user, localConversation(ctx, pairs.user[k]));
}

export interface GroupStats {
  reward: number;
  success: number;
  turns: number;
}

/**
 * REINFORCE with a leave-one-out baseline: the same episode (same user draws) is played `group`
 * times with independently sampled actions; each rollout's advantage is its reward minus the
 * mean reward of the others. grad += Σ_g A_g ∇ log π(τ_g); returns the summed stats.
 */
export function playGroup(
  ctx: DialogueContext,
  policy: SamplingPolicy,
  net: PolicyNet,
  trajectories: readonly Trajectory[],
  rewards: Float64Array,
  pairs: Pairs,
  k: number,
  noise: number,
  userSeed: number,
  actionSeed: number,
  turnCost: number,
  grad: Float64Array,
  stats: GroupStats,
): void {
  const G = trajectories.length;
  let sum = 0;
  for (let g = 0; g < G; g++) {
    policy.trajectory = trajectories[g];
    policy.trajectory.reset();
    policy.rng = Random.stream(actionSeed, g);
    const r = play(ctx, pairs, k, noise, userSeed);
    rewards[g] = reward(r, turnCost);
    sum += rewards[g];
    stats.reward += rewards[g];
    stats.success += r.success ? 1 : 0;
    stats.turns += r.success ? r.turn : 15;
  }
  const z = new Float64Array(MAX_ACTIONS);
  for (let g = 0; g < G; g++) trajectories[g].addGrad(net, rewards[g] - (sum - rewards[g]) / (G - 1), grad, z);
}
