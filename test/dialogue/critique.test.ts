import { describe, expect, it } from "vitest";
import { createContext } from "../../agents/dialogue/context.ts";
import { newDialogue } from "../../agents/dialogue/state.ts";
import { turn } from "../../agents/dialogue/turn.ts";
import { cpr } from "../../agents/policies/cpr.ts";
import { rowHas } from "../../graph/types.ts";
import { attr, item, movieLens } from "../language/fixtures.ts";

/**
 * A critique that lifts what the user asked for rebuilds the candidates on the real MovieLens-small graph:
 * what still stands (the other stated attribute, the answers, the films named, the slates turned down)
 * applies to the rebuilt set as it did before.
 */
const { graph: g } = movieLens();
const comedy = attr(g, "Comedy");
const children = attr(g, "Children");
const animation = attr(g, "Animation");
const nineties = attr(g, "1990s", "decade");
const eighties = attr(g, "1980s", "decade");

function opened() {
  const ctx = createContext(g, null, cpr());
  const state = newDialogue(g.nAttributes);
  const toyStory = item(g, "Toy Story (1995)");
  turn(ctx, state, { kind: "inform-items", liked: [toyStory], disliked: [], mentioned: [], accept: [comedy, children], reject: [], stated: true });
  turn(ctx, state, { kind: "inform", accept: [], reject: [animation] });
  turn(ctx, state, { kind: "inform", accept: [nineties], reject: [] });
  const candidates = () => Array.from(state.cand.subarray(0, state.n));
  return { ctx, state, toyStory, candidates };
}

describe("a critique on the MovieLens-small graph", () => {
  it("a chip taken back lifts every reading of its name: 'less romance' kept out the genre and the tag, taking back the genre brings back both", () => {
    const ctx = createContext(g, null, cpr());
    const state = newDialogue(g.nAttributes);
    const romance = attr(g, "Romance");
    const romanceTag = attr(g, "romance", "tag");
    turn(ctx, state, { kind: "inform", accept: [comedy], reject: [], stated: true });
    const candidates = () => Array.from(state.cand.subarray(0, state.n));
    const slate = candidates().slice(0, 10);
    turn(ctx, state, { kind: "reject-slate", items: slate, critique: { item: slate[0], attribute: romance, direction: "less", also: [romanceTag] } });
    // The comedies tagged "romance" ("(500) Days of Summer", ...) are out with the genre.
    const tagged = candidates().filter((i) => rowHas(g.itemAttrs, i, romanceTag));
    expect(tagged).toEqual([]);
    turn(ctx, state, { kind: "retract", attribute: romance, said: "rejected" });
    expect(state.excluded).not.toContain(romanceTag);
    expect(state.rejected).not.toContain(romanceTag);
    expect(candidates()).toContain(item(g, "(500) Days of Summer (2009)"));
    expect(candidates().filter((i) => rowHas(g.itemAttrs, i, romance)).length).toBeGreaterThan(100);
  });

  it("'less Children' after asking for it: no Children, still comedies, the no to Animation and the film named still hold", () => {
    const { ctx, state, toyStory, candidates } = opened();
    const slate = candidates().slice(0, 10);
    expect(candidates().every((i) => rowHas(g.itemAttrs, i, children))).toBe(true);
    const act = turn(ctx, state, { kind: "reject-slate", items: slate, critique: { item: slate[0], attribute: children, direction: "less" } });
    expect(act.kind).toBe("recommend");
    expect(state.critiqued).toEqual({ lifted: [children], unmet: [] });
    const now = candidates();
    expect(now.length).toBeGreaterThan(100);
    expect(now.filter((i) => rowHas(g.itemAttrs, i, children))).toEqual([]);
    expect(now.every((i) => rowHas(g.itemAttrs, i, comedy))).toBe(true);
    // The answers are evidence again over the rebuilt set: at noise 0 a no to Animation and a yes to the 1990s prune.
    expect(now.filter((i) => rowHas(g.itemAttrs, i, animation))).toEqual([]);
    expect(now.every((i) => rowHas(g.itemAttrs, i, nineties))).toBe(true);
    expect(now).not.toContain(toyStory);
    expect(now.filter((i) => slate.includes(i))).toEqual([]);
  });

  it("'more 1980s' after a yes to the 1990s: the yes gives way, Children and Comedy still stand", () => {
    const { ctx, state, candidates } = opened();
    const slate = candidates().slice(0, 10);
    turn(ctx, state, { kind: "reject-slate", items: slate, critique: { item: slate[0], attribute: eighties, direction: "more" } });
    expect(state.critiqued).toEqual({ lifted: [nineties], unmet: [] });
    const now = candidates();
    expect(now.length).toBeGreaterThan(0);
    for (const a of [eighties, comedy, children]) expect(now.every((i) => rowHas(g.itemAttrs, i, a))).toBe(true);
    expect(state.accepted).not.toContain(nineties);
  });

  it("a no to what was answered yes before takes the yes back, and the no (answers taken as exact) prunes its holders", () => {
    const { ctx, state, candidates } = opened();
    expect(candidates().every((i) => rowHas(g.itemAttrs, i, nineties))).toBe(true);
    turn(ctx, state, { kind: "inform", accept: [], reject: [nineties] });
    expect(state.accepted).not.toContain(nineties);
    const now = candidates();
    expect(now.length).toBeGreaterThan(0);
    expect(now.filter((i) => rowHas(g.itemAttrs, i, nineties))).toEqual([]);
    for (const a of [comedy, children]) expect(now.every((i) => rowHas(g.itemAttrs, i, a))).toBe(true);
  });

  it("'more westerns' where each earlier ask shares westerns but no western is all of them: the oldest that fit stay, the rest give way", () => {
    const { ctx, state, candidates } = opened();
    const western = attr(g, "Western");
    const slate = candidates().slice(0, 10);
    // No western is a 1990s comedy for children (the pairs exist: the triple does not).
    expect(candidates().filter((i) => rowHas(g.itemAttrs, i, western))).toEqual([]);
    turn(ctx, state, { kind: "reject-slate", items: slate, critique: { item: slate[0], attribute: western, direction: "more" } });
    expect(state.critiqued?.unmet).toEqual([]);
    const lifted = state.critiqued?.lifted ?? [];
    expect(lifted.length).toBeGreaterThan(0);
    const now = candidates();
    expect(now.length).toBeGreaterThan(0);
    expect(now.every((i) => rowHas(g.itemAttrs, i, western))).toBe(true);
    // The comedy, said first, stays; whatever was not lifted still holds of every candidate.
    expect(lifted).not.toContain(comedy);
    for (const a of [comedy, children, nineties].filter((a) => !lifted.includes(a))) expect(now.every((i) => rowHas(g.itemAttrs, i, a))).toBe(true);
  });
});
