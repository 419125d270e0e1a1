/**
 * A stand-in preference model for timing a large synthetic workspace without the half hour of training
 * (`pathwise train`): seeded random attribute vectors, each item the mean of its attributes' vectors
 * plus noise, each user the mean of up to 20 of their train items, item bias log(1 + train count) / 4;
 * the shape and arithmetic of a trained model (dim 32, the default), not its accuracy. Saved as the
 * workspace's preference model, then the HNSW indexes the server uses are built as `pathwise train`
 * builds them (shards on worker threads).
 *
 *   npx tsx bench/stand-in-preference.ts --data WORKDIR [--dim 32] [--seed 1]
 */
import { parseArgs } from "node:util";
import type { PreferenceModel } from "../agents/ranking/preference.ts";
import { savePreference } from "../agents/ranking/preference-store.ts";
import { rebuildIndexes } from "../agents/ranking/train-workspace.ts";
import { Random } from "../agents/random.ts";
import { loadGraph } from "../graph/workspace.ts";

const { values } = parseArgs({ options: { data: { type: "string" }, dim: { type: "string", default: "32" }, seed: { type: "string", default: "1" } } });
if (!values.data) throw new Error("--data WORKDIR is required");
const g = loadGraph(values.data);
const d = Number(values.dim);
const rng = new Random(Number(values.seed));
const gauss = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());

const attr = new Float32Array(g.nAttributes * d);
for (let j = 0; j < attr.length; j++) attr[j] = gauss() * 0.5;
const item = new Float32Array(g.nItems * d);
const itemBias = new Float32Array(g.nItems);
for (let i = 0; i < g.nItems; i++) {
  const from = g.itemAttrs.offsets[i];
  const to = g.itemAttrs.offsets[i + 1];
  for (let f = 0; f < d; f++) {
    let s = 0;
    for (let e = from; e < to; e++) s += attr[g.itemAttrs.ids[e] * d + f];
    item[i * d + f] = (to > from ? s / (to - from) : 0) + gauss() * 0.2;
  }
  itemBias[i] = Math.log1p(g.itemUsers.offsets[i + 1] - g.itemUsers.offsets[i]) / 4;
}
const user = new Float32Array(g.nUsers * d);
for (let u = 0; u < g.nUsers; u++) {
  const from = g.userItems.offsets[u];
  const to = Math.min(g.userItems.offsets[u + 1], from + 20);
  for (let e = from; e < to; e++) for (let f = 0; f < d; f++) user[u * d + f] += item[g.userItems.ids[e] * d + f] / (to - from);
}
const model: PreferenceModel = {
  dim: d,
  nUsers: g.nUsers,
  nItems: g.nItems,
  nAttributes: g.nAttributes,
  user,
  item,
  itemBias,
  attr,
  rejectWeight: 0.5,
  info: { seed: Number(values.seed), epochs: 0, dim: d, trainPairs: 0, seconds: 0, graphCreatedAt: g.manifest.createdAt, variant: "stand-in", profileWeight: 0 },
};
savePreference(values.data, model);
console.error(`stand-in preference model saved (${g.nItems} items, dim ${d}); building the HNSW indexes`);
const indexes = await rebuildIndexes(g, values.data, (message, fields) => console.error(message, JSON.stringify(fields ?? {})));
console.log(JSON.stringify(indexes));
