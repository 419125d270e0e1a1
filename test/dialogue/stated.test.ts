import { describe, expect, it } from "vitest";
import { createContext } from "../../agents/dialogue/context.ts";
import { newDialogue, ranked } from "../../agents/dialogue/state.ts";
import { turn } from "../../agents/dialogue/turn.ts";
import { cpr } from "../../agents/policies/cpr.ts";
import { rowHas } from "../../graph/types.ts";
import { attr, movieLens } from "../language/fixtures.ts";

/**
 * Attributes stated together on the real MovieLens-small graph: those that leave at least a slate are kept to,
 * the most held first; one that would leave less ("silly comedies": two comedies are tagged silly) leans the
 * belief instead of starving the conversation.
 */
const { graph: g } = movieLens();
const comedy = attr(g, "Comedy");
const romance = attr(g, "Romance");
const silly = attr(g, "silly", "tag");
const classic = attr(g, "classic", "tag");
const blackAndWhite = attr(g, "black and white", "tag");
const holds = (i: number, a: number) => rowHas(g.itemAttrs, i, a);

function stated(accept: number[]) {
  const ctx = createContext(g, null, cpr());
  const state = newDialogue(g.nAttributes);
  const act = turn(ctx, state, { kind: "inform", accept, reject: [], stated: true });
  return { state, act, candidates: Array.from(state.cand.subarray(0, state.n)) };
}

describe("stated attributes too few items hold together", () => {
  it("'silly comedies': every comedy stays a candidate, the silly ones rank first, and the reply is told", () => {
    const sillyComedies = g.itemTitle.map((_, i) => i).filter((i) => holds(i, comedy) && holds(i, silly));
    expect(sillyComedies.length).toBeGreaterThan(0);
    expect(sillyComedies.length).toBeLessThan(10);
    const { state, act, candidates } = stated([silly, comedy]);
    expect(act.kind).not.toBe("end");
    expect(candidates.length).toBeGreaterThan(100);
    expect(candidates.every((i) => holds(i, comedy))).toBe(true);
    expect(state.stated).toEqual([comedy]);
    expect(state.critiqued).toEqual({ lifted: [], unmet: [silly] });
    const top = Array.from({ length: sillyComedies.length }, (_, r) => ranked(state, r));
    expect(top.sort((a, b) => a - b)).toEqual(sillyComedies);
  });

  it("'black and white romance classics': romance holds, the two rare tags lean, nothing ends", () => {
    const { state, act, candidates } = stated([blackAndWhite, romance, classic]);
    expect(act.kind).not.toBe("end");
    expect(candidates.every((i) => holds(i, romance))).toBe(true);
    expect(state.stated).toEqual([romance]);
    expect([...(state.critiqued?.unmet ?? [])].sort()).toEqual([classic, blackAndWhite].sort());
    expect(holds(ranked(state, 0), classic) || holds(ranked(state, 0), blackAndWhite)).toBe(true);
  });

  it("'epic movies? The Lord of the Rings is my favorite': a wish less than a slate holds leans beside the film, whose sequels come through", () => {
    const epic = attr(g, "epic", "tag");
    const epics = g.itemTitle.map((_, i) => i).filter((i) => holds(i, epic));
    expect(epics.length).toBeLessThan(10);
    const fellowship = g.itemTitle.indexOf("Lord of the Rings: The Fellowship of the Ring, The (2001)");
    const ctx = createContext(g, null, cpr());
    const state = newDialogue(g.nAttributes);
    const act = turn(ctx, state, { kind: "inform-items", liked: [fellowship], disliked: [], mentioned: [], accept: [epic], reject: [], stated: true, show: true });
    expect(act.kind).toBe("recommend");
    expect(state.stated).toEqual([]);
    expect(state.critiqued).toEqual({ lifted: [], unmet: [epic] });
    // The first slate: every epic film, then the nearest others (the film's sequels among them).
    const slate = act.kind === "recommend" ? act.items.map((r) => r.item) : [];
    expect(slate).toHaveLength(10);
    expect(slate.slice(0, epics.length).sort((a, b) => a - b)).toEqual(epics);
    expect(state.n).toBeGreaterThan(1000);
    const twoTowers = g.itemTitle.indexOf("Lord of the Rings: The Two Towers, The (2002)");
    expect(Array.from({ length: 30 }, (_, r) => ranked(state, r))).toContain(twoTowers);
    // Alone, the same wish is kept to: its few films are what was asked for (test/server/understood.test.ts).
    expect(stated([epic]).candidates.every((i) => holds(i, epic))).toBe(true);
  });

  it("attributes that leave a slate together are all kept to", () => {
    const nineties = attr(g, "1990s", "decade");
    const { state, candidates } = stated([comedy, nineties]);
    expect(state.stated.sort()).toEqual([comedy, nineties].sort());
    expect(state.critiqued).toBeNull();
    expect(candidates.every((i) => holds(i, comedy) && holds(i, nineties))).toBe(true);
  });
});
