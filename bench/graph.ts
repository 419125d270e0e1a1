/**
 * Candidate-filter throughput on LastFM*: items holding all of 1-3 accepted attributes, with and
 * without 1-2 exclusions, by sorted-list intersection, by bitsets and by the per-query choice of
 * CandidateFilter, side by side. Also times
 * loading the workspace. Run: npx tsx bench/graph.ts
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { importToWorkspace } from "../graph/import/index.ts";
import { AttributeBitsets, CandidateFilter, filterBitset, filterSorted } from "../graph/filter.ts";
import { loadGraph } from "../graph/workspace.ts";
import { row, type DatasetFormat, type Graph } from "../graph/types.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LASTFM = path.resolve(ROOT, "..", "shared", "data", "lastfm-star");
const [format, from]: [DatasetFormat, string] = existsSync(LASTFM)
  ? ["lastfm-star", LASTFM]
  : ["movielens", path.join(ROOT, "data", "movielens-small")];
if (format !== "lastfm-star") console.log("../shared is absent: measuring on the embedded MovieLens-small instead of LastFM*");

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Query {
  accept: Int32Array;
  reject: Int32Array;
}

/** What a dialogue asks: attributes of one real item (so answers are consistent), exclusions from others. */
function makeQueries(g: Graph, n: number, exclusions: boolean, seed: number): Query[] {
  const random = mulberry32(seed);
  const anyItemAttr = () => {
    for (;;) {
      const attrs = row(g.itemAttrs, Math.floor(random() * g.nItems));
      if (attrs.length) return attrs;
    }
  };
  const out: Query[] = [];
  while (out.length < n) {
    const attrs = anyItemAttr();
    const k = 1 + Math.floor(random() * Math.min(3, attrs.length));
    const accept = new Set<number>();
    while (accept.size < k) accept.add(attrs[Math.floor(random() * attrs.length)]);
    const reject = new Set<number>();
    if (exclusions) {
      const m = 1 + Math.floor(random() * 2);
      while (reject.size < m) {
        const other = anyItemAttr();
        const a = other[Math.floor(random() * other.length)];
        if (!accept.has(a)) reject.add(a);
      }
    }
    out.push({ accept: Int32Array.from(accept), reject: Int32Array.from(reject) });
  }
  return out;
}

function opsPerSecond(queries: Query[], run: (q: Query) => number): { ops: number; meanResult: number } {
  let total = 0;
  for (const q of queries) total += run(q); // warm-up, and the mean result size
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < 1000) {
    for (const q of queries) run(q);
    done += queries.length;
    elapsed = performance.now() - start;
  }
  return { ops: (done / elapsed) * 1000, meanResult: total / queries.length };
}

const dir = mkdtempSync(path.join(os.tmpdir(), "pathwise-bench-graph-"));
try {
  let t = performance.now();
  importToWorkspace(format, from, path.join(dir, "ws"));
  const importMs = performance.now() - t;
  const loads: number[] = [];
  let g!: Graph;
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    g = loadGraph(path.join(dir, "ws"));
    loads.push(performance.now() - t);
  }
  loads.sort((a, b) => a - b);
  console.log(`${format}: ${g.nUsers} users, ${g.nItems} items, ${g.nAttributes} attributes, ${g.itemAttrs.ids.length} item-attribute edges`);
  console.log(`import ${importMs.toFixed(0)} ms; loadGraph median ${loads[2].toFixed(1)} ms (min ${loads[0].toFixed(1)}, max ${loads[4].toFixed(1)})`);

  const out = new Int32Array(g.nItems);
  const bitsets = new AttributeBitsets(g.attrItems, g.nItems);
  const scratch = bitsets.scratch();
  const auto = new CandidateFilter(g.attrItems, g.nItems);
  for (let a = 0; a < g.nAttributes; a++) {
    // Build all rows up front so timings are steady-state.
    bitsets.row(a);
    auto.bitsets.row(a);
  }
  console.log("\nqueries                      method        ops/s      mean candidates");
  for (const exclusions of [false, true]) {
    const queries = makeQueries(g, 2000, exclusions, exclusions ? 2 : 1);
    const sorted = opsPerSecond(queries, (q) => filterSorted(g.attrItems, g.nItems, q.accept, q.reject, out));
    const bits = opsPerSecond(queries, (q) => filterBitset(bitsets, q.accept, q.reject, out, scratch));
    const picked = opsPerSecond(queries, (q) => auto.run(q.accept, q.reject, out));
    const label = exclusions ? "1-3 accepted, 1-2 excluded" : "1-3 accepted, none excluded";
    console.log(`${label.padEnd(28)} sorted-list ${sorted.ops.toFixed(0).padStart(10)}   ${sorted.meanResult.toFixed(1)}`);
    console.log(`${"".padEnd(28)} bitset      ${bits.ops.toFixed(0).padStart(10)}   ${bits.meanResult.toFixed(1)}`);
    console.log(`${"".padEnd(28)} auto        ${picked.ops.toFixed(0).padStart(10)}   ${picked.meanResult.toFixed(1)}`);
    console.log(`${"".padEnd(28)} ratios: sorted/bitset ${(sorted.ops / bits.ops).toFixed(2)}, auto/best ${(picked.ops / Math.max(sorted.ops, bits.ops)).toFixed(2)}`);
  }
  console.log("\n(single thread; timings on a shared 2-core machine are noisy)");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
