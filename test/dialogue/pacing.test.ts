import { describe, expect, it } from "vitest";
import type { SystemAct } from "../../agents/dialogue/acts.ts";
import { createContext } from "../../agents/dialogue/context.ts";
import { newDialogue } from "../../agents/dialogue/state.ts";
import { turn } from "../../agents/dialogue/turn.ts";
import { cpr } from "../../agents/policies/cpr.ts";
import { movieLens } from "../language/fixtures.ts";

/**
 * A conversation without a last turn (a person's, `serve` without --max-turns) never ends for its length, and is
 * paced as the simulated protocol is: a slate by the fifteenth turn since the latest one, however the answers go.
 */
const { graph: g } = movieLens();

describe("a conversation without a last turn", () => {
  it("runs past the protocol's fifteen turns and shows a slate at least every fourteen acts, answered 'no' to every question", () => {
    const ctx = createContext(g, null, cpr(), { maxTurns: Infinity });
    const state = newDialogue(g.nAttributes);
    let act: SystemAct = turn(ctx, state, { kind: "indifferent" });
    const kinds: string[] = [];
    for (let t = 0; t < 40; t++) {
      kinds.push(act.kind);
      expect(act.kind, `act ${t}`).not.toBe("end");
      act =
        act.kind === "ask"
          ? turn(ctx, state, { kind: "inform", accept: [], reject: [act.attribute] })
          : act.kind === "recommend"
            ? turn(ctx, state, { kind: "reject-slate", items: act.items.map((r) => r.item), show: true })
            : turn(ctx, state, { kind: "inform", accept: [], reject: act.kind === "choice" ? act.options : [] });
    }
    const runs = kinds.join(" ").split("recommend").map((run) => run.trim().split(/\s+/).filter(Boolean).length);
    expect(kinds.filter((k) => k === "recommend").length).toBeGreaterThan(2);
    expect(Math.max(...runs)).toBeLessThanOrEqual(13);
  });

  it("ends at the last turn when there is one, as simulated conversations do", () => {
    const ctx = createContext(g, null, cpr(), { maxTurns: 15 });
    const state = newDialogue(g.nAttributes);
    let act: SystemAct = turn(ctx, state, { kind: "indifferent" });
    for (let t = 0; t < 20 && act.kind !== "end"; t++) {
      act = act.kind === "recommend" ? turn(ctx, state, { kind: "reject-slate", items: act.items.map((r) => r.item) }) : turn(ctx, state, { kind: "inform", accept: [], reject: act.kind === "ask" ? [act.attribute] : [] });
    }
    expect(act).toEqual({ kind: "end", reason: "max-turns" });
  });
});
