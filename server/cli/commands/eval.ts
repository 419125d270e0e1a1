import { availableParallelism } from "node:os";
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { EvalError, runEval } from "../../../agents/eval/runner.ts";
import { htmlReport } from "../../../agents/eval/report.ts";
import { evalSummary, runLabel, type EvalSummary } from "../../../agents/eval/summary.ts";
import { METRIC_DEFINITIONS, METRIC_HEADS, METRICS } from "../../../agents/eval/metrics.ts";
import { printSummary, withInterval, type Summary } from "../table.ts";
import type { EvalSettings } from "../../../agents/eval/settings.ts";
import { POLICY_NAMES, UnknownPolicyError, policyByName } from "../../../agents/policies/index.ts";
import { WorkspaceError } from "../../../graph/workspace.ts";
import { int, num } from "../args.ts";
import { CliError, log, progress, writeJson, type Progress } from "../output.ts";
import { runServerEval } from "../../eval-client.ts";

interface EvalOptions {
  data: string;
  split: string;
  policy: string;
  noise: string;
  multiChoice?: boolean;
  likeEdges?: boolean;
  workers?: string;
  seed: string;
  json?: string;
  report?: string;
  impatient?: string;
  critique?: boolean;
  dontCare: string;
  assumedNoise?: string;
  seqWeight: string;
  limit?: string;
  candidateCap?: string;
  server?: string;
  anonymous?: boolean;
  opening: string;
  openingItems: string;
  apiKey?: string;
}

const OPENINGS = ["attribute", "item", "both"] as const;

const SPLITS = ["valid", "test"] as const;

export function evalCommand(program: Command): void {
  program
    .command("eval")
    .description("Simulated-user evaluation: every (user, target) pair of a split as one conversation (EAR/SCPR/UNICORN protocol)")
    .requiredOption("--data <workdir>", "workspace written by `pathwise import`")
    .requiredOption("--split <split>", "valid | test")
    .requiredOption("--policy <name>", `conversation policy: ${POLICY_NAMES.join(" | ")}`)
    .option("--noise <p>", "probability that each yes/no answer is flipped", "0")
    .option("--multi-choice", "ask multiple-choice questions over attribute types (MCMIPL setting)")
    .option("--like-edges", "use the user->attribute like edges (LastFM*; they leak test tagging, off by default)")
    .option("--workers <n>", "worker threads (default: available cores)")
    .option("--seed <s>", "seed for the simulated users and the bootstrap", "1")
    .option("--impatient <n>", "the user leaves after turn n (2..15)")
    .option("--critique", "after a failed slate the user rejects one attribute of its top item that the target lacks")
    .option("--dont-care <p>", "probability that the user answers a question \"doesn't matter\", whether or not the target holds the attribute", "0")
    .option("--assumed-noise <p>", "flip rate the system's belief assumes (default: the --noise value)")
    .option("--seq-weight <w>", "weight of the sequence model's scores for users with a train history, as `serve --seq-weight`; 0 = off", "0")
    .option("--limit <n>", "play only the first n pairs of the split (quick checks)")
    .option("--candidate-cap <n>", "most candidates a conversation holds, the best by the belief, retrieved again as evidence arrives; 0 = no cap (default 10000)")
    .option("--anonymous", "the system gets no user id: no history prior, no user lookup of any kind")
    .option("--opening <what>", "turn 1 of the simulated user: attribute (one of the target's), item (items of their train history, implies --anonymous), both", "attribute")
    .option("--opening-items <k>", "items an item opening names", "2")
    .option("--server <url>", "play the conversations against a running server over its WebSocket protocol (ws://HOST:PORT/v1/chat)")
    .option("--api-key <key>", "with --server: an API key of the server, proving the simulated users' ids (or set PATHWISE_USER_TOKEN_SECRET to sign user tokens) [PATHWISE_API_KEY]")
    .option("--json <file>", "write the result as JSON to FILE (- for stdout)")
    .option("--report <file.html>", "write an HTML report (success-by-turn curve, distribution of turns)")
    .action(async (opts: EvalOptions) => {
      const settings = parseSettings(opts);
      const workers = opts.workers === undefined ? availableParallelism() : int(opts.workers, "--workers", 1, 64);
      let bar: Progress | undefined;
      let result;
      try {
        const hooks = {
          onTrain: (epoch: number, loss: number) => log.info({ epoch, loss: Number(loss.toFixed(4)) }, "training the preference model"),
          onPhase: (message: string) => log.info(`training the learned policy: ${message}`),
          onSequence: (message: string, fields?: Record<string, unknown>) => log.info(fields ?? {}, message),
          onStart: (episodes: number) => {
            bar = progress(`eval ${settings.policy}`, episodes);
          },
          onProgress: (n: number) => bar?.tick(n),
        };
        const proof = { apiKey: opts.apiKey ?? (process.env.PATHWISE_API_KEY || undefined), userTokenSecret: process.env.PATHWISE_USER_TOKEN_SECRET || undefined };
        result = opts.server ? await runServerEval(settings, { url: opts.server, proof, ...hooks }) : await runEval(settings, workers, hooks);
      } catch (err) {
        if (err instanceof EvalError || err instanceof WorkspaceError) throw new CliError(err.message);
        throw err;
      } finally {
        bar?.stop();
      }
      const summary = evalSummary(result, settings);
      log.info(
        { episodes: summary.episodes, sr5: summary.sr5, sr10: summary.sr10, sr15: summary.sr15, at: summary.at, hdcg: summary.hdcg, seconds: summary.seconds },
        "evaluated",
      );
      writeJson(opts.json, summary);
      const label = runLabel(summary.settings);
      printSummary(evalTable(`pathwise eval: ${summary.episodes.toLocaleString("en")} conversations on ${settings.data} in ${summary.seconds.toFixed(1)} s`, [{ label, summary }]), opts.json);
      if (opts.report) {
        const title = `pathwise eval: ${settings.policy} on ${settings.split} (noise ${settings.noise}${settings.multiChoice ? ", multiple choice" : ""})`;
        writeFileSync(opts.report, htmlReport(title, [{ label, summary }]));
      }
    });
}

