import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import hnswlib from "hnswlib-node";

/** Saved in the index's meta; indexes of another layout (the former Euclidean reduction) load as absent. */
const SPACE = "ip";

export interface IndexOptions {
  /** Graph degree (hnswlib M). */
  readonly m: number;
  readonly efConstruction: number;
  /** Search beam; raised per query when k is larger. */
  readonly efSearch: number;
  readonly seed: number;
}

/** `<workspace>/index/`, where `pathwise train` writes one index per item-vector source. */
export function indexDir(workspace: string): string {
  return path.join(workspace, "index");
}

/** A workspace's index by source name ("preference", "sasrec", "gru4rec"), or null when not built. */
export function loadItemIndex(workspace: string, name: string): ItemIndex | null {
  return ItemIndex.load(indexDir(workspace), name);
}

/**
 * Defaults for n items. Measured on clustered vectors with a bias (bench/hnsw.ts, docs/retrieval.md): a
 * wide graph (M 32) costs no more build time than M 16 at efConstruction 100 and lifts recall; the search
 * beam grows with the catalog (√n, at least 100) because recall at a fixed beam falls as n grows.
 */
export function indexOptionsFor(n: number): IndexOptions {
  return { m: 32, efConstruction: 100, efSearch: efSearchFor(n), seed: 100 };
}

/** The default search beam for n items. */
export function efSearchFor(n: number): number {
  return Math.max(100, Math.ceil(Math.sqrt(n)));
}

export interface Hits {
  readonly items: Int32Array;
  readonly scores: Float32Array;
}

/** Which items may be returned: a predicate, or an explicit candidate list (the dialogue's candidates). */
export type Allowed = ((item: number) => boolean) | Int32Array;

/**
 * Maximum-inner-product search over item vectors with an HNSW graph (hnswlib-node) built in inner-product
 * space (ip-NSW, Morozov & Babenko 2018): each item is [v_i, b_i] (vector and bias) and a query [q, 1], so
 * the graph is walked by the model's own score q·v_i + b_i. The Euclidean reduction (append
 * √(Φ² − ‖x_i‖²), Bachrach et al. 2014) is exact too, but puts every query far from every item: at
 * 1M items it needed beam 3,200 for the recall this reaches at 800 (docs/retrieval.md). Returned
 * scores are recomputed exactly from the stored vectors.
 */
export class ItemIndex {
  private readonly hnsw: hnswlib.HierarchicalNSW;
  private readonly qbuf: number[];

  private constructor(
    readonly dim: number,
    readonly n: number,
    /** n × (dim + 1): vector then bias, kept for exact scoring of small candidate sets and the fallback. */
    readonly vectors: Float32Array,
    hnsw: hnswlib.HierarchicalNSW,
    /** efSearch may be changed after loading (a query-time trade of latency for recall). */
    public options: IndexOptions,
  ) {
    this.hnsw = hnsw;
    this.qbuf = new Array<number>(dim + 1).fill(0);
  }

