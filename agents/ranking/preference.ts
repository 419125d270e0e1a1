import type { Graph } from "../../graph/types.ts";

/**
 * The EAR/SCPR factorization preference model:
 *   score(u, i | accepted P, rejected N) = b_i + u·v_i + Σ_{p∈P} a_p·v_i − γ Σ_{n∈N} a_n·v_i
 * where v_i is the item's own vector plus the mean of its attributes' content vectors (folded in
 * after training), so items never seen in training still get a vector from their attributes.
 * Scoring writes into caller-owned typed arrays: no allocation per turn.
 */
export interface PreferenceModel {
  readonly dim: number;
  readonly nUsers: number;
  readonly nItems: number;
  readonly nAttributes: number;
  /** nUsers × dim. */
  readonly user: Float32Array;
  /** nItems × dim, the composed item vectors v_i. */
  readonly item: Float32Array;
  readonly itemBias: Float32Array;
  /** nAttributes × dim, the preference-side attribute vectors a_p. */
  readonly attr: Float32Array;
  /** Weight of a rejected attribute's push-down. */
  readonly rejectWeight: number;
  readonly info: PreferenceInfo;
}

/** What the model was trained on and how; stored beside the vectors. */
export interface PreferenceInfo {
  readonly seed: number;
  readonly epochs: number;
  readonly dim: number;
  readonly trainPairs: number;
  readonly seconds: number;
  /** The workspace graph it belongs to: `createdAt` of its manifest. */
  readonly graphCreatedAt: string;
  /** Which form won on the valid split: "content" (items are their attributes) or "full" (plus item vectors and biases). */
  readonly variant?: string;
  /** The target's AUC in the stated-attribute candidates, valid split (see preference-select.ts). */
  readonly validAuc?: number;
  /** Weight of the user's attribute profile beside this model in the dialogue, chosen on valid (profile-select.ts). */
  readonly profileWeight?: number;
}

/** out[k] = b_i + u·v_i for i = items[k], k < n. `user` < 0 is a cold start (no user vector). */
export function scoreItems(m: PreferenceModel, user: number, items: Int32Array, n: number, out: Float32Array): void {
  const d = m.dim;
  const iv = m.item;
  if (user < 0 || user >= m.nUsers) {
    for (let k = 0; k < n; k++) out[k] = m.itemBias[items[k]];
    return;
  }
  const uo = user * d;
  const uv = m.user;
  for (let k = 0; k < n; k++) {
    const i = items[k];
    const io = i * d;
    let s = m.itemBias[i];
    for (let f = 0; f < d; f++) s += uv[uo + f] * iv[io + f];
    out[k] = s;
  }
}

/** out[k] += weight · a_attr·v_i: one accepted (weight 1) or rejected (weight −γ) attribute. */
export function addAttributeScore(
  m: PreferenceModel,
  attr: number,
  weight: number,
  items: Int32Array,
  n: number,
  out: Float32Array,
): void {
  const d = m.dim;
  const ao = attr * d;
  const av = m.attr;
  const iv = m.item;
  for (let k = 0; k < n; k++) {
    const io = items[k] * d;
    let s = 0;
    for (let f = 0; f < d; f++) s += av[ao + f] * iv[io + f];
    out[k] += weight * s;
  }
}

/** The model's affinity of a user for an attribute (u·a), used to weigh user→attribute paths. */
export function userAttributeAffinity(m: PreferenceModel, user: number, attr: number): number {
  if (user < 0 || user >= m.nUsers) return 0;
  const d = m.dim;
  let s = 0;
  for (let f = 0; f < d; f++) s += m.user[user * d + f] * m.attr[attr * d + f];
  return s;
}

/** True when the model's shape matches the graph it is used with. */
export function fitsGraph(m: PreferenceModel, g: Graph): boolean {
  return m.nUsers === g.nUsers && m.nItems === g.nItems && m.nAttributes === g.nAttributes && m.info.graphCreatedAt === g.manifest.createdAt;
}
