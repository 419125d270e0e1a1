import type { Graph } from "../../graph/types.ts";
import { spawnWorker } from "../workers/spawn.ts";
import { CFT_DEFAULTS } from "./cft.ts";
import type { UserMetrics } from "./evaluate.ts";
import { bootstrapCi, bootstrapPairedCi, mean } from "./metrics.ts";
import { runSeqJob, SEQ_MODELS, type SeqJobResult, type SeqJobSettings, type SeqLog, type SeqModel } from "./seq-job.ts";
import { leaveOneOut, userSequences, type LeaveOneOut } from "./sequences.ts";

export { SEQ_MODELS, tuneAlpha, type SeqModel } from "./seq-job.ts";

export interface ModelReport {
  hr10: number;
  ndcg10: number;
  ndcg20: number;
  ci95: { hr10: [number, number]; ndcg10: [number, number]; ndcg20: [number, number] };
  train_seconds: number;
  /** What was chosen on the validation split. */
  valid: { ndcg10: number; epochs: number; bestEpoch: number; [k: string]: number };
  delta_vs_sasrec?: { ndcg10: number; ci95: [number, number] };
  /** sasrec_cft only: against the λ = 0 control fine-tuned from the same checkpoint on the same schedule. */
  delta_vs_sasrec_ft?: { ndcg10: number; ci95: [number, number] };
}

export interface EvalSeqResult {
  models: Record<string, ModelReport>;
  users: number;
  items: number;
  interactions: number;
  /** The held-out position the figures are measured on. */
  split: "valid" | "test";
  seconds: number;
}

export interface EvalSeqOptions extends SeqJobSettings {
  /** Models to run; sasrec_ft and sasrec_cft fine-tune sasrec, which then runs too. */
  readonly models: readonly SeqModel[];
  /** Models trained at once, each on its own worker thread (1: one after another on this thread). Figures do not depend on it. */
  readonly workers: number;
  readonly log: SeqLog;
}

export const EVAL_SEQ_DEFAULTS: Omit<EvalSeqOptions, "log"> = {
  seed: 1, maxEpochs: 40, patience: 3, decay: { factor: 0.3, times: 2 }, fineTune: { lrScale: 0.3, maxEpochs: 8, patience: 2 },
  cft: CFT_DEFAULTS, alphas: [0, 0.1, 0.25, 0.5], split: "test", models: SEQ_MODELS, workers: 2,
};

/**
 * Leave-one-out by time over each user's interactions (all of them, any rating): train on all but the last
 * two, early-stop and tune on the second-to-last, report the last, ranked against every item the user has
 * not interacted with. All models in one run, one seed. `split: "valid"` reports the validation position
 * instead: those figures are the ones early stopping selected on, so they are optimistic for every trained model.
 */
export async function runEvalSeq(g: Graph, o: EvalSeqOptions): Promise<EvalSeqResult> {
  const t0 = performance.now();
  const loo = leaveOneOut(userSequences(g.interactions, g.nUsers, g.nItems));
  const models = await evalSeqModels(loo, o);
  return { models, users: loo.evalUsers.length, items: g.nItems, interactions: g.interactions.user.length, split: o.split, seconds: (performance.now() - t0) / 1000 };
}

/** The models of `o.models` trained and scored on one leave-one-out split (the body of runEvalSeq). */
export async function evalSeqModels(loo: LeaveOneOut, o: EvalSeqOptions): Promise<Record<string, ModelReport>> {
  const settings: SeqJobSettings = {
    seed: o.seed, maxEpochs: o.maxEpochs, patience: o.patience, decay: o.decay, fineTune: o.fineTune, cft: o.cft, alphas: o.alphas, split: o.split,
  };
  const slots = new Slots(Math.max(1, o.workers));
  const job = async (name: SeqModel, base: Float32Array | null = null): Promise<SeqJobResult> => {
    await slots.acquire();
    try {
      if (o.workers <= 1) return await runSeqJob(name, loo, settings, base, o.log);
      return await onWorker({ name, loo, settings, base }, o.log);
    } finally {
      slots.release();
    }
  };
  const want = new Set(o.models);
  const fineTuned = want.has("sasrec_ft") || want.has("sasrec_cft");
  // the longest chain first: sasrec, then its two fine-tunes; the other models fill the other workers meanwhile
  const sasrecChain = want.has("sasrec") || fineTuned
    ? job("sasrec").then(async (base) => [base, ...(await Promise.all((["sasrec_ft", "sasrec_cft"] as const).filter((n) => want.has(n)).map((n) => job(n, base.params))))])
    : Promise.resolve([]);
  const others = (["gru4rec", "bpr", "pop"] as const).filter((n) => want.has(n)).map((n) => job(n));
  const results = new Map<SeqModel, SeqJobResult>();
  const [rest, chain] = await Promise.all([Promise.all(others), sasrecChain]);
  for (const r of [...rest, ...chain]) results.set(r.name, r);

  const models: Record<string, ModelReport> = {};
  const sasrecSeconds = results.get("sasrec")?.seconds ?? 0;
  for (const name of SEQ_MODELS) {
    const r = results.get(name);
    if (!r) continue;
    // a fine-tune's training time includes the SASRec training it starts from
    models[name] = report(r.metrics, r.seconds + (name === "sasrec_ft" || name === "sasrec_cft" ? sasrecSeconds : 0), r.valid, o.seed);
  }
  const cft = results.get("sasrec_cft");
  const sasrec = results.get("sasrec");
  const ft = results.get("sasrec_ft");
  if (cft && sasrec) models.sasrec_cft.delta_vs_sasrec = pairedDelta(cft.metrics, sasrec.metrics, o.seed);
  if (cft && ft) models.sasrec_cft.delta_vs_sasrec_ft = pairedDelta(cft.metrics, ft.metrics, o.seed);
  return models;
}

/** Runs one model on a worker thread, relaying its log lines. */
function onWorker(data: { name: SeqModel; loo: LeaveOneOut; settings: SeqJobSettings; base: Float32Array | null }, log: SeqLog): Promise<SeqJobResult> {
  return new Promise((resolve, reject) => {
    const worker = spawnWorker(new URL("./seq-job-worker.ts", import.meta.url), data);
    let done = false;
    worker.on("message", (m: { kind: "log"; message: string; fields?: Record<string, unknown> } | { kind: "done"; result: SeqJobResult }) => {
      if (m.kind === "log") return log(m.message, m.fields);
      done = true;
      resolve(m.result);
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (!done) reject(new Error(`eval-seq worker for ${data.name} exited with code ${code} before its result`));
    });
  });
}

/** A counting semaphore: at most n jobs hold a slot; waiters are served in order. */
class Slots {
  private readonly waiting: Array<() => void> = [];
  constructor(private free: number) {}

  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

/** NDCG@10(a) − NDCG@10(b) with a paired bootstrap over users. */
function pairedDelta(a: UserMetrics, b: UserMetrics, seed: number): { ndcg10: number; ci95: [number, number] } {
  return { ndcg10: mean(a.ndcg10) - mean(b.ndcg10), ci95: bootstrapPairedCi(a.ndcg10, b.ndcg10, seed) };
}

function report(t: UserMetrics, seconds: number, valid: ModelReport["valid"], seed: number): ModelReport {
  return {
    hr10: mean(t.hr10),
    ndcg10: mean(t.ndcg10),
    ndcg20: mean(t.ndcg20),
    ci95: { hr10: bootstrapCi(t.hr10, seed), ndcg10: bootstrapCi(t.ndcg10, seed), ndcg20: bootstrapCi(t.ndcg20, seed) },
    train_seconds: seconds,
    valid,
  };
}
