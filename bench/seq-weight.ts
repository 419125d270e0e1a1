/**
 * The sequence model's weight in the dialogue (`eval --seq-weight`, `serve --seq-weight`), swept on the
 * VALID split only: SR@15 and AT per weight with their 95% intervals, and each weight's paired difference
 * from weight 0 (same episodes, same seed, so the same simulated users; episodes resampled together).
 * Trains whatever model the workspace lacks first.
 * Run: npx tsx bench/seq-weight.ts --data WORKDIR [--weights 0,0.25,0.5,1,2] [--policies cpr,max-entropy] [--noises 0,0.1] [--seed 1] [--workers N]
 */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { runEval, type EvalResult } from "../agents/eval/runner.ts";
import type { EvalSettings } from "../agents/eval/settings.ts";
import { bootstrapPairedCi } from "../agents/ranking/metrics.ts";

const { values } = parseArgs({
  options: {
    data: { type: "string" },
    weights: { type: "string", default: "0,0.25,0.5,1,2" },
    policies: { type: "string", default: "cpr,max-entropy" },
    noises: { type: "string", default: "0,0.1" },
    seed: { type: "string", default: "1" },
    workers: { type: "string", default: String(availableParallelism()) },
  },
});
if (!values.data) throw new Error("usage: npx tsx bench/seq-weight.ts --data WORKDIR [--weights …] [--policies …] [--noises …]");
const list = (s: string) => s.split(",").map((x) => x.trim());
const weights = list(values.weights).map(Number);
if (!weights.includes(0)) weights.unshift(0);
const workers = Number(values.workers);
const seed = Number(values.seed);

const sr15 = (r: EvalResult) => Float64Array.from(r.outcomes.turn, (t) => (t > 0 ? 1 : 0));
const at = (r: EvalResult) => Float64Array.from(r.outcomes.turn, (t) => (t > 0 ? t : 15));
const f = (x: number, d = 3) => x.toFixed(d);
const ci = ([lo, hi]: [number, number], d = 3) => `[${f(lo, d)}, ${f(hi, d)}]`;
const signed = (x: number, d = 3) => (x >= 0 ? "+" : "") + f(x, d);

console.log(`valid split of ${values.data}, seed ${seed}, ${workers} workers; the machine is shared, so seconds are noisy`);
console.log("policy       p    W     SR@15  95% CI          AT     95% CI          ΔSR@15 paired 95% CI    ΔAT paired 95% CI");
for (const policy of list(values.policies)) {
  for (const noise of list(values.noises).map(Number)) {
    let plain: EvalResult | null = null;
    for (const w of weights) {
      const s: EvalSettings = { data: values.data, split: "valid", policy, noise, multiChoice: false, likeEdges: false, seed, maxTurn: 15, critique: false, seqWeight: w };
      const r = await runEval(s, workers);
      plain ??= r;
      const dSr = bootstrapPairedCi(sr15(r), sr15(plain), seed);
      const dAt = bootstrapPairedCi(at(r), at(plain), seed);
      const delta = w === 0 ? "" : `${signed(r.sr15 - plain.sr15)} ${ci(dSr)}   ${signed(r.at - plain.at, 2)} ${ci(dAt, 2)}`;
      console.log(
        `${policy.padEnd(12)} ${f(noise, 1)}  ${String(w).padEnd(5)} ${f(r.sr15)}  ${ci(r.ci95.sr15)}  ${f(r.at, 2)}  ${ci(r.ci95.at, 2)}  ${delta}`,
      );
    }
  }
}
