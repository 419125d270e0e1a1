import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BprMf, type BprConfig } from "./bpr.ts";
import { Gru4rec, type Gru4recConfig } from "./gru4rec.ts";
import type { Recommender } from "./model.ts";
import { Popularity } from "./popularity.ts";
import { Sasrec, type SasrecConfig } from "./sasrec.ts";

/**
 * Trained ranking models in `<workspace>/models/`: `<name>.json` (kind, config, what it was trained on)
 * beside `<name>.bin` (the flat Float32 parameters), both renamed into place so a crash never leaves
 * half a model.
 */
export interface StoredModelMeta {
  readonly kind: string;
  readonly config: unknown;
  /** `createdAt` of the workspace manifest the model was trained on. */
  readonly graphCreatedAt: string;
  readonly trainedAt: string;
  readonly info: Record<string, unknown>;
}

export function saveModel(modelsDir: string, name: string, model: Recommender, graphCreatedAt: string, info: Record<string, unknown>): void {
  mkdirSync(modelsDir, { recursive: true });
  const s = model.save();
  const meta: StoredModelMeta = { kind: s.kind, config: s.config, graphCreatedAt, trainedAt: new Date().toISOString(), info };
  const base = path.join(modelsDir, name);
  writeFileSync(`${base}.bin.tmp`, Buffer.from(s.params.buffer, s.params.byteOffset, s.params.byteLength));
  writeFileSync(`${base}.json.tmp`, JSON.stringify(meta, null, 2) + "\n");
  renameSync(`${base}.bin.tmp`, `${base}.bin`);
  renameSync(`${base}.json.tmp`, `${base}.json`);
}

export function readModelMeta(modelsDir: string, name: string): StoredModelMeta | null {
  const file = path.join(modelsDir, `${name}.json`);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as StoredModelMeta;
  } catch {
    return null;
  }
}

/** The stored model, or null when absent or damaged (wrong size, unknown kind). */
export function loadModel(modelsDir: string, name: string): { model: Recommender; meta: StoredModelMeta } | null {
  const meta = readModelMeta(modelsDir, name);
  const bin = path.join(modelsDir, `${name}.bin`);
  if (!meta || !existsSync(bin)) return null;
  const buf = readFileSync(bin);
  const params = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  let model: Recommender & { params?: { data: Float32Array } };
  try {
    switch (meta.kind) {
      case "sasrec": {
        const c = meta.config as SasrecConfig & { alpha?: number };
        const m = new Sasrec(c, undefined);
        if (m.params.data.length !== params.length) return null;
        m.params.data.set(params);
        m.alpha = c.alpha ?? 0;
        model = m;
        break;
      }
      case "gru4rec": {
        const m = new Gru4rec(meta.config as Gru4recConfig);
        if (m.params.data.length !== params.length) return null;
        m.params.data.set(params);
        model = m;
        break;
      }
      case "bpr": {
        const m = new BprMf(meta.config as BprConfig);
        if (m.params.data.length !== params.length) return null;
        m.params.data.set(params);
        model = m;
        break;
      }
      case "pop": {
        const c = meta.config as { nItems: number };
        if (params.length !== c.nItems) return null;
        model = Popularity.load(c, params);
        break;
      }
      default:
        return null;
    }
  } catch {
    return null;
  }
  return { model, meta };
}
