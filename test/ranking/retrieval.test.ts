import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Random } from "../../agents/random.ts";
import { efSearchFor, ItemIndex } from "../../agents/ranking/retrieval.ts";

/** Clustered vectors with a bias, like trained item embeddings (and unlike uniform noise). */
function synthetic(n: number, dim: number, seed: number, clusters = 20, spread = 0.5) {
  const rng = new Random(seed);
  const centers = Array.from({ length: clusters }, () => Float32Array.from({ length: dim }, () => rng.normal()));
  const vectors = new Float32Array(n * dim);
  const bias = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const c = centers[rng.int(centers.length)];
    for (let j = 0; j < dim; j++) vectors[i * dim + j] = c[j] + spread * rng.normal();
    bias[i] = rng.normal() * 0.5;
  }
  return { vectors, bias, centers, rng };
}

function exactTop(index: ItemIndex, q: Float32Array, k: number, allowed?: (i: number) => boolean): number[] {
  const ids = Array.from({ length: index.n }, (_, i) => i).filter((i) => !allowed || allowed(i));
  const s = Float64Array.from(ids, (i) => index.score(q, i));
  return Array.from(ids.keys()).sort((a, b) => s[b] - s[a]).slice(0, k).map((j) => ids[j]);
}

describe("HNSW item index (hnswlib-node, inner product through the Euclidean reduction)", () => {
  const n = 3000;
  const dim = 16;
  const { vectors, bias } = synthetic(n, dim, 1);
  const index = ItemIndex.build(vectors, bias, n, dim);
  const rng = new Random(2);
  const queries = Array.from({ length: 50 }, () => Float32Array.from({ length: dim }, () => rng.normal()));
  const dir = mkdtempSync(path.join(tmpdir(), "pathwise-index-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("finds the exact top-10 by q·v + b (recall >= 0.95) and reports exact scores", () => {
    let hit = 0;
    for (const q of queries) {
      const got = index.search(q, 10);
      const want = new Set(exactTop(index, q, 10));
      for (let r = 0; r < got.items.length; r++) {
        if (want.has(got.items[r])) hit++;
        expect(got.scores[r]).toBeCloseTo(index.score(q, got.items[r]), 3);
      }
      for (let r = 1; r < got.scores.length; r++) expect(got.scores[r]).toBeLessThanOrEqual(got.scores[r - 1] + 1e-4);
    }
    expect(hit / (queries.length * 10)).toBeGreaterThanOrEqual(0.95);
  });

  it("returns k items under a candidate list, a selective predicate, and fewer only when fewer exist", () => {
    const q = queries[0];
    const list = Int32Array.from({ length: 60 }, (_, i) => (i * 37) % n);
    const fromList = index.search(q, 10, list);
    expect(fromList.items.length).toBe(10);
    expect([...fromList.items]).toEqual(exactTop(index, q, 10, (i) => list.includes(i)));

    // 25 allowed items spread over the catalog: a graph walk with a filter alone would come back short
    const allowed = (i: number) => i % 120 === 7;
    const filtered = index.search(q, 10, allowed);
    expect(filtered.items.length).toBe(10);
    expect(new Set(filtered.items)).toEqual(new Set(exactTop(index, q, 10, allowed)));

    const few = index.search(q, 10, (i) => i < 4);
    expect([...few.items].sort((a, b) => a - b)).toEqual([0, 1, 2, 3]);
  });

  it("saves and loads to the same answers", () => {
    index.save(dir, "items");
    const loaded = ItemIndex.load(dir, "items");
    expect(loaded).not.toBeNull();
    for (const q of queries.slice(0, 10)) expect([...loaded!.search(q, 10).items]).toEqual([...index.search(q, 10).items]);
    expect(ItemIndex.load(dir, "missing")).toBeNull();
  });

  it("loads an index saved in the former Euclidean layout as absent, so training rebuilds it", () => {
    index.save(dir, "former");
    const meta = JSON.parse(readFileSync(path.join(dir, "former.json"), "utf8"));
    writeFileSync(path.join(dir, "former.json"), JSON.stringify({ dim: meta.dim, n: meta.n, phi: 1, options: meta.options }));
    expect(ItemIndex.load(dir, "former")).toBeNull();
  });
});

describe("HNSW item index in shards (one graph per core at a million items)", () => {
  const n = 3000;
  const dim = 16;
  const { vectors, bias } = synthetic(n, dim, 4);
  const rng = new Random(5);
  const queries = Array.from({ length: 30 }, () => Float32Array.from({ length: dim }, () => rng.normal()));
  const dir = mkdtempSync(path.join(tmpdir(), "pathwise-shards-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("builds shards on worker threads that answer as shards built in this thread, and find the exact top-10", async () => {
    const parallel = await ItemIndex.buildParallel(vectors, bias, n, dim, { shards: 2 });
    const here = ItemIndex.build(vectors, bias, n, dim, { shards: 2 });
    let hit = 0;
    for (const q of queries) {
      const got = parallel.search(q, 10);
      expect([...got.items]).toEqual([...here.search(q, 10).items]);
      const want = new Set(exactTop(parallel, q, 10));
      for (const i of got.items) if (want.has(i)) hit++;
    }
    expect(hit / (queries.length * 10)).toBeGreaterThanOrEqual(0.95);
    // a selective filter still yields k items across the shards, and fewer only when fewer exist
    const allowed = (i: number) => i % 150 === 11;
    expect(new Set(parallel.search(queries[0], 10, allowed).items)).toEqual(new Set(exactTop(parallel, queries[0], 10, allowed)));
    expect([...parallel.search(queries[0], 10, (i) => i < 3).items].sort((a, b) => a - b)).toEqual([0, 1, 2]);

    parallel.save(dir, "sharded");
    const loaded = ItemIndex.load(dir, "sharded")!;
    expect(loaded.options.shards).toBe(2);
    for (const q of queries.slice(0, 10)) expect([...loaded.search(q, 10).items]).toEqual([...parallel.search(q, 10).items]);
    rmSync(path.join(dir, "sharded.hnsw.1"));
    expect(ItemIndex.load(dir, "sharded")).toBeNull();
  });
});

describe("HNSW item index at the default configuration on the bench's harder data (bench/hnsw.ts)", () => {
  // 32 dims, 64 clusters with wide spread: queries from the clusters, as user vectors are
  const n = 20_000;
  const dim = 32;
  const { vectors, bias, centers, rng } = synthetic(n, dim, 3, 64, 0.7);
  const index = ItemIndex.build(vectors, bias, n, dim);

  it("keeps recall@10 >= 0.98 at the beam chosen for n, and the beam grows with n", () => {
    expect(index.options.efSearch).toBe(efSearchFor(n));
    expect(efSearchFor(1_000_000)).toBeGreaterThan(efSearchFor(n));
    let hit = 0;
    const nq = 40;
    for (let t = 0; t < nq; t++) {
      const c = centers[rng.int(centers.length)];
      const q = Float32Array.from({ length: dim }, (_, j) => c[j] + 0.7 * rng.normal());
      const want = new Set(exactTop(index, q, 10));
      for (const i of index.search(q, 10).items) if (want.has(i)) hit++;
    }
    expect(hit / (nq * 10)).toBeGreaterThanOrEqual(0.98);
  });
});
