import type { Command } from "commander";
import { int, loadWorkspace, num } from "../args.ts";
import { EVAL_SEQ_DEFAULTS, runEvalSeq, SEQ_MODELS, type EvalSeqResult, type SeqModel } from "../../../agents/ranking/eval-seq.ts";
import { CliError, log, writeJson } from "../output.ts";
import { printSummary, withInterval, type Summary } from "../table.ts";

interface EvalSeqOptions {
  data: string;
  seed: string;
  maxEpochs?: string;
  lambda?: string;
  beta?: string;
  counterfactual: string;
  split: string;
  models?: string;
  workers: string;
  json?: string;
}

export function evalSeqCommand(program: Command): void {
  program
    .command("eval-seq")
    .description("Train and evaluate pop, bpr, gru4rec, sasrec, sasrec_ft (λ = 0 control) and sasrec_cft side by side: leave-one-out by time, full ranking, 95% bootstrap intervals")
    .requiredOption("--data <workdir>", "workspace written by `pathwise import` (needs timestamps)")
    .option("--seed <s>", "seed for training and the bootstrap", String(EVAL_SEQ_DEFAULTS.seed))
    .option("--max-epochs <n>", "epoch cap per model, fine-tunes included (early stopping on valid decides)", String(EVAL_SEQ_DEFAULTS.maxEpochs))
    .option("--lambda <x>", "CFT weight λ of CE(z_f − z_cf)", String(EVAL_SEQ_DEFAULTS.cft.lambda))
    .option("--beta <x>", "CFT position weight at the window start β", String(EVAL_SEQ_DEFAULTS.cft.beta))
    .option("--counterfactual <kind>", "CFT counterfactual: masked (all items masked) or last-item (history masked, last item kept)", "masked")
    .option("--split <split>", "position to report: test, or valid (the one early stopping chose on, so optimistic)", EVAL_SEQ_DEFAULTS.split)
    .option("--models <list>", `comma-separated subset of ${SEQ_MODELS.join(",")} (the fine-tuned ones bring sasrec)`)
    .option("--workers <n>", "models trained at once, each on a worker thread (figures do not depend on it)", String(EVAL_SEQ_DEFAULTS.workers))
    .option("--json <file>", "write the result as JSON to FILE (- for stdout)")
    .action(async (opts: EvalSeqOptions) => {
      const graph = loadWorkspace(opts.data);
      if (opts.counterfactual !== "masked" && opts.counterfactual !== "last-item") throw new CliError(`--counterfactual must be masked or last-item, got "${opts.counterfactual}"`);
      if (opts.split !== "valid" && opts.split !== "test") throw new CliError(`--split must be valid or test, got "${opts.split}"`);
      const models = opts.models === undefined ? EVAL_SEQ_DEFAULTS.models : modelList(opts.models);
      if (!graph.manifest.hasTimestamps) throw new CliError(`${graph.manifest.name} has no timestamps: sequence models need the order of interactions`);
      const result = await runEvalSeq(graph, {
        ...EVAL_SEQ_DEFAULTS,
        seed: num(opts.seed, "--seed", 0, 2 ** 31),
        maxEpochs: num(opts.maxEpochs ?? String(EVAL_SEQ_DEFAULTS.maxEpochs), "--max-epochs", 1, 1000),
        cft: {
          lambda: num(opts.lambda ?? String(EVAL_SEQ_DEFAULTS.cft.lambda), "--lambda", 0, 100),
          beta: num(opts.beta ?? String(EVAL_SEQ_DEFAULTS.cft.beta), "--beta", 0, 1),
          counterfactual: opts.counterfactual,
        },
        split: opts.split,
        models,
        workers: int(opts.workers, "--workers", 1, 16),
        log: (message, fields) => log.info(fields ?? {}, message),
      });
      for (const [name, m] of Object.entries(result.models)) {
        log.info({ hr10: m.hr10, ndcg10: m.ndcg10, ndcg20: m.ndcg20, ci95: m.ci95, trainSeconds: m.train_seconds, delta: m.delta_vs_sasrec, deltaVsFt: m.delta_vs_sasrec_ft }, name);
      }
      writeJson(opts.json, result);
      printSummary(seqTable(result), opts.json);
    });
}

/** The summary table of `eval-seq`: each model's figures with their 95% intervals and its paired gains. */
export function seqTable(result: EvalSeqResult): Summary {
  const delta = (d: { ndcg10: number; ci95: [number, number] } | undefined) => (d ? withInterval(d.ndcg10, d.ci95, 4) : "");
  return {
    title: `pathwise eval-seq: ${result.users.toLocaleString("en")} users, ${result.split} position, ${result.seconds.toFixed(0)} s`,
    columns: ["model", "HR@10", "NDCG@10", "NDCG@20", "Δ NDCG@10 vs sasrec", "Δ vs sasrec_ft", "train s"],
    rows: Object.entries(result.models).map(([name, m]) => [
      name,
      withInterval(m.hr10, m.ci95.hr10, 4),
      withInterval(m.ndcg10, m.ci95.ndcg10, 4),
      withInterval(m.ndcg20, m.ci95.ndcg20, 4),
      delta(m.delta_vs_sasrec),
      delta(m.delta_vs_sasrec_ft),
      m.train_seconds.toFixed(0),
    ]),
    notes: [
      "[95% interval: seeded bootstrap over users; Δ: paired over the same users]",
      "HR@10: share of users whose held-out next item ranks in the top 10 of all items",
      "NDCG@10, NDCG@20: that hit discounted by its rank (1/log2(rank+1)), 0 below the cut",
    ],
  };
}

function modelList(s: string): SeqModel[] {
  const names = s.split(",").map((x) => x.trim()).filter((x) => x !== "");
  const unknown = names.filter((x) => !(SEQ_MODELS as readonly string[]).includes(x));
  if (unknown.length || names.length === 0) throw new CliError(`--models takes names from ${SEQ_MODELS.join(", ")}, got "${s}"`);
  return names as SeqModel[];
}