  /** Builds the index over n items: vectors [n, dim], bias [n] (null: zeros); options default by n. */
  static build(vectors: Float32Array, bias: Float32Array | null, n: number, dim: number, options: Partial<IndexOptions> = {}): ItemIndex {
    const o = { ...indexOptionsFor(n), ...options };
    const D = dim + 1;
    const x = new Float32Array(n * D);
    const hnsw = new hnswlib.HierarchicalNSW("ip", D);
    hnsw.initIndex(Math.max(1, n), o.m, o.efConstruction, o.seed);
    const p = new Array<number>(D);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < dim; j++) p[j] = x[i * D + j] = vectors[i * dim + j];
      p[dim] = x[i * D + dim] = bias ? bias[i] : 0;
      hnsw.addPoint(p, i);
    }
    hnsw.setEf(o.efSearch);
    return new ItemIndex(dim, n, x, hnsw, o);
  }

  /** Writes `<dir>/<name>.hnsw` and `<name>.json` + `.bin` (meta, vectors); files renamed into place. */
  save(dir: string, name: string): void {
    mkdirSync(dir, { recursive: true });
    const base = path.join(dir, name);
    this.hnsw.writeIndexSync(`${base}.hnsw.tmp`);
    writeFileSync(`${base}.bin.tmp`, Buffer.from(this.vectors.buffer, this.vectors.byteOffset, this.vectors.byteLength));
    writeFileSync(`${base}.json.tmp`, JSON.stringify({ space: SPACE, dim: this.dim, n: this.n, options: this.options }) + "\n");
    for (const ext of ["hnsw", "bin", "json"]) renameSync(`${base}.${ext}.tmp`, `${base}.${ext}`);
  }

  /** The saved index, or null when absent, inconsistent or of an older layout (`pathwise train` rebuilds it). */
  static load(dir: string, name: string): ItemIndex | null {
    const base = path.join(dir, name);
    if (!["hnsw", "bin", "json"].every((ext) => existsSync(`${base}.${ext}`))) return null;
    let meta: { space?: string; dim: number; n: number; options: IndexOptions };
    try {
      meta = JSON.parse(readFileSync(`${base}.json`, "utf8"));
    } catch {
      return null;
    }
    if (meta.space !== SPACE) return null;
    const buf = readFileSync(`${base}.bin`);
    if (buf.byteLength !== meta.n * (meta.dim + 1) * 4) return null;
    const vectors = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    const hnsw = new hnswlib.HierarchicalNSW("ip", meta.dim + 1);
    hnsw.readIndexSync(`${base}.hnsw`);
    if (hnsw.getCurrentCount() !== meta.n) return null;
    hnsw.setEf(meta.options.efSearch);
    return new ItemIndex(meta.dim, meta.n, vectors, hnsw, meta.options);
  }

  /** Exact score of item i for query q (q·v_i + b_i). */
  score(q: Float32Array, i: number): number {
    const D = this.dim + 1;
    let s = this.vectors[i * D + this.dim];
    for (let j = 0; j < this.dim; j++) s += q[j] * this.vectors[i * D + j];
    return s;
  }

  /**
   * The k best items for query q, best first, among `allowed` when given. Returns min(k, #allowed) items:
   * an explicit candidate list of up to `exactBelow` items is scored exactly; otherwise HNSW with a filter,
   * its beam widened while it returns too few, and an exact scan as the last resort.
   */
  search(q: Float32Array, k: number, allowed?: Allowed, exactBelow = 2048): Hits {
    if (allowed instanceof Int32Array) {
      if (allowed.length <= exactBelow) return this.exact(q, k, allowed);
      const set = new Uint8Array(this.n);
      for (let i = 0; i < allowed.length; i++) set[allowed[i]] = 1;
      return this.approximate(q, Math.min(k, countDistinct(set)), (i) => set[i] === 1);
    }
    return this.approximate(q, Math.min(k, this.n), allowed);
  }

  private approximate(q: Float32Array, k: number, filter?: (item: number) => boolean): Hits {
    if (k <= 0) return { items: new Int32Array(0), scores: new Float32Array(0) };
    const qb = this.qbuf;
    for (let j = 0; j < this.dim; j++) qb[j] = q[j];
    qb[this.dim] = 1;
    let ef = Math.max(this.options.efSearch, k);
    for (;;) {
      this.hnsw.setEf(ef);
      const r = filter ? this.hnsw.searchKnn(qb, k, filter) : this.hnsw.searchKnn(qb, k);
      if (r.neighbors.length >= k) {
        this.hnsw.setEf(this.options.efSearch);
        // hnswlib's 1 − q·x in float32 loses digits on large scores: re-score the k exactly, same order rule as exact()
        return this.exact(q, k, Int32Array.from(r.neighbors));
      }
      if (ef >= this.n) break;
      ef = Math.min(this.n, ef * 4);
    }
    this.hnsw.setEf(this.options.efSearch);
    // the filter is too selective for the graph walk: score every allowed item exactly
    const all: number[] = [];
    for (let i = 0; i < this.n; i++) if (!filter || filter(i)) all.push(i);
    return this.exact(q, k, Int32Array.from(all));
  }

  private exact(q: Float32Array, k: number, items: Int32Array): Hits {
    const s = new Float32Array(items.length);
    for (let i = 0; i < items.length; i++) s[i] = this.score(q, items[i]);
    const order = Array.from(items.keys()).sort((a, b) => s[b] - s[a] || items[a] - items[b]).slice(0, k);
    return { items: Int32Array.from(order, (i) => items[i]), scores: Float32Array.from(order, (i) => s[i]) };
  }
}

function countDistinct(set: Uint8Array): number {
  let c = 0;
  for (let i = 0; i < set.length; i++) c += set[i];
  return c;
}
