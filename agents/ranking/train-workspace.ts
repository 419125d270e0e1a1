import path from "node:path";
import type { Graph } from "../../graph/types.ts";
import { BPR_DEFAULTS, BprMf } from "./bpr.ts";
import { CFT_DEFAULTS, type CftConfig } from "./cft.ts";
import { tuneAlpha, EVAL_SEQ_DEFAULTS } from "./eval-seq.ts";
import { fitEarlyStopping } from "./fit.ts";
import { GRU4REC_DEFAULTS, Gru4rec } from "./gru4rec.ts";
import type { Recommender } from "./model.ts";
import { loadModel, saveModel } from "./model-store.ts";
import { chooseVariant, ensurePreference, LARGE_CATALOG, loadPreference, savePreference, VARIANTS, type TrainedVariant } from "./preference-store.ts";
import { fitsGraph, type PreferenceModel } from "./preference.ts";
import { spawnWorker } from "../workers/spawn.ts";
import { Random } from "../random.ts";
import { indexDir, ItemIndex } from "./retrieval.ts";
import { NEIGHBOUR_SOURCES, neighbourIndexName, saveNeighbourIndex, unitItemVectors } from "./item-neighbours.ts";
import { SASREC_DEFAULTS, Sasrec } from "./sasrec.ts";
import { leaveOneOut, type LeaveOneOut } from "./sequences.ts";
import { trainSequences } from "./sequence-scorer.ts";

export const TRAINABLE = ["sasrec", "gru4rec", "bpr"] as const;
export type TrainableName = (typeof TRAINABLE)[number];

export interface TrainOptions {
  readonly models: readonly TrainableName[];
  readonly cft: CftConfig | null;
  readonly maxEpochs: number;
  readonly patience: number;
  readonly seed: number;
  /** Train the preference model first when the workspace has none for this graph (default true). */
  readonly preference?: boolean;
  readonly log: (message: string, fields?: Record<string, unknown>) => void;
}

export interface TrainedModel {
  readonly epochs: number;
  readonly bestEpoch: number;
  readonly validNdcg10: number;
  readonly seconds: number;
  readonly alpha?: number;
}

/** What the workspace supports: sequence models need timestamps, BPR-MF does not. */
export function supportedModels(g: Graph): TrainableName[] {
  return g.manifest.hasTimestamps ? ["sasrec", "gru4rec", "bpr"] : ["bpr"];
}

/**
 * What `pathwise train` trains when no model is named: every supported model, except on a large
 * catalog, where none (a SASRec epoch costs about 78 s of CPU per million train interactions,
 * docs/datasets.md: half an hour per epoch at 20M); the preference model and its index are built either way.
 */
export function defaultModels(g: Graph): TrainableName[] {
  return g.nItems < LARGE_CATALOG ? supportedModels(g) : [];
}

/** Users whose validation target early stopping scores on a large catalog (a full ranking of every item each). */
const LARGE_CATALOG_VALID_USERS = 2000;

/**
 * Trains the preference model when missing, then the chosen models on the workspace's train split
 * (each user's last train item held out for early stopping; on a large catalog, a seeded sample of
 * 2,000 of those users), saves them in `<workspace>/models/`, then rebuilds the HNSW indexes.
 */
