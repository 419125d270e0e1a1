import { row, SPLIT, type Graph } from "../../graph/types.ts";
import { Random } from "../random.ts";
import { addAttributeScore, scoreItems, type PreferenceModel } from "./preference.ts";
import { AttributeProfile } from "./profile.ts";

/** Profile weights tried, 0 (off) included. */
export const PROFILE_WEIGHTS: readonly number[] = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 8];

/**
 * The weight of the attribute profile beside a preference model, chosen on the valid split: the
 * one under which the belief a conversation opens with, softmax(scale · (model + w · s / mean s))
 * over the items holding one random stated attribute of the target (less the user's train items,
 * as the dialogue does), gives held-out targets the highest mean log-probability. A proper
 * scoring rule, so it picks the profile's sharpness as well as its rank order. `scale` is the
 * belief's score weight (DialogueConfig.scoreWeight). 0 when the graph has no valid split.
 */
export function selectProfileWeight(g: Graph, m: PreferenceModel, scale = 0.5, maxPairs = 3000, seed = 1): number {
  const { pairs, logLik } = profileCriterion(g, m, scale, maxPairs, seed);
  if (pairs === 0) return 0;
  let best = 0;
  for (let c = 1; c < PROFILE_WEIGHTS.length; c++) if (logLik[c] > logLik[best]) best = c;
  return PROFILE_WEIGHTS[best];
}

/**
 * The selection criterion itself: the summed log-probability of the held-out target in the opening
 * belief at each of PROFILE_WEIGHTS, over `pairs` valid pairs (`bench/profile-prior.ts` prints it).
 */
export function profileCriterion(g: Graph, m: PreferenceModel, scale = 0.5, maxPairs = 3000, seed = 1): { pairs: number; logLik: Float64Array } {
  const logLik = new Float64Array(PROFILE_WEIGHTS.length);
  let pairs = 0;
  const ix = g.interactions;
  const valid: number[] = [];
  for (let k = 0; k < ix.split.length; k++) if (ix.split[k] === SPLIT.valid) valid.push(k);
  if (!valid.length) return { pairs, logLik };
  const rng = new Random(seed);
  const picks = valid.length <= maxPairs ? valid : Array.from({ length: maxPairs }, () => valid[rng.int(valid.length)]);
  const profile = new AttributeProfile(g);
  let model = new Float32Array(1024);
  let prof = new Float32Array(1024);
  for (const { user, attribute, cand, n, t } of openings(g, picks, rng)) {
    if (model.length < n) {
      model = new Float32Array(cand.length);
      prof = new Float32Array(cand.length);
    }
    scoreItems(m, user, cand, n, model);
    addAttributeScore(m, attribute, 1, cand, n, model);
    const mean = profile.scoresWithMean(user, cand, n, prof);
    PROFILE_WEIGHTS.forEach((w, c) => {
      const pw = mean > 0 ? w / mean : 0;
      let max = -Infinity;
      for (let j = 0; j < n; j++) max = Math.max(max, scale * (model[j] + pw * prof[j]));
      let z = 0;
      for (let j = 0; j < n; j++) z += Math.exp(scale * (model[j] + pw * prof[j]) - max);
      logLik[c] += scale * (model[t] + pw * prof[t]) - max - Math.log(z);
    });
    pairs++;
  }
  return { pairs, logLik };
}

/** How a conversation about a held-out (user, target) pair opens; `cand` is reused by the next one. */
export interface Opening {
  readonly user: number;
  readonly target: number;
  /** One random attribute of the target, stated by the user. */
  readonly attribute: number;
  /** The items holding it less the user's train items (the target kept), in the first `n` places. */
  readonly cand: Int32Array;
  readonly n: number;
  /** The target's place in `cand`. */
  readonly t: number;
}

/**
 * The openings of the interactions `picks`, as the dialogue opens: one random attribute of the target
 * (drawn from `rng` as each is reached) and its items less the user's train items. Pairs whose target
 * has no attribute, or whose candidates are fewer than two, are skipped.
 */
export function* openings(g: Graph, picks: Iterable<number>, rng: Random): Generator<Opening> {
  const ix = g.interactions;
  const mark = new Uint8Array(g.nItems);
  let cand = new Int32Array(1024);
  for (const k of picks) {
    const user = ix.user[k];
    const target = ix.item[k];
    const attrs = row(g.itemAttrs, target);
    if (!attrs.length) continue;
    const attribute = attrs[rng.int(attrs.length)];
    const holders = row(g.attrItems, attribute);
    if (cand.length < holders.length) cand = new Int32Array(holders.length);
    const seen = user >= 0 && user < g.nUsers ? row(g.userItems, user) : new Int32Array(0);
    for (const i of seen) mark[i] = 1;
    let n = 0;
    let t = -1;
    for (const i of holders) {
      if (mark[i] && i !== target) continue;
      if (i === target) t = n;
      cand[n++] = i;
    }
    for (const i of seen) mark[i] = 0;
    if (n >= 2 && t >= 0) yield { user, target, attribute, cand, n, t };
  }
}
