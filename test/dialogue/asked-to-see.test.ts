import { beforeAll, describe, expect, it } from "vitest";
import type { UserAct } from "../../agents/dialogue/acts.ts";
import { createContext } from "../../agents/dialogue/context.ts";
import type { Policy } from "../../agents/dialogue/policy.ts";
import { newDialogue } from "../../agents/dialogue/state.ts";
import { turn } from "../../agents/dialogue/turn.ts";
import { loadGraph } from "../../graph/workspace.ts";
import type { Graph } from "../../graph/types.ts";
import { prepareWorkspace } from "../server/helpers.ts";

/**
 * "More like the third one" on a slate asks to see where it leads: the next act is a slate even under a
 * policy that would rather ask (MovieLens-small, a comedy opening, one slate, then a liked card).
 */
let g: Graph;
beforeAll(async () => {
  g = loadGraph(await prepareWorkspace());
}, 120_000);

/** A policy that always asks about the first attribute not asked yet. */
const asker: Policy = {
  name: "asker",
  decide(_ctx, state) {
    return { kind: "ask", attribute: state.asked.indexOf(0) };
  },
};

function afterLiking(show: boolean) {
  const ctx = createContext(g, null, asker, { assumedNoise: 0.1 });
  const state = newDialogue(g.nAttributes);
  turn(ctx, state, { kind: "inform", accept: [g.attrName.indexOf("Comedy")], reject: [], stated: true });
  const slate = turn(ctx, state, { kind: "show" });
  if (slate.kind !== "recommend") throw new Error(`expected a slate, got ${slate.kind}`);
  const third = slate.items[2].item;
  const liked: UserAct = { kind: "inform-items", liked: [third], disliked: [], mentioned: [], accept: [], reject: [], ...(show ? { show } : {}) };
  return { third, next: turn(ctx, state, liked) };
}

describe("a liked card the user asks to see more like", () => {
  it("gets a slate without it, where the same act without `show` gets the policy's question", () => {
    const asked = afterLiking(true);
    expect(asked.next.kind).toBe("recommend");
    if (asked.next.kind === "recommend") expect(asked.next.items.map((r) => r.item)).not.toContain(asked.third);
    expect(afterLiking(false).next.kind).toBe("ask");
  });
});
