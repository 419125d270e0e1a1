/**
 * HNSW retrieval: recall@10 against exact inner-product search and query latency at 7.4k, 100k and 1M
 * synthetic items (clustered vectors with a bias, like trained item embeddings), plus build time.
 * Each size is built once with the defaults for its n (indexOptionsFor) and searched at several beams
 * around the default, so the recall/latency trade-off is visible; ratios are against an exact scan.
 * `--baseline` also builds the former configuration (Euclidean reduction; M 16 / efConstruction 200, and
 * M 12 / 80 from 500k items; beam 200, 300 from 500k) and prints it beside.
 * Build and query times are CPU time of this process (a shared machine pauses and preempts it; wall time
 * would count that), and p50 wall time per query for reference.
 * Run: npx tsx bench/hnsw.ts [--sizes 7400,100000,1000000] [--dim 32] [--queries 200] [--baseline]
 */
import hnswlib from "hnswlib-node";
import { efSearchFor, ItemIndex } from "../agents/ranking/retrieval.ts";
import { Random } from "../agents/random.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg("sizes", "7400,100000,1000000").split(",").map(Number);
const dim = Number(arg("dim", "32"));
const nQueries = Number(arg("queries", "200"));
const baseline = process.argv.includes("--baseline");
const K = 10;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

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

/** The former index: [v, b, √(Φ² − ‖[v, b]‖²)] in L2 space, query [q, 1, 0]. */
function l2Reduction(vectors: Float32Array, bias: Float32Array, n: number, m: number, efC: number) {
  const D = dim + 2;
  const norm2 = new Float64Array(n);
  let phi2 = 0;
  for (let i = 0; i < n; i++) {
    let s = bias[i] * bias[i];
    for (let j = 0; j < dim; j++) s += vectors[i * dim + j] ** 2;
    norm2[i] = s;
    phi2 = Math.max(phi2, s);
  }
  const h = new hnswlib.HierarchicalNSW("l2", D);
  h.initIndex(n, m, efC, 100);
  const p = new Array<number>(D);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < dim; j++) p[j] = vectors[i * dim + j];
    p[dim] = bias[i];
    p[dim + 1] = Math.sqrt(Math.max(0, phi2 - norm2[i]));
    h.addPoint(p, i);
  }
  return {
    setEf: (ef: number) => h.setEf(ef),
    search: (q: Float32Array) => h.searchKnn([...q, 1, 0], K).neighbors,
  };
}

interface Searcher {
  setEf(ef: number): void;
  search(q: Float32Array): ArrayLike<number>;
}

/** Recall@K and latency of one index at one beam. */
function measure(s: Searcher, ef: number, queries: Float32Array[], want: Set<number>[]) {
  s.setEf(ef);
  const wall: number[] = [];
  let hits = 0;
  const c0 = cpuMs();
  queries.forEach((q, k) => {
    const t = performance.now();
    const r = s.search(q);
    wall.push(performance.now() - t);
    for (let i = 0; i < r.length; i++) if (want[k].has(r[i])) hits++;
  });
  const cpu = (cpuMs() - c0) / queries.length;
  wall.sort((a, b) => a - b);
  return { recall: hits / (queries.length * K), cpu, p50: wall[Math.floor(wall.length / 2)] };
}

const ratio = (r: number) => r.toFixed(r < 10 ? 1 : 0);
const fmt = (label: string, ef: number, m: ReturnType<typeof measure>, exactMs: number) =>
  `  ${label.padEnd(9)} ef ${String(ef).padEnd(5)} recall@10 ${m.recall.toFixed(4)}  ${m.cpu.toFixed(3)} ms/query cpu (${ratio(exactMs / m.cpu).padStart(4)}× faster than exact)  p50 wall ${m.p50.toFixed(3)} ms`;

console.log(`dim ${dim}, ${nQueries} queries per size, k = ${K}; CPU times on a shared 2-core machine (noisy)`);
for (const n of sizes) {
  const { vectors, bias } = synthetic(n, 1);
  const rng = new Random(2);
  const queries = Array.from({ length: nQueries }, () => {
    const c = centers[rng.int(centers.length)];
    return Float32Array.from({ length: dim }, (_, j) => c[j] + 0.7 * rng.normal());
  });
  const want = queries.map((q) => exact(vectors, bias, n, q, K));
  let c = cpuMs();
  for (const q of queries.slice(0, 20)) exact(vectors, bias, n, q, K);
  const exactMs = (cpuMs() - c) / 20;

  c = cpuMs();
  const index = ItemIndex.build(vectors, bias, n, dim);
  const buildS = (cpuMs() - c) / 1000;
  const o = index.options;
  console.log(`${n} items: exact scan ${exactMs.toFixed(2)} ms/query cpu`);
  console.log(`  default   ip space, M ${o.m}, efConstruction ${o.efConstruction}, ef ${o.efSearch}: build ${buildS.toFixed(1)} s cpu`);
  const current: Searcher = {
    setEf: (ef) => (index.options = { ...index.options, efSearch: ef }),
    search: (q) => index.search(q, K).items,
  };
  const ef0 = efSearchFor(n);
  for (const ef of [ef0 / 4, ef0 / 2, ef0, ef0 * 2, ef0 * 4].map(Math.round)) {
    console.log(fmt(ef === ef0 ? "default" : "", ef, measure(current, ef, queries, want), exactMs));
  }
  if (baseline) {
    const big = n >= 500_000;
    const [m, efC, ef] = big ? [12, 80, 300] : [16, 200, 200];
    c = cpuMs();
    const old = l2Reduction(vectors, bias, n, m, efC);
    const oldS = (cpuMs() - c) / 1000;
    console.log(`  former    L2 reduction, M ${m}, efConstruction ${efC}: build ${oldS.toFixed(1)} s cpu (default build is ${(buildS / oldS).toFixed(2)}× that)`);
    for (const e of [ef, ef * 4, ef * 16]) console.log(fmt(e === ef ? "former" : "", e, measure(old, e, queries, want), exactMs));
  }
}
