import { row, SPLIT, type Graph } from "../../graph/types.ts";
import { Random } from "../random.ts";
import { addAttributeScore, scoreItems, type PreferenceModel } from "./preference.ts";

/**
 * How well a model ranks held-out targets inside the candidate set a conversation starts from:
 * for (user, target) pairs of the valid split (at most `maxPairs`, seeded), one random attribute
 * of the target is "stated", and the target's AUC among the items holding it is averaged.
 * Returns NaN when the graph has no valid split.
 */
export function validationAuc(g: Graph, m: PreferenceModel, maxPairs = 3000, seed = 1): number {
  const ix = g.interactions;
  const valid: number[] = [];
  for (let k = 0; k < ix.split.length; k++) if (ix.split[k] === SPLIT.valid) valid.push(k);
  if (!valid.length) return NaN;
  const rng = new Random(seed);
  const picks = valid.length <= maxPairs ? valid : Array.from({ length: maxPairs }, () => valid[rng.int(valid.length)]);
  let sum = 0;
  let counted = 0;
  let scores = new Float32Array(1024);
  for (const k of picks) {
    const target = ix.item[k];
    const attrs = row(g.itemAttrs, target);
    if (!attrs.length) continue;
    const a = attrs[rng.int(attrs.length)];
    const cand = row(g.attrItems, a);
    if (cand.length < 2) continue;
    if (scores.length < cand.length) scores = new Float32Array(cand.length);
    scoreItems(m, ix.user[k], cand, cand.length, scores);
    addAttributeScore(m, a, 1, cand, cand.length, scores);
    const t = scores[cand.indexOf(target)];
    let below = 0;
    for (let j = 0; j < cand.length; j++) below += scores[j] < t ? 1 : scores[j] === t ? 0.5 : 0;
    sum += (below - 0.5) / (cand.length - 1);
    counted++;
  }
  return counted ? sum / counted : NaN;
}
