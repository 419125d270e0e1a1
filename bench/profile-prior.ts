/**
 * How well each item prior ranks held-out targets, on the valid split: over all items, and among
 * the items holding one random stated attribute of the target (the candidates a conversation
 * opens with), the user's train items left out of both. Mean AUC and, for the belief the dialogue opens with,
 * the target's mean log-probability at each profile weight (profile-select.ts's criterion, on its pairs).
 *   npx tsx bench/profile-prior.ts [--data WORKDIR] [--pairs N]
 * Without --data it imports ../shared/data/lastfm-star into a temporary workspace (once).
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_CONFIG } from "../agents/dialogue/context.ts";
import { addAttributeScore, scoreItems } from "../agents/ranking/preference.ts";
import { ensurePreference } from "../agents/ranking/preference-store.ts";
import { AttributeProfile } from "../agents/ranking/profile.ts";
import { openings, PROFILE_WEIGHTS, profileCriterion } from "../agents/ranking/profile-select.ts";
import { Random } from "../agents/random.ts";
import { ensureWorkspace } from "../graph/ensure-workspace.ts";
import { row, SPLIT } from "../graph/types.ts";

const { values } = parseArgs({ options: { data: { type: "string" }, pairs: { type: "string", default: "3000" } } });
const data = values.data ?? path.join(tmpdir(), "pathwise-bench-lastfm");
const g = ensureWorkspace(path.resolve(import.meta.dirname, "..", "..", "shared", "data", "lastfm-star"), "lastfm-star", data);
const { model } = ensurePreference(data, g);
const profile = new AttributeProfile(g);
const ix = g.interactions;
const valid: number[] = [];
for (let k = 0; k < ix.split.length; k++) if (ix.split[k] === SPLIT.valid) valid.push(k);
const rng = new Random(1);
const picks = Array.from({ length: Math.min(Number(values.pairs), valid.length) }, () => valid[rng.int(valid.length)]);
const all = Int32Array.from({ length: g.nItems }, (_, i) => i);
const scale = DEFAULT_CONFIG.scoreWeight;

/** Share of the other items the target outscores (ties half). */
function auc(s: ArrayLike<number>, n: number, t: number): number {
  let below = 0;
  for (let j = 0; j < n; j++) below += s[j] < s[t] ? 1 : s[j] === s[t] ? 0.5 : 0;
  return (below - 0.5) / (n - 1);
}

const names = ["random", "popularity", "preference model", "attribute profile"];
const inCand = names.map(() => 0);
const overAll = names.map(() => 0);
let counted = 0;
const scoresOf = (items: Int32Array, user: number, stated: number) => {
  const n = items.length;
  const model_ = new Float32Array(n);
  scoreItems(model, user, items, n, model_);
  if (stated >= 0) addAttributeScore(model, stated, 1, items, n, model_);
  const prof = new Float32Array(n);
  profile.scores(user, items, n, prof);
  const pop = Float32Array.from(items, (i) => g.itemUsers.offsets[i + 1] - g.itemUsers.offsets[i]);
  return [Float32Array.from(items, () => rng.next()), pop, model_, prof];
};
for (const { user, target, attribute, cand, n, t } of openings(g, picks, rng)) {
  scoresOf(cand.subarray(0, n), user, attribute).forEach((x, j) => (inCand[j] += auc(x, n, t)));
  const seen = new Set(row(g.userItems, user));
  const unseen = all.filter((i) => !seen.has(i));
  scoresOf(unseen, user, -1).forEach((x, j) => (overAll[j] += auc(x, unseen.length, unseen.indexOf(target))));
  counted++;
}
const criterion = profileCriterion(g, model, scale, Number(values.pairs));

console.log(`${g.manifest.name} valid, ${counted} (user, target) pairs; preference model: ${model.info.variant ?? "?"}, profile weight ${model.info.profileWeight ?? "unset"}`);
console.log("prior                AUC all items   AUC in stated-attribute candidates");
names.forEach((n, j) => console.log(`${n.padEnd(20)} ${(overAll[j] / counted).toFixed(3).padStart(13)}   ${(inCand[j] / counted).toFixed(3).padStart(10)}`));
console.log(`profile weight   mean log-probability of the target in the opening belief (the selection's own ${criterion.pairs} pairs)`);
PROFILE_WEIGHTS.forEach((w, c) => console.log(`${String(w).padEnd(16)} ${(criterion.logLik[c] / criterion.pairs).toFixed(4)}`));
