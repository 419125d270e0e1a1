import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createContext } from "../../agents/dialogue/context.ts";
import { newDialogue } from "../../agents/dialogue/state.ts";
import { turn } from "../../agents/dialogue/turn.ts";
import { evalContext, splitPairs } from "../../agents/eval/episodes.ts";
import { cpr } from "../../agents/policies/cpr.ts";
import { trainPreference } from "../../agents/ranking/preference-train.ts";
import { AttributeProfile } from "../../agents/ranking/profile.ts";
import { selectProfileWeight } from "../../agents/ranking/profile-select.ts";
import { Random } from "../../agents/random.ts";
import { importToWorkspace } from "../../graph/import/index.ts";
import { row, type Graph } from "../../graph/types.ts";
import { HAS_SHARED, shared, SKIP_SHARED_REASON } from "../shared.ts";
import { quarterCatalog } from "./catalog.ts";

/** The profile score straight from its definition, for comparison. */
function byDefinition(g: Graph, user: number, item: number): number {
  const history = row(g.userItems, user);
  const attrs = row(g.itemAttrs, item);
  let sum = 0;
  for (const a of attrs) {
    const holders = row(g.attrItems, a).length;
    const idf = Math.max(1e-3, Math.log(g.nItems / (1 + holders)));
    sum += (idf * history.filter((i) => row(g.itemAttrs, i).includes(a)).length) / history.length;
  }
  return attrs.length ? sum / attrs.length : 0;
}

describe("the user's attribute profile as an item prior", () => {
  const g = quarterCatalog();
  const profile = new AttributeProfile(g);
  const all = Int32Array.from({ length: g.nItems }, (_, i) => i);

  it("scores every item as its definition says, and ranks a user's own quarter first", () => {
    const out = new Float32Array(g.nItems);
    for (const user of [0, 4, 7]) {
      expect(profile.scores(user, all, g.nItems, out)).toBe(true);
      for (let i = 0; i < g.nItems; i++) expect(out[i]).toBeCloseTo(byDefinition(g, user, i), 5);
    }
    profile.scores(0, all, g.nItems, out);
    for (const other of [25, 45, 65]) expect(out[19]).toBeGreaterThan(out[other]);
    profile.scores(7, all, g.nItems, out);
    for (const other of [19, 25, 45]) expect(out[65]).toBeGreaterThan(out[other]);
  });

  it("has nothing to say for a user without history, and leaves the scores alone", () => {
    const out = new Float32Array(4).fill(7);
    expect(profile.scores(-1, all, 4, out)).toBe(false);
    expect(profile.scores(g.nUsers, all, 4, out)).toBe(false);
    expect(Array.from(out)).toEqual([7, 7, 7, 7]);
  });

  it("enters the opening belief with the model's chosen weight unless the configuration sets one", () => {
    const m = trainPreference(g, { seed: 1, epochs: 2 });
    const withWeight = { ...m, info: { ...m.info, profileWeight: 5 } };
    expect(createContext(g, withWeight, cpr()).config.profileWeight).toBe(5);
    expect(createContext(g, withWeight, cpr(), { profileWeight: 0 }).config.profileWeight).toBe(0);
    expect(createContext(g, m, cpr()).config.profileWeight).toBe(0);
    expect(createContext(g, null, cpr()).config.profileWeight).toBe(0);
    // User 0 states attribute 0 (every item): the profile lifts its own quarter's held-out item.
    const belief19 = (ctx: ReturnType<typeof createContext>) => {
      const state = newDialogue(g.nAttributes, 0);
      turn(ctx, state, { kind: "inform", accept: [0], reject: [], stated: true });
      return state.belief[Array.from(state.cand.subarray(0, state.n)).indexOf(19)];
    };
    expect(belief19(createContext(g, withWeight, cpr()))).toBeGreaterThan(belief19(createContext(g, m, cpr())));
  });
});

describe.skipIf(!HAS_SHARED)(`the attribute profile on LastFM* valid (${SKIP_SHARED_REASON})`, () => {
  it("gets a positive weight, and with it the opening belief ranks held-out targets higher", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pathwise-profile-"));
    try {
      const g = importToWorkspace("lastfm-star", shared("data", "lastfm-star"), dir);
      const m = trainPreference(g, { seed: 1, epochs: 5 });
      const weight = selectProfileWeight(g, m, 0.5, 1000);
      expect(weight).toBeGreaterThan(0);
      const pairs = splitPairs(g, "valid");
      const settings = { data: dir, split: "valid" as const, policy: "cpr", noise: 0, multiChoice: false, likeEdges: false, seed: 1, maxTurn: 15, critique: false };
      const meanAuc = (profileWeight: number) => {
        const ctx = evalContext(g, m, { ...settings, tuning: { profileWeight } });
        const rng = new Random(3);
        let sum = 0;
        for (let k = 0; k < 400; k++) {
          const target = pairs.item[k];
          const attrs = row(g.itemAttrs, target);
          const state = newDialogue(g.nAttributes, pairs.user[k]);
          turn(ctx, state, { kind: "inform", accept: [attrs[rng.int(attrs.length)]], reject: [], stated: true });
          const at = Array.from(state.cand.subarray(0, state.n)).indexOf(target);
          let below = 0;
          for (let j = 0; j < state.n; j++) below += state.belief[j] < state.belief[at] ? 1 : 0;
          sum += below / Math.max(1, state.n - 1);
        }
        return sum / 400;
      };
      expect(meanAuc(weight)).toBeGreaterThan(meanAuc(0) + 0.1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
