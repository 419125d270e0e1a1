import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import hnswlib from "hnswlib-node";
import { spawnWorker } from "../workers/spawn.ts";
import { buildShard, shardSize, type ShardJob } from "./index-shard.ts";

/** Saved in the index's meta; indexes of another layout (the former Euclidean reduction) load as absent. */
const SPACE = "ip";

export interface IndexOptions {
  /** Graph degree (hnswlib M). */
  readonly m: number;
  readonly efConstruction: number;
  /** Search beam; raised per query when k is larger. */
  readonly efSearch: number;
  readonly seed: number;
  /**
   * Number of HNSW graphs the items are split over (item i in shard i mod shards), each built on its own
   * worker thread and all searched per query: hnswlib-node's addPoint runs on one thread, so one graph
   * over a million items takes minutes on one core.
   */
  readonly shards: number;
}

/** From this many items on, the index is built as one shard per core. */
export const SHARD_FROM = 200_000;

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
  return { m: 32, efConstruction: 100, efSearch: efSearchFor(n), seed: 100, shards: n < SHARD_FROM ? 1 : Math.min(8, availableParallelism()) };
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
  private readonly shards: hnswlib.HierarchicalNSW[];
  private readonly qbuf: number[];

  private constructor(
    readonly dim: number,
    readonly n: number,
    /** n × (dim + 1): vector then bias, kept for exact scoring of small candidate sets and the fallback. */
    readonly vectors: Float32Array,
    shards: hnswlib.HierarchicalNSW[],
    /** efSearch may be changed after loading (a query-time trade of latency for recall). */
    public options: IndexOptions,
  ) {
    this.shards = shards;
    this.qbuf = new Array<number>(dim + 1).fill(0);
  }

  /** Builds the index over n items in this thread: vectors [n, dim], bias [n] (null: zeros); options default by n. */
  static build(vectors: Float32Array, bias: Float32Array | null, n: number, dim: number, options: Partial<IndexOptions> = {}): ItemIndex {
    const o = { ...indexOptionsFor(n), ...options };
    const x = withBias(vectors, bias, n, dim, new Float32Array(n * (dim + 1)));
    const shards = Array.from({ length: o.shards }, (_, s) => buildShard({ x, n, dim, shard: s, options: o }));
    for (const h of shards) h.setEf(o.efSearch);
    return new ItemIndex(dim, n, x, shards, o);
  }

  /**
   * The same index with each shard built on a worker thread of its own (the graphs are those `build`
   * makes). The workers read the vectors from shared memory and hand their graph back through a file.
   */
  static async buildParallel(vectors: Float32Array, bias: Float32Array | null, n: number, dim: number, options: Partial<IndexOptions> = {}): Promise<ItemIndex> {
    const o = { ...indexOptionsFor(n), ...options };
    if (o.shards === 1) return ItemIndex.build(vectors, bias, n, dim, o);
    const D = dim + 1;
    const x = withBias(vectors, bias, n, dim, new Float32Array(new SharedArrayBuffer(n * D * 4)));
    const tmp = mkdtempSync(path.join(tmpdir(), "pathwise-index-"));
    try {
      const files = await Promise.all(
        Array.from({ length: o.shards }, (_, s) => {
          const job: ShardJob & { file: string } = { x, n, dim, shard: s, options: o, file: path.join(tmp, `${s}.hnsw`) };
          return new Promise<string>((resolve, reject) => {
            const w = spawnWorker(new URL("./index-shard-worker.ts", import.meta.url), job);
            w.once("message", () => resolve(job.file));
            w.once("error", reject);
            w.once("exit", (code) => code !== 0 && reject(new Error(`index shard ${s} worker exited with ${code}`)));
          });
        }),
      );
      const shards = files.map((file) => {
        const h = new hnswlib.HierarchicalNSW("ip", D);
        h.readIndexSync(file);
        h.setEf(o.efSearch);
        return h;
      });
      return new ItemIndex(dim, n, new Float32Array(x), shards, o);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  /** Writes `<dir>/<name>.hnsw` (shard s > 0: `<name>.hnsw.<s>`) and `<name>.json` + `.bin` (meta, vectors); files renamed into place. */
  save(dir: string, name: string): void {
    mkdirSync(dir, { recursive: true });
    const base = path.join(dir, name);
    const graphs = this.shards.map((_, s) => shardFile(base, s));
    this.shards.forEach((h, s) => h.writeIndexSync(`${graphs[s]}.tmp`));
    writeFileSync(`${base}.bin.tmp`, Buffer.from(this.vectors.buffer, this.vectors.byteOffset, this.vectors.byteLength));
    writeFileSync(`${base}.json.tmp`, JSON.stringify({ space: SPACE, dim: this.dim, n: this.n, options: this.options }) + "\n");
    for (const file of [...graphs, `${base}.bin`, `${base}.json`]) renameSync(`${file}.tmp`, file);
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
    // indexes saved before shards existed are one graph
    const options = { ...meta.options, shards: meta.options.shards ?? 1 };
    const buf = readFileSync(`${base}.bin`);
    if (buf.byteLength !== meta.n * (meta.dim + 1) * 4) return null;
    const vectors = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    const shards: hnswlib.HierarchicalNSW[] = [];
    for (let s = 0; s < options.shards; s++) {
      const file = shardFile(base, s);
      if (!existsSync(file)) return null;
      const h = new hnswlib.HierarchicalNSW("ip", meta.dim + 1);
      h.readIndexSync(file);
      if (h.getCurrentCount() !== shardSize(meta.n, s, options.shards)) return null;
      h.setEf(options.efSearch);
      shards.push(h);
    }
    return new ItemIndex(meta.dim, meta.n, vectors, shards, options);
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
      const found: number[] = [];
      for (const h of this.shards) {
        h.setEf(ef);
        const kk = Math.min(k, h.getCurrentCount());
        if (kk === 0) continue;
        const r = filter ? h.searchKnn(qb, kk, filter) : h.searchKnn(qb, kk);
        for (const i of r.neighbors) found.push(i);
      }
      if (found.length >= k) {
        for (const h of this.shards) h.setEf(this.options.efSearch);
        // hnswlib's 1 − q·x in float32 loses digits on large scores: re-score exactly and keep the k best, same order rule as exact()
        return this.exact(q, k, Int32Array.from(found));
      }
      if (ef >= this.n) break;
      ef = Math.min(this.n, ef * 4);
    }
    for (const h of this.shards) h.setEf(this.options.efSearch);
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

/** x [n, dim + 1]: each item's vector then its bias (0 without one). */
function withBias(vectors: Float32Array, bias: Float32Array | null, n: number, dim: number, x: Float32Array): Float32Array {
  const D = dim + 1;
  for (let i = 0; i < n; i++) {
    x.set(vectors.subarray(i * dim, (i + 1) * dim), i * D);
    x[i * D + dim] = bias ? bias[i] : 0;
  }
  return x;
}

function shardFile(base: string, s: number): string {
  return s === 0 ? `${base}.hnsw` : `${base}.hnsw.${s}`;
}

function countDistinct(set: Uint8Array): number {
  let c = 0;
  for (let i = 0; i < set.length; i++) c += set[i];
  return c;
}
