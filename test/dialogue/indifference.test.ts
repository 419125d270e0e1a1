import { beforeAll, describe, expect, it } from "vitest";
import type { SystemAct, UserAct } from "../../agents/dialogue/acts.ts";
import { createContext, type DialogueContext } from "../../agents/dialogue/context.ts";
import { newDialogue, type DialogueState } from "../../agents/dialogue/state.ts";
import { turn } from "../../agents/dialogue/turn.ts";
import { cpr } from "../../agents/policies/cpr.ts";
import { loadGraph } from "../../graph/workspace.ts";
import type { Graph } from "../../graph/types.ts";
import { prepareWorkspace } from "../server/helpers.ts";

/** "Doesn't matter" on MovieLens-small: the attribute (or type) is never asked again and the belief does not move. */
let g: Graph;
beforeAll(async () => {
  g = loadGraph(await prepareWorkspace());
}, 120_000);

function open(questions: "yesno" | "choice"): { ctx: DialogueContext; state: DialogueState; first: SystemAct } {
  const ctx = createContext(g, null, cpr(), { questions, assumedNoise: 0.1 });
  const state = newDialogue(g.nAttributes);
  const opening: UserAct = { kind: "inform", accept: [g.attrName.indexOf("Comedy")], reject: [], stated: true };
  return { ctx, state, first: turn(ctx, state, opening) };
}

/** Everything the belief is made of, copied. */
function belief(s: DialogueState) {
  return {
    n: s.n,
    cand: Array.from(s.cand.subarray(0, s.n)),
    evidence: Array.from(s.evidence.subarray(0, s.n)),
    score: Array.from(s.score.subarray(0, s.n)),
    belief: Array.from(s.belief.subarray(0, s.n)),
    order: Array.from(s.order.subarray(0, s.n)),
    accepted: [...s.accepted],
    rejected: [...s.rejected],
    answers: s.answers.length,
  };
}

describe("indifference", () => {
  it("to a yes/no question: the belief stays exactly as it was, and that attribute is never asked again", () => {
    const { ctx, state, first } = open("yesno");
    expect(first.kind).toBe("ask");
    const asked: number[] = [];
    let act = first;
    for (let t = 0; t < 8; t++) {
      expect(act.kind, `turn ${t}`).toBe("ask");
      const attribute = (act as { attribute: number }).attribute;
      expect(asked).not.toContain(attribute);
      asked.push(attribute);
      const before = belief(state);
      act = turn(ctx, state, { kind: "indifferent", attribute });
      expect(belief(state)).toEqual(before);
    }
  });

  it("to a choice: no later choice offers that attribute type, and the belief stays exactly as it was", () => {
    const { ctx, state, first } = open("choice");
    expect(first.kind).toBe("choice");
    const type = (first as { type: number }).type;
    const before = belief(state);
    let act = turn(ctx, state, { kind: "indifferent", type });
    expect(belief(state)).toEqual(before);
    // Rejecting every option narrows the candidates until cpr recommends, after 4 more choices here.
    for (let t = 0; t < 4; t++) {
      expect(act.kind, `turn ${t}`).toBe("choice");
      const c = act as { readonly type: number; readonly options: readonly number[] };
      expect(g.typeNames[c.type]).not.toBe(g.typeNames[type]);
      act = turn(ctx, state, { kind: "inform", accept: [], reject: [...c.options] });
    }
  });
});
