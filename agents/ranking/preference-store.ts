import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Graph } from "../../graph/types.ts";
import { fitsGraph, type PreferenceInfo, type PreferenceModel } from "./preference.ts";
import { trainPreference, type PreferenceTrainOptions } from "./preference-train.ts";
import { validationAuc } from "./preference-select.ts";
import { selectProfileWeight } from "./profile-select.ts";

/** `<workspace>/models/preference.json` (shape and training info) beside `preference.bin` (the vectors). */
const META = "preference.json";
const BIN = "preference.bin";

interface StoredMeta {
  dim: number;
  nUsers: number;
  nItems: number;
  nAttributes: number;
  rejectWeight: number;
  info: PreferenceInfo;
}

export function modelsDir(workspace: string): string {
  return path.join(workspace, "models");
}

/** Writes the model, files renamed into place so a crash never leaves half a model. */
export function savePreference(workspace: string, m: PreferenceModel): void {
  const dir = modelsDir(workspace);
  mkdirSync(dir, { recursive: true });
  const parts = [m.user, m.item, m.itemBias, m.attr];
  const bytes = Buffer.concat(parts.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
  const meta: StoredMeta = { dim: m.dim, nUsers: m.nUsers, nItems: m.nItems, nAttributes: m.nAttributes, rejectWeight: m.rejectWeight, info: m.info };
  writeFileSync(path.join(dir, `${BIN}.tmp`), bytes);
  writeFileSync(path.join(dir, `${META}.tmp`), JSON.stringify(meta, null, 2) + "\n");
  renameSync(path.join(dir, `${BIN}.tmp`), path.join(dir, BIN));
  renameSync(path.join(dir, `${META}.tmp`), path.join(dir, META));
}

/** The stored model, or null when there is none or it is damaged. */
export function loadPreference(workspace: string): PreferenceModel | null {
  const dir = modelsDir(workspace);
  if (!existsSync(path.join(dir, META)) || !existsSync(path.join(dir, BIN))) return null;
  let meta: StoredMeta;
  try {
    meta = JSON.parse(readFileSync(path.join(dir, META), "utf8")) as StoredMeta;
  } catch {
    return null;
  }
  const buf = readFileSync(path.join(dir, BIN));
  const { dim, nUsers, nItems, nAttributes } = meta;
  const sizes = [nUsers * dim, nItems * dim, nItems, nAttributes * dim];
  if (buf.byteLength !== 4 * sizes.reduce((a, b) => a + b, 0)) return null;
  const floats = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  let at = 0;
  const take = (n: number) => floats.subarray(at, (at += n));
  return {
    dim,
    nUsers,
    nItems,
    nAttributes,
    user: take(sizes[0]),
    item: take(sizes[1]),
    itemBias: take(sizes[2]),
    attr: take(sizes[3]),
    rejectWeight: meta.rejectWeight,
    info: meta.info,
  };
}

/**
 * The two forms the model is trained in: items as their attributes only (robust when held-out
 * targets are long-tail items the train split barely has, as in LastFM*), or with a free vector
 * and a bias per item (better when train popularity carries over, as in MovieLens).
 */
export const VARIANTS: Readonly<Record<string, PreferenceTrainOptions>> = {
  content: { itemVectors: false, itemBias: false },
  full: { itemVectors: true, itemBias: true },
};

/** From this many items on, a catalog is trained with the large-catalog settings (`scaleDefaults`). */
export const LARGE_CATALOG = 200_000;

/**
 * Training settings by catalog size: below LARGE_CATALOG none (the defaults the figures were measured
 * with); above it at most 5 epochs with early stopping on 1,000 sampled valid pairs, since an epoch
 * over tens of millions of pairs takes minutes.
 */
export function scaleDefaults(g: Graph): PreferenceTrainOptions {
  return g.nItems < LARGE_CATALOG ? {} : { epochs: 5, validation: { pairs: 1000, patience: 1 } };
}

/**
 * Trains each variant on the train split and keeps the one with the better validation AUC
 * (model selection on valid only; the content form when the workspace has no valid split),
 * then chooses the weight of the attribute profile beside it, on valid too.
 */
export function trainSelected(g: Graph, options: PreferenceTrainOptions = {}, onVariant?: (name: string, auc: number) => void): PreferenceModel {
  const trained: TrainedVariant[] = [];
  for (const [variant, form] of Object.entries(VARIANTS)) {
    const model = trainPreference(g, { ...scaleDefaults(g), ...options, ...form });
    const auc = validationAuc(g, model);
    onVariant?.(variant, auc);
    trained.push({ variant, model, auc });
    if (Number.isNaN(auc)) break;
  }
  return chooseVariant(g, trained);
}

/** One trained form of the model with its validation AUC. */
export interface TrainedVariant {
  readonly variant: string;
  readonly model: PreferenceModel;
  readonly auc: number;
}

/** The variant with the better validation AUC (the first on a tie, or when there is no valid split), with its profile weight. */
export function chooseVariant(g: Graph, trained: readonly TrainedVariant[]): PreferenceModel {
  let best: PreferenceModel | null = null;
  for (const { variant, model, auc } of trained) {
    const scored = { ...model, info: { ...model.info, variant, validAuc: auc } };
    if (Number.isNaN(auc)) return withProfileWeight(g, scored);
    if (!best || auc > (best.info.validAuc ?? -1)) best = scored;
  }
  return withProfileWeight(g, best!);
}

function withProfileWeight(g: Graph, m: PreferenceModel): PreferenceModel {
  return { ...m, info: { ...m.info, profileWeight: selectProfileWeight(g, m) } };
}

/**
 * The workspace's preference model, trained (both variants, the better kept) and saved first
 * when it is missing or belongs to an older import of the graph; its profile weight chosen and
 * saved when it has none.
 */
export function ensurePreference(
  workspace: string,
  g: Graph,
  options: PreferenceTrainOptions = {},
  onVariant?: (name: string, auc: number) => void,
): { model: PreferenceModel; trained: boolean } {
  const stored = loadPreference(workspace);
  if (stored && fitsGraph(stored, g)) {
    if (stored.info.profileWeight !== undefined) return { model: stored, trained: false };
    // Saved before the profile weight existed: choose it now rather than retrain the model.
    const chosen = withProfileWeight(g, stored);
    savePreference(workspace, chosen);
    return { model: chosen, trained: false };
  }
  const model = trainSelected(g, options, onVariant);
  savePreference(workspace, model);
  return { model, trained: true };
}
