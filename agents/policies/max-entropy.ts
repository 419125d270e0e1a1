import { topMass } from "../dialogue/belief.ts";
import type { Policy } from "../dialogue/policy.ts";
import { askDecision } from "./ask.ts";
import { topQuestions } from "./questions.ts";

export interface MaxEntropyOptions {
  /** Recommend once the best slate holds this much of the belief. */
  readonly recommendAt: number;
}

/**
 * The classic baseline (EAR/CRM): ask the question with the highest belief-weighted entropy;
 * recommend once the top slate carries enough of the belief.
 */
export function maxEntropy(options: Partial<MaxEntropyOptions> = {}): Policy {
  const recommendAt = options.recommendAt ?? 0.2;
  return {
    name: "max-entropy",
    decide(ctx, state) {
      if (topMass(state, ctx.config.slateSize) >= recommendAt) return { kind: "recommend" };
      const [q] = topQuestions(ctx, state, 1);
      return q ? askDecision(q, ctx.config.questions) : { kind: "recommend" };
    },
  };
}