export async function trainWorkspace(
  g: Graph,
  workspace: string,
  o: TrainOptions,
): Promise<{ preference?: TrainedPreference; models: Record<string, TrainedModel>; indexes: Record<string, IndexInfo> }> {
  const supported = supportedModels(g);
  for (const m of o.models) {
    if (!supported.includes(m)) throw new Error(`${m} needs timestamps, and ${g.manifest.name} has none`);
  }
  const preference = o.preference === false ? undefined : await trainPreferenceModel(g, workspace, o.log);
  const loo = sampleValidation(leaveOneOut(trainSequences(g)), g.nItems < LARGE_CATALOG ? Infinity : LARGE_CATALOG_VALID_USERS, o.seed);
  const dir = path.join(workspace, "models");
  const out: Record<string, TrainedModel> = {};
  for (const name of o.models) {
    const model = create(name, g, o.seed);
    const fit = await fitEarlyStopping(model, loo, {
      maxEpochs: o.maxEpochs, patience: o.patience, seed: o.seed, decay: EVAL_SEQ_DEFAULTS.decay ?? undefined,
      onEpoch: (epoch, loss, valid, seconds) => o.log(`${name} epoch ${epoch}`, { loss, validNdcg10: valid, seconds }),
    });
    let final: Recommender = model;
    let result: TrainedModel = { epochs: fit.epochs, bestEpoch: fit.bestEpoch, validNdcg10: fit.validNdcg10, seconds: fit.seconds };
    if (name === "sasrec" && o.cft && model instanceof Sasrec) {
      const f = EVAL_SEQ_DEFAULTS.fineTune;
      const tuned = new Sasrec({ ...model.config, lr: model.config.lr * f.lrScale, cft: o.cft }, model.params.data);
      const ft = await fitEarlyStopping(tuned, loo, {
        maxEpochs: Math.min(o.maxEpochs, f.maxEpochs), patience: f.patience, seed: o.seed, evalFirst: true,
        onEpoch: (epoch, loss, valid, seconds) => o.log(`sasrec cft epoch ${epoch}`, { loss, validNdcg10: valid, seconds }),
      });
      const a = tuneAlpha(tuned, loo, EVAL_SEQ_DEFAULTS.alphas);
      final = tuned;
      result = { epochs: fit.epochs + ft.epochs, bestEpoch: ft.bestEpoch, validNdcg10: a.validNdcg10, seconds: fit.seconds + ft.seconds, alpha: a.alpha };
    }
    saveModel(dir, name, final, g.manifest.createdAt, { ...result });
    out[name] = result;
    o.log(`${name} saved`, { ...result });
  }
  return { ...(preference ? { preference } : {}), models: out, indexes: await rebuildIndexes(g, workspace, o.log) };
}

export interface TrainedPreference {
  readonly trained: boolean;
  readonly variant?: string;
  readonly validAuc?: number;
  readonly epochs: number;
  readonly seconds: number;
}

/**
 * The workspace's preference model (what every conversation scores with), trained with progress when
 * missing, as the server and the evaluation would otherwise train it when they start. On a large
 * catalog its two variants train side by side on two worker threads.
 */
async function trainPreferenceModel(g: Graph, workspace: string, log: TrainOptions["log"]): Promise<TrainedPreference> {
  const t = performance.now();
  const stored = loadPreference(workspace);
  let model: PreferenceModel;
  let trained = true;
  if (g.nItems >= LARGE_CATALOG && !(stored && fitsGraph(stored, g))) {
    const variants = await Promise.all(Object.keys(VARIANTS).map((variant) => trainVariantOnWorker(workspace, variant, log)));
    for (const v of variants) log(`preference ${v.variant} trained`, { validAuc: v.auc });
    model = chooseVariant(g, variants);
    savePreference(workspace, model);
  } else {
    let variant = 0;
    const names = Object.keys(VARIANTS);
    ({ model, trained } = ensurePreference(
      workspace,
      g,
      {
        onEpoch: (epoch, loss, validAuc) => log(`preference ${names[variant]} epoch ${epoch}`, { loss, ...(validAuc === undefined ? {} : { validAuc }) }),
        onSteps: (epoch, done, total) => log(`preference ${names[variant]} epoch ${epoch}: ${done.toLocaleString("en")} of ${total.toLocaleString("en")} pairs`),
      },
      (name, auc) => {
        log(`preference ${name} trained`, { validAuc: auc });
        variant++;
      },
    ));
  }
  const info = model.info;
  const result = { trained, variant: info.variant, validAuc: info.validAuc, epochs: info.epochs, seconds: (performance.now() - t) / 1000 };
  log(trained ? "preference saved" : "preference model present", { ...result });
  return result;
}

