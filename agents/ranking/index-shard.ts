import hnswlib from "hnswlib-node";

/** One shard of an item index to build: the items i with i mod shards = shard, from x [n, dim + 1]. */
export interface ShardJob {
  readonly x: Float32Array;
  readonly n: number;
  readonly dim: number;
  readonly shard: number;
  readonly options: { readonly m: number; readonly efConstruction: number; readonly seed: number; readonly shards: number };
}

/** Items in shard s of n items over `shards` shards. */
export function shardSize(n: number, s: number, shards: number): number {
  return Math.floor((n - s + shards - 1) / shards);
}

/** The HNSW graph of one shard (inner-product space, labels are item ids), added in item order. */
export function buildShard(job: ShardJob): hnswlib.HierarchicalNSW {
  const { x, n, dim, shard, options: o } = job;
  const D = dim + 1;
  const h = new hnswlib.HierarchicalNSW("ip", D);
  // shard 0 keeps the seed, so a one-shard index is the graph built before shards existed
  h.initIndex(Math.max(1, shardSize(n, shard, o.shards)), o.m, o.efConstruction, o.seed + shard);
  const p = new Array<number>(D);
  for (let i = shard; i < n; i += o.shards) {
    for (let j = 0; j < D; j++) p[j] = x[i * D + j];
    h.addPoint(p, i);
  }
  return h;
}
