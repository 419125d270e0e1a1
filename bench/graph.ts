/**
 * Importing LastFM* into a workspace and loading it (the graph's typed arrays read back, which every
 * serving and evaluation process does at start). Run: npx tsx bench/graph.ts
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { importToWorkspace } from "../graph/import/index.ts";
import { loadGraph } from "../graph/workspace.ts";
import type { DatasetFormat, Graph } from "../graph/types.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LASTFM = path.resolve(ROOT, "..", "shared", "data", "lastfm-star");
const [format, from]: [DatasetFormat, string] = existsSync(LASTFM)
  ? ["lastfm-star", LASTFM]
  : ["movielens", path.join(ROOT, "data", "movielens-small")];
if (format !== "lastfm-star") console.log("../shared is absent: measuring on the embedded MovieLens-small instead of LastFM*");

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
  console.log("\n(single thread; timings on a shared 2-core machine are noisy)");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
