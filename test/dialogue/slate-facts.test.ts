import { describe, expect, it } from "vitest";
import { createContext } from "../../agents/dialogue/context.ts";
import { explain } from "../../agents/dialogue/slate.ts";
import { newDialogue } from "../../agents/dialogue/state.ts";
import { turn } from "../../agents/dialogue/turn.ts";
import { cpr } from "../../agents/policies/cpr.ts";
import { rowHas } from "../../graph/types.ts";
import { attr, item, movieLens } from "../language/fixtures.ts";

/**
 * Why a card is on the slate, for someone who only named films they loved: a card that is no neighbour of them
 * still names the film it follows from, by the rarest thing it shares with it, rather than "it ranks high for you".
 */
const { graph: g } = movieLens();

describe("the facts of a card for someone who named films", () => {
  it("a card no liked film has among its neighbours shares its rarest attribute with one of them", () => {
    const fellowship = item(g, "Lord of the Rings: The Fellowship of the Ring, The (2001)");
    const sequels = ["Lord of the Rings: The Two Towers, The (2002)", "Lord of the Rings: The Return of the King, The (2003)"].map((t) => item(g, t));
    // The film's nearest neighbours, as the served HNSW index gives them (test/ranking holds the index itself).
    const neighbours = { neighbours: (i: number) => (i === fellowship ? Int32Array.from(sequels) : new Int32Array(0)) };
    const ctx = createContext(g, null, cpr(), {}, { neighbours, session: null });
    const state = newDialogue(g.nAttributes);
    turn(ctx, state, { kind: "inform-items", liked: [fellowship], disliked: [], mentioned: [], accept: [], reject: [], show: true });
    const spirited = item(g, "Spirited Away (Sen to Chihiro no kamikakushi) (2001)");
    expect(state.anchorOf.has(spirited)).toBe(false);
    const facts = explain(ctx, state, spirited);
    expect(facts).toHaveLength(1);
    const [fact] = facts;
    expect(fact.kind).toBe("shares");
    if (fact.kind !== "shares") return;
    expect(fact.anchor).toBe(fellowship);
    expect(rowHas(g.itemAttrs, fellowship, fact.attribute) && rowHas(g.itemAttrs, spirited, fact.attribute)).toBe(true);
    // The rarest they share: no attribute both hold is held by fewer films.
    const held = (a: number) => g.attrItems.offsets[a + 1] - g.attrItems.offsets[a];
    const both = g.attrName.map((_, a) => a).filter((a) => rowHas(g.itemAttrs, fellowship, a) && rowHas(g.itemAttrs, spirited, a));
    expect(Math.min(...both.map(held))).toBe(held(fact.attribute));
    // A neighbour of the liked film keeps its closer tie.
    expect(explain(ctx, state, sequels[0])).toEqual([{ kind: "similar", anchor: fellowship }]);
    // Nothing liked, nothing shared.
    const plain = newDialogue(g.nAttributes);
    turn(ctx, plain, { kind: "inform", accept: [attr(g, "Fantasy")], reject: [], stated: true });
    expect(explain(ctx, plain, spirited).map((f) => f.kind)).toEqual(["accepted"]);
  });
});
