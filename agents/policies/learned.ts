import type { Policy } from "../dialogue/policy.ts";
import { extractActions, MAX_ACTIONS, newActionSet } from "../learning/features.ts";
import { logits, type NetShape } from "../learning/network.ts";
import { askDecision } from "./ask.ts";

/** A trained action scorer. */
export interface PolicyNet {
  readonly shape: NetShape;
  readonly params: Float64Array;
}

/** The net for a question form and the flip rate the belief assumes. */
export type NetPicker = (questions: "yesno" | "choice", assumedNoise: number) => PolicyNet;

/**
 * The policy learned against the simulated user (agents/learning/): each turn it scores
 * "recommend" and the shortlisted questions from the state's features and takes the best.
 * Buffers are reused across turns (decisions run one at a time per thread).
 */
export function learned(pick: NetPicker): Policy {
  const actions = newActionSet();
  const z = new Float64Array(MAX_ACTIONS);
  return {
    name: "learned",
    decide(ctx, state) {
      const net = pick(ctx.config.questions, ctx.config.assumedNoise);
      extractActions(ctx, state, actions);
      logits(net.shape, net.params, actions.x, actions.n, z);
      let best = 0;
      for (let a = 1; a < actions.n; a++) if (z[a] > z[best]) best = a;
      return best === 0 ? { kind: "recommend" } : askDecision(actions.questions[best - 1], ctx.config.questions);
    },
  };
}
