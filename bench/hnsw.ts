/**
 * HNSW retrieval: recall@10 against exact inner-product search and query latency at 7.4k, 100k and 1M
 * synthetic items (clustered vectors with a bias, like trained item embeddings), plus build time.
 * Run: npx tsx bench/hnsw.ts [--sizes 7400,100000,1000000] [--dim 32] [--queries 200]
 */
import { ItemIndex } from "../agents/ranking/retrieval.ts";
import { Random } from "../agents/random.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg("sizes", "7400,100000,1000000").split(",").map(Number);
const dim = Number(arg("dim", "32"));
const nQueries = Number(arg("queries", "200"));

const centers = (() => {
  const rng = new Random(99);
  return Array.from({ length: 64 }, () => Float32Array.from({ length: dim }, () => rng.normal()));
})();

/** Items around 64 taste clusters; queries (user vectors) come from the same clusters, as trained ones do. */
function synthetic(n: number, seed: number): { vectors: Float32Array; bias: Float32Array } {
  const rng = new Random(seed);
  const vectors = new Float32Array(n * dim);
  const bias = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const c = centers[rng.int(centers.length)];
    for (let j = 0; j < dim; j++) vectors[i * dim + j] = c[j] + 0.7 * rng.normal();
    bias[i] = 0.5 * rng.normal();
  }
  return { vectors, bias };
}

/** Exact top-k by a full scan (what the index must match). */
function exact(vectors: Float32Array, bias: Float32Array, n: number, q: Float32Array, k: number): Set<number> {
  const best = new Float64Array(k).fill(-Infinity);
  const ids = new Int32Array(k).fill(-1);
  for (let i = 0; i < n; i++) {
    let s = bias[i];
    const o = i * dim;
    for (let j = 0; j < dim; j++) s += q[j] * vectors[o + j];
    if (s <= best[k - 1]) continue;
    let p = k - 1;
    while (p > 0 && best[p - 1] < s) {
      best[p] = best[p - 1];
      ids[p] = ids[p - 1];
      p--;
    }
    best[p] = s;
    ids[p] = i;
  }
  return new Set(ids);
}

console.log(`dim ${dim}, ${nQueries} queries per size, k = 10 (timings on a shared machine are noisy)`);
for (const n of sizes) {
  // keep the 1M build feasible on 2 cores: a sparser graph and a narrower construction beam
  const options = n >= 500_000 ? { m: 12, efConstruction: 80, efSearch: 300 } : { m: 16, efConstruction: 200, efSearch: 200 };
  const { vectors, bias } = synthetic(n, 1);
  let t = performance.now();
  const index = ItemIndex.build(vectors, bias, n, dim, options);
  const buildS = (performance.now() - t) / 1000;
  const rng = new Random(2);
  const queries = Array.from({ length: nQueries }, () => {
    const c = centers[rng.int(centers.length)];
    return Float32Array.from({ length: dim }, (_, j) => c[j] + 0.7 * rng.normal());
  });
  const want = queries.map((q) => exact(vectors, bias, n, q, 10));
  t = performance.now();
  for (const q of queries.slice(0, 20)) exact(vectors, bias, n, q, 10);
  const exactMs = (performance.now() - t) / 20;
  console.log(`${String(n).padStart(8)} items  M=${options.m} efC=${options.efConstruction}  build ${buildS.toFixed(1)} s  exact scan ${exactMs.toFixed(2)} ms/query`);
  // the search beam trades latency for recall at query time: the same index at several beams
  for (const ef of [options.efSearch, options.efSearch * 4, options.efSearch * 16]) {
    index.options = { ...index.options, efSearch: ef };
    const lat: number[] = [];
    let hits = 0;
    queries.forEach((q, k) => {
      t = performance.now();
      const r = index.search(q, 10);
      lat.push(performance.now() - t);
      for (const i of r.items) if (want[k].has(i)) hits++;
    });
    lat.sort((a, b) => a - b);
    const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))].toFixed(3);
    console.log(`           ef=${String(ef).padEnd(5)} recall@10 ${(hits / (nQueries * 10)).toFixed(4)}  query p50 ${pct(0.5)} ms  p99 ${pct(0.99)} ms`);
  }
}
