/**
 * CFT against its equal-schedule control on the VALIDATION position only (docs/cft.md, "Tuning on valid").
 * Per seed: SASRec trained as eval-seq trains it, then fine-tuned from that checkpoint for a fixed number of
 * epochs at λ = 0 (the control) and at each λ, on the fine-tuning schedule of eval-seq and one random stream.
 * Prints, per seed and pooled over seeds (per user), the paired bootstrap of valid NDCG@10 of CFT − control
 * averaged over fine-tuning epochs 1..N (epoch-matched: no selection on valid), and of the epochs that
 * early stopping would pick (as eval-seq reports them).
 *
 *
 * `--from-scratch` instead trains SASRec from random initialisation with the CFT loss, against the same
 * from scratch at λ = 0 (one random stream), both on eval-seq's SASRec schedule (early stopping and
 * reduce-on-plateau on valid): the paper's protocol read literally, where CFT replaces the recommender's
 * own fine-tuning rather than following it. It prints the early-stopped models' paired difference.
 *
 *   npx tsx bench/cft-valid.ts --data WORKDIR [--seeds 1,2] [--lambdas 0.1,0.3,1] [--beta 0.25]
 *     [--counterfactual masked|last-item] [--epochs 6] [--from-scratch]
 */
import { parseArgs } from "node:util";
import { loadGraph } from "../graph/workspace.ts";
import { Random } from "../agents/random.ts";
import { EVAL_SEQ_DEFAULTS } from "../agents/ranking/eval-seq.ts";
import { evaluateSplit } from "../agents/ranking/evaluate.ts";
import { fitEarlyStopping } from "../agents/ranking/fit.ts";
import { bootstrapPairedCi, mean } from "../agents/ranking/metrics.ts";
import { SASREC_DEFAULTS, Sasrec } from "../agents/ranking/sasrec.ts";
import { runSeqJob } from "../agents/ranking/seq-job.ts";
import { leaveOneOut, userSequences, type LeaveOneOut } from "../agents/ranking/sequences.ts";

const { values: a } = parseArgs({
  options: {
    data: { type: "string" }, seeds: { type: "string", default: "1,2" }, lambdas: { type: "string", default: "0.1,0.3,1" },
    beta: { type: "string", default: String(EVAL_SEQ_DEFAULTS.cft.beta) }, counterfactual: { type: "string", default: "masked" },
    epochs: { type: "string", default: "6" },
    "from-scratch": { type: "boolean", default: false },
  },
});
if (!a.data) throw new Error("--data WORKDIR is required");
const cf = a.counterfactual === "last-item" ? "last-item" : "masked";
const seeds = a.seeds!.split(",").map(Number);
const lambdas = a.lambdas!.split(",").map(Number);
const N = Number(a.epochs);
const g = loadGraph(a.data);
const loo = leaveOneOut(userSequences(g.interactions, g.nUsers, g.nItems));
const fmt = (x: number) => (x >= 0 ? "+" : "") + x.toFixed(4);

/** Valid NDCG@10 per user after fine-tuning epochs 0 (the checkpoint) .. N. */
function fineTune(base: Float32Array, seed: number, lambda: number, l: LeaveOneOut): Float64Array[] {
  const f = EVAL_SEQ_DEFAULTS.fineTune;
  const cft = { lambda, beta: Number(a.beta), counterfactual: cf } as const;
  const m = new Sasrec({ ...SASREC_DEFAULTS, nItems: g.nItems, seed, lr: SASREC_DEFAULTS.lr * f.lrScale, cft }, base);
  const rng = new Random(seed);
  const curve = [evaluateSplit(m, l, "valid").ndcg10];
  for (let e = 1; e <= N; e++) {
    m.trainEpoch(l.train, rng);
    curve.push(evaluateSplit(m, l, "valid").ndcg10);
  }
  return curve;
}

/** SASRec from random initialisation at `lambda`, on eval-seq's SASRec schedule: per-user valid NDCG@10 of the kept epoch. */
async function fromScratch(seed: number, lambda: number): Promise<Float64Array> {
  const cft = { lambda, beta: Number(a.beta), counterfactual: cf } as const;
  const m = new Sasrec({ ...SASREC_DEFAULTS, nItems: g.nItems, seed, cft });
  const { maxEpochs, patience, decay } = EVAL_SEQ_DEFAULTS;
  const r = await fitEarlyStopping(m, loo, { maxEpochs, patience, decay: decay ?? undefined, seed });
  console.log(`  from scratch λ ${String(lambda).padEnd(4)}valid NDCG@10 ${r.validNdcg10.toFixed(4)} (epochs ${r.epochs}, best ${r.bestEpoch}, ${r.seconds.toFixed(0)} s)`);
  return evaluateSplit(m, loo, "valid").ndcg10;
}

