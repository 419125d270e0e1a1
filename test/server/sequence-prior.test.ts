import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadGraph } from "../../graph/workspace.ts";
import { degree, type Graph } from "../../graph/types.ts";
import { ranked } from "../../agents/dialogue/state.ts";
import { createEngine, type EngineState } from "../../server/engine.ts";
import { ensureSequenceModel, loadSequencePrior, type SequencePrior } from "../../agents/ranking/sequence-prior.ts";
import { serverLogger } from "../../server/server.ts";
import { fixedModels, QUICK_TRAIN } from "../../server/models.ts";
import { ensurePreference } from "../../agents/ranking/preference-store.ts";
import { prepareWorkspace, TINY_WORKSPACE } from "./helpers.ts";

const log = serverLogger("warn");
let dir: string;
let g: Graph;
let prior: SequencePrior;

beforeAll(async () => {
  await prepareWorkspace();
  dir = path.join(mkdtempSync(path.join(tmpdir(), "pathwise-seq-")), "ws");
  cpSync(TINY_WORKSPACE, dir, { recursive: true });
  g = loadGraph(dir);
  await ensureSequenceModel(dir, g, { quick: true, log: (message, fields) => log.info(fields ?? {}, message) });
  prior = loadSequencePrior(dir, g, 2)!;
}, 180_000);
afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

describe("sequence model in the served ranking", () => {
  it("trains the missing sequence model and scores a known user's history, not a cold start", () => {
    expect(prior.weight).toBe(2);
    const user = Array.from({ length: g.nUsers }, (_, u) => u).find((u) => degree(g.userItems, u) > 5)!;
    const p = prior.for(user)!;
    expect(p.scores).toHaveLength(g.nItems);
    expect(p.scores.every(Number.isFinite)).toBe(true);
    expect(prior.for(user)).toBe(p);
    expect(prior.for(-1)).toBeNull();
  });

  it("changes the ranking for a user with history, and only by its weight", async () => {
    const dialogue = { questions: "yesno" as const, assumedNoise: 0, likeEdges: false };
    const preference = ensurePreference(dir, g, QUICK_TRAIN).model;
    const plain = createEngine({ graph: g, workspace: dir, policy: "cpr", dialogue, language: "template", log, models: fixedModels({ preference, sequencePrior: null }), seqWeight: 0 });
    const mixed = createEngine({ graph: g, workspace: dir, policy: "cpr", dialogue, language: "template", log, models: fixedModels({ preference, sequencePrior: prior }), seqWeight: 2 });
    expect(mixed.settings.seqWeight).toBe(2);
    expect(plain.settings.seqWeight).toBe(0);
    const top = (engine: typeof plain, userKey: string | null) => {
      const { state } = engine.open(userKey, 1);
      engine.apply(state, { kind: "inform", accept: [4], reject: [], stated: true });
      const d = (state as EngineState).dialogue;
      return Array.from({ length: Math.min(20, d.n) }, (_, r) => ranked(d, r));
    };
    const key = g.userKey[1];
    expect(top(mixed, key)).not.toEqual(top(plain, key));
    // A cold start has no history: the sequence model has nothing to add.
    expect(top(mixed, null)).toEqual(top(plain, null));
  });
});
