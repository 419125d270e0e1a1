import { turnsLeft } from "../dialogue/context.ts";
import type { Policy } from "../dialogue/policy.ts";
import { askDecision } from "./ask.ts";
import { askValues, recommendValue } from "./lookahead.ts";
import { topQuestions } from "./questions.ts";

export interface CprOptions {
  /** Questions (by propagated entropy) whose answers are looked ahead each turn. */
  readonly shortlist: number;
  /** Value lost per turn a success waits: trades success rate against turns. */
  readonly turnCost: number;
  /** Most slates the lookahead plays out (bounds its cost early in a conversation). */
  readonly horizon: number;
}

/**
 * SCPR-style path reasoning: the dialogue is a walk on the user-item-attribute graph. Item
 * beliefs come from the user (the preference model) and the attributes accepted so far; they
 * propagate to the attributes the candidates hold, which shortlists the questions. The
 * ask-or-recommend choice (SCPR's learned decision) is a one-step lookahead on the belief:
 * ask the shortlisted question whose answers most raise the (turn-discounted) chance that the
 * following slates hold the target, unless recommending now is worth more.
 */
export function cpr(options: Partial<CprOptions> = {}): Policy {
  const shortlist = options.shortlist ?? 3;
  const turnCost = options.turnCost ?? 0.02;
  const horizon = options.horizon ?? 14;
  return {
    name: "cpr",
    decide(ctx, state) {
      const left = Math.min(turnsLeft(ctx.config, state), horizon);
      const questions = topQuestions(ctx, state, shortlist);
      const now = recommendValue(ctx, state, left, turnCost);
      const values = askValues(ctx, state, questions.map((q) => q.options), left - 1, turnCost);
      let best = -1;
      let bestValue = now;
      for (let q = 0; q < questions.length; q++) {
        const v = values[q];
        if (v > bestValue) {
          bestValue = v;
          best = q;
        }
      }
      return best < 0 ? { kind: "recommend" } : askDecision(questions[best], ctx.config.questions);
    },
  };
}
