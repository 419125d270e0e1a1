import { availableParallelism } from "node:os";
import path from "node:path";
import type { Command } from "commander";
import { modelsDir } from "../../../agents/ranking/preference-store.ts";
import { learnedFile, saveLearned, type LearnedInfo } from "../../../agents/learning/store.ts";
import { trainPolicy } from "../../../agents/learning/train.ts";
import { WorkspaceError } from "../../../graph/workspace.ts";
import { int, num } from "../args.ts";
import { CliError, log, progress, writeJson, type Progress } from "../output.ts";
import { printSummary, type Summary } from "../table.ts";

interface TrainPolicyCliOptions {
  data: string;
  multiChoice?: boolean;
  noise?: string;
  epochs: string;
  episodes?: string;
  workers?: string;
  seed: string;
  json?: string;
}

export function trainPolicyCommand(program: Command): void {
  program
    .command("train-policy")
    .description("Learn a conversation policy by policy gradient against the simulated user (train split; selected on valid)")
    .requiredOption("--data <workdir>", "workspace written by `pathwise import`")
    .option("--multi-choice", "learn the multiple-choice policy (default: yes/no questions)")
    .option("--noise <p>", "train at this flip rate only and save a rate-specific policy (default: across 0, 0.1, 0.2)")
    .option("--epochs <n>", "passes over the held-out train episodes", "6")
    .option("--episodes <n>", "train on the first n held-out episodes only (quick runs)")
    .option("--workers <n>", "worker threads (default: available cores)")
    .option("--seed <s>", "seed for the fold, the rollouts and the initial network", "1")
    .option("--json <file>", "write the result as JSON to FILE (- for stdout)")
    .action(async (opts: TrainPolicyCliOptions) => {
      const questions = opts.multiChoice ? "choice" : "yesno";
      const noise = opts.noise === undefined ? undefined : num(opts.noise, "--noise", 0, 0.49);
      const started = performance.now();
      let bar: Progress | undefined;
      let result;
      try {
        result = await trainPolicy({
          workspace: opts.data,
          questions,
          ...(noise === undefined ? {} : { noises: [noise] }),
          epochs: int(opts.epochs, "--epochs", 0, 1000),
          ...(opts.episodes === undefined ? {} : { maxEpisodes: int(opts.episodes, "--episodes", 2, 2 ** 31 - 1) }),
          workers: opts.workers === undefined ? availableParallelism() : int(opts.workers, "--workers", 1, 64),
          seed: int(opts.seed, "--seed", 0, 2 ** 31 - 1),
          onPhase: (phase) => log.info({ seconds: elapsed(started) }, phase),
          onStart: (steps) => {
            bar = progress(`train-policy ${questions}`, steps);
          },
          onStep: () => bar?.tick(),
          onEpoch: (epoch, valid, kept) => {
            log.info({ epoch, kept, seconds: elapsed(started), valid: valid.map((v) => ({ noise: v.noise, sr15: round(v.sr15), at: round(v.at) })) }, "validated");
          },
        });
      } catch (err) {
        if (err instanceof WorkspaceError) throw new CliError(err.message);
        throw err;
      } finally {
        bar?.stop();
      }
      const file = learnedFile(questions, noise);
      saveLearned(opts.data, file, result.net, result.info);
      const seconds = elapsed(started);
      log.info({ file: path.join(modelsDir(opts.data), file), bestEpoch: result.info.bestEpoch, seconds }, `trained the learned policy in ${seconds} s`);
      writeJson(opts.json, {
        file: path.join(modelsDir(opts.data), file),
        questions,
        noises: result.info.noises,
        epochs: result.info.epochs,
        best_epoch: result.info.bestEpoch,
        episodes: result.info.episodes,
        seconds,
        train_reward: result.trainReward.map(round),
        valid: result.info.valid.map((v) => ({ noise: v.noise, sr15: round(v.sr15), at: round(v.at), reward: round(v.reward) })),
      });
      printSummary(policyTable(result.info, questions, file, seconds), opts.json);
    });
}

/** The summary table of `train-policy`: the kept network's figures on the valid slice it was selected on. */
export function policyTable(info: LearnedInfo, questions: string, file: string, seconds: number): Summary {
  return {
    title: `pathwise train-policy: ${questions} questions, best epoch ${info.bestEpoch} of ${info.epochs}, ${seconds.toFixed(0)} s; saved as ${file}`,
    columns: ["valid noise", "SR@15", "AT", "reward"],
    rows: info.valid.map((v) => [String(v.noise), v.sr15.toFixed(3), v.at.toFixed(2), v.reward.toFixed(3)]),
    notes: [
      "On the slice of the valid split that selects the epoch, with the kept (best) epoch's network.",
      "SR@15: share of conversations that recommended the target within 15 turns",
      "AT: average turns per conversation, a failure counting as 15 (lower is better)",
      "reward: the mean return the policy gradient maximizes",
    ],
  };
}

function elapsed(started: number): number {
  return round((performance.now() - started) / 1000);
}

function round(x: number): number {
  return Number(x.toFixed(4));
}

