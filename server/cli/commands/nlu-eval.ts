import type { Command } from "commander";
import { loadDialogues, loadWorkspace } from "../args.ts";
import { Lexicon } from "../../../agents/language/lexicon.ts";
import type { LanguageModel } from "../../../agents/language/llm.ts";
import { evaluateNlu, type NluEvalResult } from "../../../agents/language/nlu-eval.ts";
import { Understanding } from "../../../agents/language/understand.ts";
import { CliError, log, progress, writeJson } from "../output.ts";
import { printSummary, withInterval, type Summary } from "../table.ts";

interface NluEvalOptions {
  data: string;
  dialogues: string;
  model?: string;
  threads?: string;
  limit?: string;
  seed: string;
  json?: string;
}

export function nluEvalCommand(program: Command): void {
  program
    .command("nlu-eval")
    .description("Score free-text understanding on ReDial seeker utterances: movie mentions (recall, precision) and liked/disliked")
    .requiredOption("--data <workdir>", "workspace written by `pathwise import` (its item titles are the catalog)")
    .requiredOption("--dialogues <file>", "ReDial dialogues, one JSON object per line")
    .option("--model <path>", "GGUF model choosing among the lexicon's shortlist (default: lexicon alone)")
    .option("--threads <n>", "CPU threads for the model")
    .option("--limit <n>", "evaluate only the first N seeker utterances")
    .option("--seed <n>", "bootstrap seed for the 95% intervals", "7")
    .option("--json <file>", "write the result as JSON to FILE (- for stdout)")
    .action(async (opts: NluEvalOptions) => {
      const limit = opts.limit === undefined ? undefined : positiveInt(opts.limit, "--limit");
      const threads = opts.threads === undefined ? undefined : positiveInt(opts.threads, "--threads");
      const dialogues = loadDialogues(opts.dialogues);
      const graph = loadWorkspace(opts.data);
      const lexicon = new Lexicon(graph);
      let model: LanguageModel | null = null;
      if (opts.model) {
        // node-llama-cpp loads only when a model is asked for.
        const { LanguageModel } = await import("../../../agents/language/llm.ts");
        model = new LanguageModel({ modelPath: opts.model, threads, sequences: 1, log: (line) => log.warn(line) });
        if (!(await model.ready())) throw new CliError(`model ${opts.model} could not be loaded (see the log line above)`);
        log.info(model.describe(), "language model loaded");
      }
      const understanding = new Understanding(lexicon, model);
      const total = Math.min(limit ?? Infinity, dialogues.reduce((n, d) => n + d.utterances.length, 0));
      const bar = progress("nlu-eval", total);
      const result = await evaluateNlu(
        lexicon,
        model ? (text) => understanding.understand(text) : (text) => understanding.quick(text),
        dialogues,
        model ? "model" : "lexicon",
        { limit, seed: Number(opts.seed), onUtterance: () => bar.tick() },
      );
      bar.stop();
      await model?.dispose();
      const out = { ...result, model_stats: model ? understanding.stats : null, data: opts.data, dialogues_file: opts.dialogues, model: opts.model ?? null };
      log.info(
        { recall: round(result.mention_recall), precision: round(result.mention_precision), liked: round(result.liked_accuracy), resolvable: round(result.resolvable_share), utterances: result.utterances, seconds: round(result.seconds) },
        "nlu-eval",
      );
      writeJson(opts.json, out);
      printSummary(nluTable(result), opts.json);
    });
}

/** The summary table of `nlu-eval`: the understanding's scores with their 95% intervals. */
export function nluTable(result: NluEvalResult): Summary {
  return {
    title: `pathwise nlu-eval: ${result.utterances.toLocaleString("en")} seeker utterances of ${result.conversations.toLocaleString("en")} dialogues, ${result.mode}, ${result.seconds.toFixed(1)} s`,
    columns: ["understanding", "mention recall", "mention precision", "liked accuracy", "resolvable"],
    rows: [[result.mode, withInterval(result.mention_recall, result.ci95.mention_recall), withInterval(result.mention_precision, result.ci95.mention_precision), withInterval(result.liked_accuracy, result.ci95.liked_accuracy), result.resolvable_share.toFixed(3)]],
    notes: [
      "[95% interval: seeded bootstrap over dialogues]",
      "mention recall: share of the catalog items a seeker's @mentions resolve to that the understanding named",
      "mention precision: share of the items it named that were @mentioned (a lower bound: a title typed without @ counts as wrong)",
      "liked accuracy: share of the found mentions with a seeker label whose liked/disliked was right",
      "resolvable: share of the @mentions that resolve to a catalog item",
    ],
  };
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CliError(`${flag} must be a positive integer, got "${value}"`);
  return n;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
