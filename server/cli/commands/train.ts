import type { Command } from "commander";
import { loadWorkspace } from "../args.ts";
import { CFT_DEFAULTS } from "../../../agents/ranking/cft.ts";
import { defaultModels, supportedModels, trainWorkspace, TRAINABLE, type TrainableName } from "../../../agents/ranking/train-workspace.ts";
import { CliError, log, writeJson } from "../output.ts";

interface TrainOptions {
  data: string;
  model?: string;
  cft?: boolean;
  epochs: string;
  seed: string;
  json?: string;
}

export function trainCommand(program: Command): void {
  program
    .command("train")
    .description("Train the preference model and ranking models on a workspace's train split (saved in <workspace>/models/) and rebuild the HNSW indexes")
    .requiredOption("--data <workdir>", "workspace written by `pathwise import`")
    .option("--model <name>", `one of ${TRAINABLE.join(" | ")} (default: every model the workspace supports; none from 200,000 items on)`)
    .option("--cft", "fine-tune SASRec with counterfactual fine-tuning (docs/cft.md)")
    .option("--epochs <n>", "epoch cap (early stopping on each user's last train item decides)", "30")
    .option("--seed <s>", "seed", "1")
    .option("--json <file>", "write the result as JSON to FILE (- for stdout)")
    .action(async (opts: TrainOptions) => {
      const graph = loadWorkspace(opts.data);
      const supported = supportedModels(graph);
      let models: TrainableName[] = defaultModels(graph);
      if (opts.model !== undefined) {
        if (!TRAINABLE.includes(opts.model as TrainableName)) throw new CliError(`unknown model "${opts.model}"; expected one of ${TRAINABLE.join(", ")}`);
        if (!supported.includes(opts.model as TrainableName)) throw new CliError(`${opts.model} needs timestamps and ${graph.manifest.name} has none`);
        models = [opts.model as TrainableName];
      }
      if (opts.cft && !models.includes("sasrec")) throw new CliError("--cft applies to sasrec, which is not being trained");
      const epochs = Number(opts.epochs);
      if (!Number.isInteger(epochs) || epochs < 1) throw new CliError(`--epochs must be a positive integer, got "${opts.epochs}"`);
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed) || seed < 0) throw new CliError(`--seed must be a non-negative integer, got "${opts.seed}"`);
      const started = performance.now();
      const result = await trainWorkspace(graph, opts.data, {
        models, cft: opts.cft ? CFT_DEFAULTS : null, maxEpochs: epochs, patience: 3, seed,
        log: (message, fields) => log.info(fields ?? {}, message),
      });
      writeJson(opts.json, { ...result, seconds: (performance.now() - started) / 1000 });
    });
}