function trainVariantOnWorker(workspace: string, variant: string, log: TrainOptions["log"]): Promise<TrainedVariant> {
  return new Promise((resolve, reject) => {
    const w = spawnWorker(new URL("./preference-variant-worker.ts", import.meta.url), { workspace, variant });
    w.on("message", (m: { kind: "log"; message: string; fields?: Record<string, unknown> } | { kind: "done"; model: PreferenceModel; auc: number }) => {
      if (m.kind === "log") log(m.message, m.fields);
      else resolve({ variant, model: m.model, auc: m.auc });
    });
    w.once("error", reject);
    w.once("exit", (code) => code !== 0 && reject(new Error(`preference ${variant} worker exited with ${code}`)));
  });
}

/** `loo` with at most `max` evaluation users, a seeded sample kept in id order. */
function sampleValidation(loo: LeaveOneOut, max: number, seed: number): LeaveOneOut {
  const users = loo.evalUsers;
  if (users.length <= max) return loo;
  const picked = new Random(seed).shuffle(users.slice()).subarray(0, max).sort();
  return { ...loo, evalUsers: picked };
}

function create(name: TrainableName, g: Graph, seed: number): Recommender & { params: { data: Float32Array } } {
  switch (name) {
    case "sasrec":
      return new Sasrec({ ...SASREC_DEFAULTS, nItems: g.nItems, seed });
    case "gru4rec":
      return new Gru4rec({ ...GRU4REC_DEFAULTS, nItems: g.nItems, seed });
    case "bpr":
      return new BprMf({ ...BPR_DEFAULTS, nUsers: g.nUsers, nItems: g.nItems, seed });
  }
}

export interface IndexInfo {
  readonly items: number;
  readonly dim: number;
  readonly shards: number;
  readonly seconds: number;
}

/**
 * `<workspace>/index/<name>.*` for every item-vector source present: the preference model's item vectors
 * (with its item bias) and the stored sequence models' item embeddings (with their output bias). From
 * 200,000 items on, each index is built in shards, one worker thread per core (retrieval.ts).
 */
export async function rebuildIndexes(g: Graph, workspace: string, log: TrainOptions["log"]): Promise<Record<string, IndexInfo>> {
  const dir = indexDir(workspace);
  const out: Record<string, IndexInfo> = {};
  const build = async (name: string, vectors: Float32Array, bias: Float32Array | null, dim: number) => {
    const t = performance.now();
    const index = await ItemIndex.buildParallel(vectors, bias, g.nItems, dim);
    index.save(dir, name);
    out[name] = { items: g.nItems, dim, shards: index.options.shards, seconds: (performance.now() - t) / 1000 };
    log(`index ${name} rebuilt`, { ...out[name] });
  };
  const pref = loadPreference(workspace);
  if (pref && pref.nItems === g.nItems) await build("preference", pref.item, pref.itemBias, pref.dim);
  for (const name of ["sasrec", "gru4rec"]) {
    const loaded = loadModel(path.join(workspace, "models"), name);
    const vec = loaded?.model.itemVectors();
    const params = (loaded?.model as { params?: { get(n: string): Float32Array } } | undefined)?.params;
    if (vec && params && vec.data.length === g.nItems * vec.dim) await build(name, vec.data, params.get("ibias"), vec.dim);
  }
  // The item-similarity indexes named items are looked up in (agents/ranking/item-neighbours.ts).
  for (const source of NEIGHBOUR_SOURCES) {
    const unit = unitItemVectors(workspace, g, source);
    if (!unit) continue;
    const t = performance.now();
    const index = await ItemIndex.buildParallel(unit.vectors, null, g.nItems, unit.dim);
    saveNeighbourIndex(workspace, source, unit, index);
    out[neighbourIndexName(source)] = { items: g.nItems, dim: unit.dim, shards: index.options.shards, seconds: (performance.now() - t) / 1000 };
  }
  return out;
}
