import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Graph } from "../../graph/types.ts";
import type { ItemNeighbours } from "../dialogue/context.ts";
import { loadModel } from "./model-store.ts";
import { loadPreference } from "./preference-store.ts";
import { RecentLists } from "./recent-lists.ts";
import { indexDir, ItemIndex } from "./retrieval.ts";

/** Item vectors a similarity index can be built from: the preference model's, or a sequence model's item embeddings. */
export const NEIGHBOUR_SOURCES = ["preference", "sasrec", "gru4rec"] as const;
export type NeighbourSource = (typeof NEIGHBOUR_SOURCES)[number];

/**
 * The items most like a given one by the cosine of their vectors, through an HNSW index (hnswlib-node)
 * over unit-length item vectors: the inner product the index walks is then the cosine. The query is the
 * item's own stored vector, so a lookup needs nothing but the index.
 */
export class IndexNeighbours implements ItemNeighbours {
  private readonly query: Float32Array;

  constructor(readonly index: ItemIndex) {
    this.query = new Float32Array(index.dim);
  }

  private readonly recent = new RecentLists();

  neighbours(item: number, k: number): Int32Array {
    return this.recent.get(item, k, (i, n) => this.search(i, n));
  }

  private search(item: number, k: number): Int32Array {
    const { index, query } = this;
    const D = index.dim + 1;
    query.set(index.vectors.subarray(item * D, item * D + index.dim));
    const hits = index.search(query, k + 1).items;
    const out = new Int32Array(Math.min(k, hits.length));
    let n = 0;
    for (let r = 0; r < hits.length && n < out.length; r++) if (hits[r] !== item) out[n++] = hits[r];
    return out.subarray(0, n);
  }
}

/** The index's file name in `<workspace>/index/`. */
export function neighbourIndexName(source: NeighbourSource): string {
  return `similar-${source}`;
}

/** A source's item vectors as trained, or null when the workspace has no such model for this graph. */
function rawItemVectors(workspace: string, g: Graph, source: NeighbourSource): { data: Float32Array; dim: number } | null {
  let raw: { data: Float32Array; dim: number } | null = null;
  if (source === "preference") {
    const p = loadPreference(workspace);
    if (p && p.nItems === g.nItems) raw = { data: p.item, dim: p.dim };
  } else {
    const vec = loadModel(path.join(workspace, "models"), source)?.model.itemVectors();
    if (vec && vec.data.length === g.nItems * vec.dim) raw = vec;
  }
  return raw;
}

/** Unit-length copies of a source's item vectors, or null when the workspace has no such model for this graph. */
export function unitItemVectors(workspace: string, g: Graph, source: NeighbourSource): { vectors: Float32Array; dim: number; fingerprint: string } | null {
  const raw = rawItemVectors(workspace, g, source);
  if (!raw) return null;
  const { data, dim } = raw;
  const vectors = new Float32Array(g.nItems * dim);
  for (let i = 0; i < g.nItems; i++) {
    let norm = 0;
    for (let j = 0; j < dim; j++) norm += data[i * dim + j] ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < dim; j++) vectors[i * dim + j] = data[i * dim + j] * scale;
  }
  return { vectors, dim, fingerprint: fingerprint(data) };
}

/** FNV-1a over the vectors' bytes: an index built from other vectors (a retrained model) is rebuilt. */
function fingerprint(data: Float32Array): string {
  const bytes = new Uint32Array(data.buffer, data.byteOffset, data.length);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
  return `${data.length}:${h.toString(16)}`;
}

/**
 * The workspace's similarity index over `source`'s item vectors: loaded when saved and of this catalog's
 * size, else built and saved (`pathwise train` builds it too). Null when the source model is missing.
 */
export function openItemNeighbours(workspace: string, g: Graph, source: NeighbourSource): IndexNeighbours | null {
  const name = neighbourIndexName(source);
  const unit = unitItemVectors(workspace, g, source);
  if (!unit) return null;
  const stamp = path.join(indexDir(workspace), `${name}.source`);
  const saved = existsSync(stamp) && readFileSync(stamp, "utf8") === unit.fingerprint ? ItemIndex.load(indexDir(workspace), name) : null;
  if (saved && saved.n === g.nItems) return new IndexNeighbours(saved);
  const index = buildNeighbourIndex(workspace, g, source, unit);
  return new IndexNeighbours(index);
}

/** Builds and saves `similar-<source>` with the fingerprint of the vectors it was built from. */
export function buildNeighbourIndex(workspace: string, g: Graph, source: NeighbourSource, unit: NonNullable<ReturnType<typeof unitItemVectors>>): ItemIndex {
  const index = ItemIndex.build(unit.vectors, null, g.nItems, unit.dim);
  saveNeighbourIndex(workspace, source, unit, index);
  return index;
}

/** Saves `index` (built over `unit`) as `similar-<source>` with the fingerprint of its vectors. */
export function saveNeighbourIndex(workspace: string, source: NeighbourSource, unit: NonNullable<ReturnType<typeof unitItemVectors>>, index: ItemIndex): void {
  const name = neighbourIndexName(source);
  index.save(indexDir(workspace), name);
  writeFileSync(path.join(indexDir(workspace), `${name}.source`), unit.fingerprint);
}

/** The source served by default: the sequence model's item embeddings where one is trained, else the preference model's vectors. */
export function defaultNeighbourSource(workspace: string, g: Graph): NeighbourSource {
  return g.manifest.hasTimestamps && loadModel(path.join(workspace, "models"), "sasrec") ? "sasrec" : "preference";
}
