import { describe, expect, it } from "vitest";
import { REPLY_EXAMPLES } from "../../agents/language/reply-examples.ts";
import { ReplyClassifier, features } from "../../agents/language/reply-kind.ts";

/** The kinds server/interpret.ts acts on when the rules read nothing, and how sure a guess must be. */
const ACTED = new Set(["more", "why", "show", "indifferent", "undo", "restart"]);
const SURE = 0.99;

describe("the reply classifier", () => {
  it("reads words and word pairs, the same however the message is typed", () => {
    expect(features("Start OVER!")).toEqual(["start", "over", "start_over"]);
    expect(features("can't")).toEqual(features("cant"));
  });

  it("guesses the kinds it is acted on right at least 95% of the time when sure, on replies it did not learn from", () => {
    // 5-fold cross-validation over the labelled replies, in a fixed order.
    let right = 0;
    let sure = 0;
    for (let fold = 0; fold < 5; fold++) {
      const model = new ReplyClassifier(REPLY_EXAMPLES.filter((_, i) => i % 5 !== fold));
      REPLY_EXAMPLES.forEach((r, i) => {
        if (i % 5 !== fold) return;
        const g = model.guess(r.text);
        if (g.confidence < SURE || !ACTED.has(g.kind)) return;
        sure++;
        if (g.kind === r.kind || (g.kind === "more" && r.kind === "liked-all")) right++;
      });
    }
    expect(sure).toBeGreaterThan(200);
    expect(right / sure).toBeGreaterThanOrEqual(0.95);
  });
});
