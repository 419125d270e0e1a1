import type { Command } from "commander";
import type { Graph } from "../../../graph/types.ts";
import { ExactTitles, loggedDialogues, type RedialDialogue } from "../../../agents/language/redial.ts";
import { DialogueLog } from "../../../agents/ranking/dialogue-log.ts";
import { defaultSeqWeight, loadSequencePrior } from "../../../agents/ranking/sequence-prior.ts";
import { loadSequenceScorer } from "../../../agents/ranking/sequence-scorer.ts";
import { createEngine } from "../../engine.ts";
import { fixedModels } from "../../models.ts";
import { ensurePreference } from "../../../agents/ranking/preference-store.ts";
import { evaluateDialogues, type DialogueGroup } from "../../eval-dialogues.ts";
import { int, loadDialogues, loadWorkspace } from "../args.ts";
import { CliError, log, progress, writeJson } from "../output.ts";

interface Options {
  data: string;
  dialogues: string;
  newOnly?: boolean;
  trainDialogues?: string;
  folds?: string;
  seed: string;
  json?: string;
}

export function evalDialoguesCommand(program: Command): void {
  program
    .command("eval-dialogues")
    .description("Recommendation on real conversations (ReDial layout): rank the catalog at every recommender message that mentions movies, from the text before it")
    .requiredOption("--data <workdir>", "workspace written by `pathwise import` (its trained models are used)")
    .requiredOption("--dialogues <file.jsonl>", "dialogues to evaluate on, one ReDial JSON object per line")
    .option("--new-only", "drop targets mentioned earlier in the dialogue instead of counting them as misses")
    .option("--train-dialogues <file.jsonl>", "other dialogues to learn from, as a deployment learns from its chat logs (never the evaluated ones)")
    .option("--folds <n>", "no separate logs: split --dialogues into n parts, learn from the others while evaluating each, pool the figures")
    .option("--seed <s>", "bootstrap seed for the 95% intervals", "7")
    .option("--json <file>", "write the result as JSON to FILE (- for stdout)")
    .action(async (opts: Options) => {
      const graph = loadWorkspace(opts.data);
      const dialogues = loadDialogues(opts.dialogues);
      const train = opts.trainDialogues ? loadDialogues(opts.trainDialogues) : null;
      const folds = opts.folds === undefined ? 0 : int(opts.folds, "--folds", 2, 100);
      if (train && folds) throw new CliError("--folds learns from the other folds; it does not take --train-dialogues too");
      const bar = progress("eval-dialogues", dialogues.length);
      const options = { newOnly: !!opts.newOnly, seed: int(opts.seed, "--seed", 0, 2 ** 31 - 1), onDialogue: () => bar.tick() };
      let result;
      try {
        result = await evaluateDialogues(graph, groupsOf(opts.data, graph, dialogues, train, folds), options);
      } finally {
        bar.stop();
      }
      log.info({ r1: round(result.r1), r10: round(result.r10), r50: round(result.r50), targets: result.targets, seconds: round(result.seconds) }, "eval-dialogues");
      writeJson(opts.json, { ...result, settings: { data: opts.data, dialogues: opts.dialogues, train_dialogues: opts.trainDialogues ?? null, folds: folds || null, new_only: !!opts.newOnly } });
    });
}

/** The served engine (the workspace's models), learning from `train` when given. */
export function engineFor(workspace: string, g: Graph, train: readonly RedialDialogue[] | null): DialogueGroup["engine"] & { log: DialogueLog | null } {
  // The sequence model where one is trained (it reads the films named as a session), else none.
  const seqWeight = loadSequenceScorer(workspace, g.nItems) ? defaultSeqWeight(g) : 0;
  const dialogueLog = train ? new DialogueLog(g.nItems, loggedDialogues(train, new ExactTitles(g.itemTitle))) : null;
  const engine = createEngine({
    graph: g,
    workspace,
    // The policy's next question does not change the ranking; the cheapest one keeps the pass fast.
    policy: "popular",
    // A person's words are weaker evidence than a button: flip rate 0.25, chosen on the 900 shared
    // dialogues' folds (0 and 0.4 ranked worse). No turn limit: a logged conversation runs as long as it ran.
    dialogue: { questions: "yesno", assumedNoise: 0.25, likeEdges: false, maxTurns: 1_000_000 },
    models: fixedModels({ preference: ensurePreference(workspace, g).model, sequencePrior: loadSequencePrior(workspace, g, seqWeight) }),
    seqWeight,
    dialogueLog,
    language: "template",
    log: log as never,
  });
  return Object.assign(engine, { log: dialogueLog });
}

/** The groups to evaluate: the dialogues with one engine, or k contiguous folds each learning from the others. */
function groupsOf(workspace: string, g: Graph, dialogues: readonly RedialDialogue[], train: readonly RedialDialogue[] | null, folds: number): DialogueGroup[] {
  if (!folds) {
    const engine = engineFor(workspace, g, train);
    return [{ engine, dialogues, log: engine.log }];
  }
  return Array.from({ length: folds }, (_, f) => {
    const from = Math.floor((f * dialogues.length) / folds);
    const to = Math.floor(((f + 1) * dialogues.length) / folds);
    const engine = engineFor(workspace, g, [...dialogues.slice(0, from), ...dialogues.slice(to)]);
    return { engine, dialogues: dialogues.slice(from, to), log: engine.log };
  });
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