/** The summary table of evaluation runs: SR@5, SR@10, SR@15, AT and hDCG with their 95% intervals (also `pathwise report`). */
export function evalTable(title: string, runs: readonly { label: string; summary: EvalSummary }[]): Summary {
  return {
    title,
    columns: ["run", ...METRICS.map((m) => METRIC_HEADS[m])],
    rows: runs.map(({ label, summary }) => [label, ...METRICS.map((m) => withInterval(summary[m], summary.ci95[m], m === "at" ? 2 : 3))]),
    notes: ["[95% interval: seeded bootstrap over conversations]", ...METRICS.map((m) => METRIC_DEFINITIONS[m])],
  };
}

function parseSettings(o: EvalOptions): EvalSettings {
  if (!(SPLITS as readonly string[]).includes(o.split)) throw new CliError(`--split must be one of ${SPLITS.join(", ")}, not "${o.split}"`);
  try {
    policyByName(o.policy);
  } catch (err) {
    if (err instanceof UnknownPolicyError) throw new CliError(err.message);
    throw err;
  }
  const noise = num(o.noise, "--noise", 0, 0.5);
  if (!(OPENINGS as readonly string[]).includes(o.opening)) throw new CliError(`--opening must be one of ${OPENINGS.join(", ")}, not "${o.opening}"`);
  const opening = o.opening as (typeof OPENINGS)[number];
  return {
    anonymous: !!o.anonymous || opening === "item",
    opening,
    openingItems: int(o.openingItems, "--opening-items", 1, 50),
    data: o.data,
    split: o.split as (typeof SPLITS)[number],
    policy: o.policy,
    noise,
    multiChoice: !!o.multiChoice,
    likeEdges: !!o.likeEdges,
    seed: int(o.seed, "--seed", 0, 2 ** 31 - 1),
    maxTurn: o.impatient === undefined ? 15 : int(o.impatient, "--impatient", 2, 15),
    critique: !!o.critique,
    dontCare: num(o.dontCare, "--dont-care", 0, 1),
    seqWeight: num(o.seqWeight, "--seq-weight", 0, 100),
    ...(o.limit === undefined ? {} : { limit: int(o.limit, "--limit", 1, 2 ** 31 - 1) }),
    ...(o.candidateCap === undefined ? {} : { candidateCap: int(o.candidateCap, "--candidate-cap", 0, 2 ** 31 - 1) }),
    ...(o.assumedNoise === undefined ? {} : { assumedNoise: num(o.assumedNoise, "--assumed-noise", 0, 0.49) }),
  };
}

