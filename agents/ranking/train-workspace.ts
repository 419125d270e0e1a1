import path from "node:path";
import type { Graph } from "../../graph/types.ts";
import { BPR_DEFAULTS, BprMf } from "./bpr.ts";
import { CFT_DEFAULTS, type CftConfig } from "./cft.ts";
import { tuneAlpha, EVAL_SEQ_DEFAULTS } from "./eval-seq.ts";
import { fitEarlyStopping } from "./fit.ts";
import { GRU4REC_DEFAULTS, Gru4rec } from "./gru4rec.ts";
import type { Recommender } from "./model.ts";
import { loadModel, saveModel } from "./model-store.ts";
import { loadPreference } from "./preference-store.ts";
import { indexDir, ItemIndex } from "./retrieval.ts";
import { buildNeighbourIndex, NEIGHBOUR_SOURCES, neighbourIndexName, unitItemVectors } from "./item-neighbours.ts";
import { SASREC_DEFAULTS, Sasrec } from "./sasrec.ts";
import { leaveOneOut } from "./sequences.ts";
import { trainSequences } from "./sequence-scorer.ts";

export const TRAINABLE = ["sasrec", "gru4rec", "bpr"] as const;
export type TrainableName = (typeof TRAINABLE)[number];

export interface TrainOptions {
  readonly models: readonly TrainableName[];
  readonly cft: CftConfig | null;
  readonly maxEpochs: number;
  readonly patience: number;
  readonly seed: number;
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
 * Trains the chosen models on the workspace's train split (each user's last train item held out for
 * early stopping), saves them in `<workspace>/models/`, then rebuilds the HNSW indexes.
 */
export async function trainWorkspace(g: Graph, workspace: string, o: TrainOptions): Promise<{ models: Record<string, TrainedModel>; indexes: Record<string, IndexInfo> }> {
  const supported = supportedModels(g);
  for (const m of o.models) {
    if (!supported.includes(m)) throw new Error(`${m} needs timestamps, and ${g.manifest.name} has none`);
  }
  const loo = leaveOneOut(trainSequences(g));
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
  return { models: out, indexes: rebuildIndexes(g, workspace, o.log) };
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
  readonly seconds: number;
}

/**
 * `<workspace>/index/<name>.*` for every item-vector source present: the preference model's item vectors
 * (with its item bias) and the stored sequence models' item embeddings (with their output bias).
 */
export function rebuildIndexes(g: Graph, workspace: string, log: TrainOptions["log"]): Record<string, IndexInfo> {
  const dir = indexDir(workspace);
  const out: Record<string, IndexInfo> = {};
  const build = (name: string, vectors: Float32Array, bias: Float32Array | null, dim: number) => {
    const t = performance.now();
    ItemIndex.build(vectors, bias, g.nItems, dim).save(dir, name);
    out[name] = { items: g.nItems, dim, seconds: (performance.now() - t) / 1000 };
    log(`index ${name} rebuilt`, { ...out[name] });
  };
  const pref = loadPreference(workspace);
  if (pref && pref.nItems === g.nItems) build("preference", pref.item, pref.itemBias, pref.dim);
  for (const name of ["sasrec", "gru4rec"]) {
    const loaded = loadModel(path.join(workspace, "models"), name);
    const vec = loaded?.model.itemVectors();
    const params = (loaded?.model as { params?: { get(n: string): Float32Array } } | undefined)?.params;
    if (vec && params && vec.data.length === g.nItems * vec.dim) build(name, vec.data, params.get("ibias"), vec.dim);
  }
  // The item-similarity indexes named items are looked up in (agents/ranking/item-neighbours.ts).
  for (const source of NEIGHBOUR_SOURCES) {
    const unit = unitItemVectors(workspace, g, source);
    if (!unit) continue;
    const t = performance.now();
    buildNeighbourIndex(workspace, g, source, unit);
    out[neighbourIndexName(source)] = { items: g.nItems, dim: unit.dim, seconds: (performance.now() - t) / 1000 };
  }
  return out;
}
