import { describe, expect, it } from "vitest";
import type { SystemAct, UserAct } from "../../agents/dialogue/acts.ts";
import { createContext, type DialogueConfig } from "../../agents/dialogue/context.ts";
import type { Policy } from "../../agents/dialogue/policy.ts";
import { newDialogue, type DialogueState } from "../../agents/dialogue/state.ts";
import { turn } from "../../agents/dialogue/turn.ts";
import { cpr } from "../../agents/policies/cpr.ts";
import { policyByName } from "../../agents/policies/index.ts";
import { maxEntropy } from "../../agents/policies/max-entropy.ts";
import { popular } from "../../agents/policies/popular.ts";
import type { Graph } from "../../graph/types.ts";
import { quarterCatalog } from "./catalog.ts";

const g = quarterCatalog();
const stateRoot: UserAct = { kind: "inform", accept: [0], reject: [], stated: true };

/** A cold-start conversation (no known user) opened by stating attribute 0, held by every item. */
function start(policy: Policy, config: Partial<DialogueConfig> = {}, user = -1, graph: Graph = g) {
  const ctx = createContext(graph, null, policy, config);
  const state = newDialogue(graph.nAttributes, user);
  return { ctx, state, first: turn(ctx, state, stateRoot) };
}

function beliefOf(state: DialogueState, item: number): number {
  for (let k = 0; k < state.n; k++) if (state.cand[k] === item) return state.belief[k];
  return 0;
}

