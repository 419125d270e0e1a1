import type { Policy } from "../dialogue/policy.ts";
import { askDecision } from "../policies/ask.ts";
import type { PolicyNet } from "../policies/learned.ts";
import type { Random } from "../random.ts";
import { extractActions, INPUTS, MAX_ACTIONS, newActionSet } from "./features.ts";
import { addLogProbGrad, logits, softmax } from "./network.ts";

/** One rollout's decisions: each step's feature rows, action count and sampled action. */
export class Trajectory {
  steps = 0;
  x = new Float64Array(16 * MAX_ACTIONS * INPUTS);
  readonly n = new Int32Array(64);
  readonly chosen = new Int32Array(64);
  readonly offset = new Int32Array(64);
  private used = 0;

  reset(): void {
    this.steps = 0;
    this.used = 0;
  }

  record(x: Float64Array, n: number, chosen: number): void {
    const size = n * INPUTS;
    if (this.used + size > this.x.length) {
      const grown = new Float64Array(2 * (this.used + size));
      grown.set(this.x.subarray(0, this.used));
      this.x = grown;
    }
    this.x.set(x.subarray(0, size), this.used);
    this.offset[this.steps] = this.used;
    this.n[this.steps] = n;
    this.chosen[this.steps++] = chosen;
    this.used += size;
  }

  /** grad += advantage · Σ_t ∇ log π(a_t | s_t) under `net` (the parameters it was played with). */
  addGrad(net: PolicyNet, advantage: number, grad: Float64Array, z: Float64Array): void {
    if (advantage === 0) return;
    for (let t = 0; t < this.steps; t++) {
      const x = this.x.subarray(this.offset[t], this.offset[t] + this.n[t] * INPUTS);
      logits(net.shape, net.params, x, this.n[t], z);
      softmax(z, this.n[t]);
      addLogProbGrad(net.shape, net.params, x, this.n[t], z, this.chosen[t], advantage, grad);
    }
  }
}

/** The training-time policy: samples from the softmax of the net's logits and records what it saw. */
export interface SamplingPolicy extends Policy {
  rng: Random;
  trajectory: Trajectory;
}

export function samplingPolicy(net: PolicyNet, rng: Random, trajectory: Trajectory): SamplingPolicy {
  const actions = newActionSet();
  const z = new Float64Array(MAX_ACTIONS);
  const self: SamplingPolicy = {
    name: "learned",
    rng,
    trajectory,
    decide(ctx, state) {
      extractActions(ctx, state, actions);
      logits(net.shape, net.params, actions.x, actions.n, z);
      softmax(z, actions.n);
      let u = self.rng.next();
      let a = 0;
      while (a < actions.n - 1 && u >= z[a]) u -= z[a++];
      self.trajectory.record(actions.x, actions.n, a);
      return a === 0 ? { kind: "recommend" } : askDecision(actions.questions[a - 1], ctx.config.questions);
    },
  };
  return self;
}
