import { beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../graph/workspace.ts";
import type { Graph } from "../../graph/types.ts";
import { createEngine, type EngineState } from "../../server/engine.ts";
import { fixedModels } from "../../server/models.ts";
import { serverLogger } from "../../server/server.ts";
import { prepareWorkspace } from "./helpers.ts";

/**
 * An attribute said twice ("yes" to romance, then "romance please" again) counts twice as evidence, as a person
 * insisting does, but the slate says it once: "romance and romance films" was a slate line once.
 */
let g: Graph;
let workspace: string;
beforeAll(async () => {
  workspace = await prepareWorkspace();
  g = loadGraph(workspace);
}, 120_000);

describe("an attribute said twice", () => {
  it("is evidence twice and said once on the slate", () => {
    const engine = createEngine({
      graph: g, workspace, policy: "cpr", dialogue: { questions: "yesno", assumedNoise: 0.25, likeEdges: false }, language: "template",
      log: serverLogger("warn"), models: fixedModels({ preference: null, sequencePrior: null }), seqWeight: 0, neighbours: null, dialogueLog: null,
    });
    const [comedy, romance] = ["Comedy", "Romance"].map((n) => g.attrName.indexOf(n));
    const { state } = engine.open(null, 1);
    engine.apply(state, { kind: "inform", accept: [comedy], reject: [], stated: true });
    engine.apply(state, { kind: "inform", accept: [romance], reject: [] });
    engine.apply(state, { kind: "inform", accept: [romance], reject: [] });
    expect((state as EngineState).dialogue.answers.filter((a) => a.attribute === romance && a.yes)).toHaveLength(2);
    const act = engine.apply(state, { kind: "show" });
    expect(act.type).toBe("recommendations");
    if (act.type !== "recommendations") return;
    for (const card of act.items) expect(card.path.filter((step) => step.kind === "attribute" && step.id === romance).length, card.title).toBeLessThanOrEqual(1);
    expect(act.text.match(/romance/gi)?.length ?? 0, act.text).toBe(1);
  });
});
