import { beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../graph/workspace.ts";
import type { Graph } from "../../graph/types.ts";
import { EVAL_SEQ_DEFAULTS, runEvalSeq } from "../../agents/ranking/eval-seq.ts";
import { trainPolicy } from "../../agents/learning/train.ts";
import { evaluateNlu } from "../../agents/language/nlu-eval.ts";
import { readRedial } from "../../agents/language/redial.ts";
import { Lexicon } from "../../agents/language/lexicon.ts";
import { understandWithLexicon } from "../../agents/language/understand-lexicon.ts";
import { seqTable } from "../../server/cli/commands/eval-seq.ts";
import { policyTable } from "../../server/cli/commands/train-policy.ts";
import { nluTable } from "../../server/cli/commands/nlu-eval.ts";
import { printSummary, type Summary } from "../../server/cli/table.ts";
import { HAS_SHARED, shared, SKIP_SHARED_REASON } from "../shared.ts";
import { prepareWorkspace, TINY_WORKSPACE } from "./helpers.ts";

let g: Graph;
beforeAll(async () => {
  await prepareWorkspace();
  g = loadGraph(TINY_WORKSPACE);
});

/** The table as a terminal shows it, split into header cells and row cells (columns are 2+ spaces apart). */
function shown(s: Summary): { head: string[]; rows: string[][]; text: string } {
  let text = "";
  expect(printSummary(s, undefined, { isTTY: true, write: (t: string) => (text += t) })).toBe(true);
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.startsWith("─"));
  const cells = (l: string) => l.trim().split(/\s{2,}/);
  return { head: cells(lines[at - 1]), rows: lines.slice(at + 1, at + 1 + s.rows.length).map(cells), text };
}

describe("summary tables of the other commands, on real results", () => {
  it("eval-seq: each model's HR@10 and NDCG with intervals", async () => {
    const r = await runEvalSeq(g, { ...EVAL_SEQ_DEFAULTS, models: ["pop", "bpr"], maxEpochs: 1, workers: 1, log: () => {} });
    const t = shown(seqTable(r));
    expect(t.head).toEqual(["model", "HR@10", "NDCG@10", "NDCG@20", "Δ NDCG@10 vs sasrec", "Δ vs sasrec_ft", "train s"]);
    expect(t.rows.map((row) => row[0])).toEqual(["pop", "bpr"]);
    const pop = r.models.pop;
    expect(t.rows[0][1]).toBe(`${pop.hr10.toFixed(4)} [${pop.ci95.hr10[0].toFixed(4)}, ${pop.ci95.hr10[1].toFixed(4)}]`);
    expect(t.text).toContain("HR@10: share of users whose held-out next item ranks in the top 10");
  }, 120_000);

  it("train-policy: the kept network on valid, per noise", async () => {
    const r = await trainPolicy({ workspace: TINY_WORKSPACE, questions: "yesno", noises: [0, 0.1], epochs: 0, foldEpochs: 1, workers: 1, validStride: 4 });
    const t = shown(policyTable(r.info, "yesno", "learned-yesno.bin", 3));
    expect(t.head).toEqual(["valid noise", "SR@15", "AT", "reward"]);
    expect(t.rows).toEqual(r.info.valid.map((v) => [String(v.noise), v.sr15.toFixed(3), v.at.toFixed(2), v.reward.toFixed(3)]));
    expect(t.rows.map((row) => row[0])).toEqual(["0", "0.1"]);
  }, 120_000);

  it.skipIf(!HAS_SHARED)(`nlu-eval: recall, precision and liked accuracy with intervals (${HAS_SHARED ? "ReDial" : SKIP_SHARED_REASON})`, async () => {
    const lexicon = new Lexicon(g);
    const dialogues = readRedial(shared("data", "redial", "test_data.first900.jsonl")).slice(0, 40);
    const r = await evaluateNlu(lexicon, (text) => understandWithLexicon(lexicon, text).act, dialogues, "lexicon");
    const t = shown(nluTable(r));
    expect(t.head).toEqual(["understanding", "mention recall", "mention precision", "liked accuracy", "resolvable"]);
    expect(t.rows[0][0]).toBe("lexicon");
    expect(t.rows[0][1]).toBe(`${r.mention_recall.toFixed(3)} [${r.ci95.mention_recall[0].toFixed(3)}, ${r.ci95.mention_recall[1].toFixed(3)}]`);
    expect(t.text).toContain("40 dialogues");
  }, 60_000);
});