/** The epoch eval-seq's early stopping keeps (epoch 0 a candidate). */
function picked(curve: Float64Array[]): number {
  const patience = EVAL_SEQ_DEFAULTS.fineTune.patience;
  let best = mean(curve[0]);
  let at = 0;
  for (let e = 1; e < curve.length; e++) {
    if (mean(curve[e]) > best) [best, at] = [mean(curve[e]), e];
    else if (e - at >= patience) break;
  }
  return at;
}

const epochMean = (curve: Float64Array[]) => Float64Array.from(curve[0], (_, i) => curve.slice(1).reduce((s, c) => s + c[i], 0) / (curve.length - 1));
const pooled = new Map<number, { matched: [Float64Array, Float64Array][]; stopped: [Float64Array, Float64Array][] }>();
for (const seed of seeds) {
  if (a["from-scratch"]) {
    console.log(`seed ${seed}:`);
    const control = await fromScratch(seed, 0);
    for (const lambda of lambdas) {
      const x = await fromScratch(seed, lambda);
      const ci = bootstrapPairedCi(x, control, seed);
      console.log(`    early-stopped cft − control ${fmt(mean(x) - mean(control))} [${fmt(ci[0])}, ${fmt(ci[1])}]`);
      const p = pooled.get(lambda) ?? { matched: [], stopped: [] };
      p.stopped.push([x, control]);
      pooled.set(lambda, p);
    }
    continue;
  }
  const base = await runSeqJob("sasrec", loo, { ...EVAL_SEQ_DEFAULTS, seed, split: "valid" }, null, () => {});
  console.log(`seed ${seed}: sasrec valid NDCG@10 ${base.valid.ndcg10.toFixed(4)} (epochs ${base.valid.epochs}, best ${base.valid.bestEpoch})`);
  const control = fineTune(base.params!, seed, 0, loo);
  console.log(`  control λ 0   ${control.map((c) => mean(c).toFixed(4)).join(" ")}`);
  for (const lambda of lambdas) {
    const curve = fineTune(base.params!, seed, lambda, loo);
    const [x, y] = [epochMean(curve), epochMean(control)];
    const ci = bootstrapPairedCi(x, y, seed);
    const [pc, pf] = [picked(curve), picked(control)];
    const ci2 = bootstrapPairedCi(curve[pc], control[pf], seed);
    console.log(`  cft λ ${String(lambda).padEnd(4)}${curve.map((c) => mean(c).toFixed(4)).join(" ")}`);
    console.log(`    epoch-matched cft − control ${fmt(mean(x) - mean(y))} [${fmt(ci[0])}, ${fmt(ci[1])}]; early-stopped (epochs ${pc} vs ${pf}) ${fmt(mean(curve[pc]) - mean(control[pf]))} [${fmt(ci2[0])}, ${fmt(ci2[1])}]`);
    const p = pooled.get(lambda) ?? { matched: [], stopped: [] };
    p.matched.push([x, y]);
    p.stopped.push([curve[pc], control[pf]]);
    pooled.set(lambda, p);
  }
}
if (seeds.length > 1) {
  // per user, the mean over seeds: the bootstrap resamples users, the seeds stay paired within a user
  const avg = (xs: Float64Array[]) => Float64Array.from(xs[0], (_, i) => xs.reduce((s, x) => s + x[i], 0) / xs.length);
  for (const [lambda, p] of pooled) {
    const line = (pairs: [Float64Array, Float64Array][]) => {
      const [x, y] = [avg(pairs.map((q) => q[0])), avg(pairs.map((q) => q[1]))];
      const ci = bootstrapPairedCi(x, y, 7);
      return `${fmt(mean(x) - mean(y))} [${fmt(ci[0])}, ${fmt(ci[1])}]`;
    };
    const matched = p.matched.length ? `epoch-matched ${line(p.matched)}; ` : "";
    console.log(`pooled seeds ${seeds.join(",")}, λ ${lambda} (${cf}${a["from-scratch"] ? ", from scratch" : ""}): ${matched}early-stopped ${line(p.stopped)}`);
  }
}