describe("policies on a hand-built catalog", () => {
  it("max-entropy asks the attribute that splits the candidates in half", () => {
    const { first } = start(maxEntropy());
    expect(first).toEqual({ kind: "ask", attribute: 1 });
  });

  it("max-entropy in choice mode offers the type whose four values split the candidates best", () => {
    const { first } = start(maxEntropy(), { questions: "choice" });
    expect(first.kind).toBe("choice");
    if (first.kind !== "choice") return;
    expect(first.type).toBe(0);
    expect([...first.options].sort()).toEqual([5, 6, 7, 8]);
  });

  it("cpr asks while 80 candidates are open; at 40 a half-split question only ties a slate, so it recommends", () => {
    const { ctx, state, first } = start(cpr());
    expect(first).toEqual({ kind: "ask", attribute: 1 });
    // Asking now costs one turn and saves one slate on average: a tie, and a slate may end the conversation.
    const second = turn(ctx, state, { kind: "inform", accept: [1], reject: [] });
    expect(second.kind).toBe("recommend");
    if (second.kind !== "recommend") return;
    expect(second.items).toHaveLength(10);
    for (const r of second.items) {
      expect(r.item).toBeLessThan(40);
      expect(r.facts).toContainEqual({ kind: "accepted", attribute: 1 });
      expect(r.probability).toBeCloseTo(1 / 40, 9);
    }
  });

  it("cpr recommends when 12 equally likely candidates remain (a question would cost more than the second slate)", () => {
    const { ctx, state } = start(cpr());
    // Items 60-71: the last quarter, minus the 10% not holding attribute 3.
    turn(ctx, state, { kind: "inform", accept: [8, 3], reject: [1, 4] });
    expect(state.n).toBe(12);
    const act = turn(ctx, state, { kind: "reject-slate", items: [] });
    expect(act.kind).toBe("recommend");
  });

  it("popular never asks and recommends the most interacted items first, then the next ones", () => {
    const { ctx, state, first } = start(popular());
    expect(first.kind).toBe("recommend");
    if (first.kind !== "recommend") return;
    const items = first.items.map((r) => r.item);
    expect(items.slice(0, 2)).toEqual([0, 1]);
    expect(items).toHaveLength(10);
    const next = turn(ctx, state, { kind: "reject-slate", items });
    if (next.kind !== "recommend") throw new Error("popular asked");
    expect(next.items.map((r) => r.item).some((i) => items.includes(i))).toBe(false);
  });

  it("a noisy 'no' lowers belief by the assumed odds instead of pruning; at noise 0 it prunes", () => {
    const noisy = start(maxEntropy(), { assumedNoise: 0.1 });
    turn(noisy.ctx, noisy.state, { kind: "inform", accept: [], reject: [1] });
    expect(noisy.state.n).toBe(80);
    expect(beliefOf(noisy.state, 0) / beliefOf(noisy.state, 79)).toBeCloseTo(1 / 9, 6);

    const exact = start(maxEntropy(), { assumedNoise: 0 });
    turn(exact.ctx, exact.state, { kind: "inform", accept: [], reject: [1] });
    expect(exact.state.n).toBe(40);
    expect(Array.from(exact.state.cand.subarray(0, exact.state.n))).toEqual(Array.from({ length: 40 }, (_, k) => 40 + k));
  });

  it("a 'less' critique of a slate keeps every item holding the attribute out, and the next act is a slate", () => {
    const { ctx, state } = start(maxEntropy(), { assumedNoise: 0.2 });
    const act = turn(ctx, state, { kind: "reject-slate", items: [], critique: { item: 0, attribute: 5, direction: "less" } });
    expect(act.kind).toBe("recommend");
    expect(Array.from(state.cand.subarray(0, state.n)).filter((i) => i < 20)).toEqual([]);
    expect(state.critiqued).toEqual({ lifted: [], unmet: [] });
    // Words covering several attributes keep all of them out.
    turn(ctx, state, { kind: "reject-slate", items: [], critique: { item: 20, attribute: 6, direction: "less", also: [7] } });
    expect(Array.from(state.cand.subarray(0, state.n)).every((i) => i >= 60)).toBe(true);
  });

  it("a 'less' critique of a stated attribute lifts it; of one every item holds, it says nothing else is left", () => {
    const { ctx, state } = start(maxEntropy());
    turn(ctx, state, { kind: "inform", accept: [1], reject: [], stated: true });
    expect(state.n).toBe(40);
    turn(ctx, state, { kind: "reject-slate", items: [], critique: { item: 0, attribute: 1, direction: "less" } });
    expect(state.stated).toEqual([0]);
    expect(state.critiqued).toEqual({ lifted: [1], unmet: [] });
    expect(Array.from(state.cand.subarray(0, state.n)).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, k) => 40 + k));
    // Every item holds attribute 0: keeping it out would leave nothing, so it stays, and the outcome says so.
    const act = turn(ctx, state, { kind: "reject-slate", items: [], critique: { item: 40, attribute: 0, direction: "less" } });
    expect(act.kind).toBe("recommend");
    expect(state.critiqued).toEqual({ lifted: [0], unmet: [0] });
    expect(state.n).toBe(40);
  });

  it("a 'more' critique keeps to the items holding one of its attributes; answers it contradicts give way", () => {
    const { ctx, state } = start(maxEntropy());
    // Yes to the third quarter, then "more of the first two": no item is in both, so the yes gives way.
    turn(ctx, state, { kind: "inform", accept: [7], reject: [] });
    expect(Array.from(state.cand.subarray(0, state.n)).every((i) => i >= 40 && i < 60)).toBe(true);
    const act = turn(ctx, state, { kind: "reject-slate", items: [], critique: { item: 40, attribute: 5, direction: "more", also: [6] } });
    expect(act.kind).toBe("recommend");
    expect(state.critiqued).toEqual({ lifted: [7], unmet: [] });
    expect(state.n).toBe(40);
    expect(Array.from(state.cand.subarray(0, state.n)).every((i) => i < 40)).toBe(true);
    // "Less" of one of them narrows the wanted set; "more" of an attribute it excluded brings it back.
    turn(ctx, state, { kind: "reject-slate", items: [], critique: { item: 0, attribute: 5, direction: "less" } });
    expect(Array.from(state.cand.subarray(0, state.n)).every((i) => i >= 20 && i < 40)).toBe(true);
    turn(ctx, state, { kind: "reject-slate", items: [], critique: { item: 20, attribute: 5, direction: "more" } });
    expect(state.critiqued).toEqual({ lifted: [5], unmet: [] });
    expect(Array.from(state.cand.subarray(0, state.n)).every((i) => i < 20)).toBe(true);
    expect(state.stated).toEqual([0, 5]);
  });

  it("never asks the same attribute twice, recommends on the last turn, then ends", () => {
    const { ctx, state, first } = start(maxEntropy({ recommendAt: 1.1 }), { assumedNoise: 0.3 });
    const asked = new Set<number>();
    let act: SystemAct = first;
    for (let t = 2; t < 15; t++) {
      expect(act.kind).toBe("ask");
      if (act.kind !== "ask") break;
      expect(asked.has(act.attribute)).toBe(false);
      asked.add(act.attribute);
      act = turn(ctx, state, { kind: "inform", accept: [], reject: [act.attribute] });
      if (act.kind === "recommend") break;
    }
    // All 8 askable attributes were asked before the turns ran out, then it must recommend.
    expect(act.kind).toBe("recommend");
    while (act.kind === "recommend") act = turn(ctx, state, { kind: "reject-slate", items: act.items.map((r) => r.item) });
    expect(act).toMatchObject({ kind: "end" });
  });

  it("the stated attribute is a hard constraint and an accepted item ends the conversation", () => {
    const { ctx, state } = start(maxEntropy());
    turn(ctx, state, { kind: "inform", accept: [4], reject: [], stated: true });
    expect(state.n).toBe(20);
    expect(turn(ctx, state, { kind: "accept-item", item: 45 })).toEqual({ kind: "end", reason: "accepted", item: 45 });
  });

  it("a known user is not recommended the items they already interacted with", () => {
    const { state, first } = start(popular(), {}, 0);
    const seen = new Set(Array.from(g.userItems.ids.subarray(g.userItems.offsets[0], g.userItems.offsets[1])));
    expect(seen.size).toBeGreaterThan(5);
    expect(state.n).toBe(80 - seen.size);
    if (first.kind !== "recommend") throw new Error("popular asked");
    for (const r of first.items) expect(seen.has(r.item)).toBe(false);
  });

  it("policies are picked by name and unknown names are refused", () => {
    expect(policyByName("cpr").name).toBe("cpr");
    expect(policyByName("max-entropy").name).toBe("max-entropy");
    expect(policyByName("popular").name).toBe("popular");
    expect(() => policyByName("toString")).toThrow(/unknown policy/);
  });
});
