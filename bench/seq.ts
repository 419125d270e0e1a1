/**
 * SASRec on MovieLens-small: epoch time (the whole train part, every transition once), inference latency
 * per request (one history → scores for every item), and peak memory.
 * Run: npx tsx bench/seq.ts [--epochs 2] [--cft]
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { importDataset } from "../graph/import/index.ts";
import { Random } from "../agents/random.ts";
import { SASREC_DEFAULTS, Sasrec } from "../agents/ranking/sasrec.ts";
import { CFT_DEFAULTS } from "../agents/ranking/cft.ts";
import { leaveOneOut, sequenceOf, userSequences } from "../agents/ranking/sequences.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const epochs = Number(process.argv.includes("--epochs") ? process.argv[process.argv.indexOf("--epochs") + 1] : "2");
const cft = process.argv.includes("--cft");

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 50);

const g = importDataset("movielens", path.join(root, "data", "movielens-small"));
const loo = leaveOneOut(userSequences(g.interactions, g.nUsers, g.nItems));
const model = new Sasrec({ ...SASREC_DEFAULTS, nItems: g.nItems, cft: cft ? CFT_DEFAULTS : null });
const c = model.config;
console.log(`SASRec${cft ? " + CFT" : ""} d=${c.d} L=${c.L} blocks=${c.blocks} batch=${c.batch} negatives=${c.negatives}; ${loo.train.items.length} train interactions, ${g.nItems} items`);
console.log("single thread; the machine is shared with other work, so timings are noisy upper bounds");
const rng = new Random(1);
for (let e = 1; e <= epochs; e++) {
  const t = performance.now();
  const loss = model.trainEpoch(loo.train, rng);
  console.log(`epoch ${e}: ${((performance.now() - t) / 1000).toFixed(1)} s (loss ${loss.toFixed(3)})`);
}
const out = new Float32Array(g.nItems);
const user = new Int32Array(1);
const lat: number[] = [];
for (let i = 0; i < loo.evalUsers.length; i++) {
  const h = sequenceOf(loo.train, loo.evalUsers[i]);
  const t = performance.now();
  model.score(user, [h], out);
  lat.push(performance.now() - t);
}
lat.sort((a, b) => a - b);
console.log(`inference per request (history → ${g.nItems} scores): p50 ${lat[lat.length >> 1].toFixed(2)} ms, p99 ${lat[Math.floor(lat.length * 0.99)].toFixed(2)} ms over ${lat.length} users`);
sample();
clearInterval(timer);
console.log(`peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
