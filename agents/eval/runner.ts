import { loadGraph } from "../../graph/workspace.ts";
import { SPLIT_NAMES, type Graph } from "../../graph/types.ts";
import { ensureLearned } from "../learning/ensure.ts";
import { ensurePreference } from "../ranking/preference-store.ts";
import { ensureSequenceModel, loadSequencePrior, SequencePriorError, type SequencePrior } from "../ranking/sequence-prior.ts";
import { spawnWorker } from "../workers/spawn.ts";
import { evalContext, evalPairs, runEpisodes, splitPairs, type Pairs, type Priors } from "./episodes.ts";
import { summarize, type Metrics, type Outcomes } from "./metrics.ts";
import type { EvalSettings } from "./settings.ts";

export class EvalError extends Error {}

export interface EvalHooks {
  /** Called once the number of episodes is known. */
  onStart?: (episodes: number) => void;
  onProgress?: (n: number) => void;
  /** Training the missing preference model (per epoch). */
  onTrain?: (epoch: number, loss: number) => void;
  /** Each trained variant of the preference model with its validation AUC. */
  onVariant?: (name: string, auc: number) => void;
  /** Steps of training the missing learned policy (`--policy learned`). */
  onPhase?: (message: string) => void;
  /** Training the missing sequence model (`seqWeight` > 0), per epoch. */
  onSequence?: (message: string, fields?: Record<string, unknown>) => void;
}

export interface EvalResult extends Metrics {
  readonly seconds: number;
  readonly trainSeconds: number;
  readonly workers: number;
  readonly outcomes: Outcomes;
}

/**
 * Every (user, target) pair of the split as one simulated conversation, spread over worker
 * threads (each loads the workspace once). Trains the preference model first when missing, and the
 * sequence model when `seqWeight` > 0 asks for it.
 */
export async function runEval(s: EvalSettings, workers: number, hooks: EvalHooks = {}): Promise<EvalResult> {
  const g = loadGraph(s.data);
  if (splitPairs(g, s.split).user.length === 0) throw new EvalError(missingSplit(g, s));
  const pairs = evalPairs(g, s);
  const t0 = performance.now();
  const seqTrained = (s.seqWeight ?? 0) > 0 && (await ensureSequence(g, s, hooks));
  const { model, trained } = ensurePreference(s.data, g, { onEpoch: hooks.onTrain }, hooks.onVariant);
  const learned = s.policy === "learned" ? await ensureLearned(g, { workspace: s.data, questions: s.multiChoice ? "choice" : "yesno", noise: s.assumedNoise ?? s.noise, workers, onPhase: hooks.onPhase }) : null;
  const trainSeconds = trained || seqTrained || learned?.trained ? (performance.now() - t0) / 1000 : 0;
  hooks.onStart?.(pairs.user.length);
  const started = performance.now();
  const n = Math.max(1, Math.min(workers, pairs.user.length));
  const outcomes: Outcomes =
    n === 1 ? runHere(g, model, pairs, s, loadSequencePrior(s.data, g, s.seqWeight ?? 0), hooks) : await runOnWorkers(pairs.user.length, s, n, hooks);
  const seconds = (performance.now() - started) / 1000;
  return { ...summarize(outcomes, { maxTurn: 15, seed: s.seed }), seconds, trainSeconds, workers: n, outcomes };
}

function missingSplit(g: Graph, s: EvalSettings): string {
  const present = SPLIT_NAMES.filter((name) => (g.manifest.counts.splits[name] ?? 0) > 0);
  return `split "${s.split}" is not in workspace ${s.data} (it has: ${present.join(", ") || "none"})`;
}

async function ensureSequence(g: Graph, s: EvalSettings, hooks: EvalHooks): Promise<boolean> {
  try {
    return await ensureSequenceModel(s.data, g, { log: hooks.onSequence });
  } catch (err) {
    if (err instanceof SequencePriorError) throw new EvalError(err.message);
    throw err;
  }
}

function runHere(g: Graph, model: Parameters<typeof evalContext>[1], pairs: Pairs, s: EvalSettings, priors: Priors | null, hooks: EvalHooks): Outcomes {
  const out = { turn: new Int8Array(pairs.user.length), rank: new Int8Array(pairs.user.length) };
  runEpisodes(evalContext(g, model, s, priors as SequencePrior | null), pairs, s, 0, 1, out, priors, hooks.onProgress);
  return out;
}

async function runOnWorkers(total: number, s: EvalSettings, n: number, hooks: EvalHooks): Promise<Outcomes> {
  const out = { turn: new Int8Array(total), rank: new Int8Array(total) };
  const entry = new URL("./eval-worker.ts", import.meta.url);
  await Promise.all(
    Array.from({ length: n }, (_, w) =>
      new Promise<void>((resolve, reject) => {
        const worker = spawnWorker(entry, { settings: s, first: w, stride: n });
        worker.on("message", (m: { kind: "progress"; n: number } | { kind: "done"; turn: Int8Array; rank: Int8Array }) => {
          if (m.kind === "progress") return hooks.onProgress?.(m.n);
          for (let k = w; k < total; k += n) {
            out.turn[k] = m.turn[k];
            out.rank[k] = m.rank[k];
          }
          resolve();
        });
        worker.on("error", reject);
        worker.on("exit", (code) => (code === 0 ? resolve() : reject(new EvalError(`evaluation worker ${w} exited with code ${code}`))));
      }),
    ),
  );
  return out;
}
