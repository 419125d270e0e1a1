/**
 * The retrieval's folded scores over a large pool, exact (float32 vectors, eight items at a time: `dotItems`)
 * against the int8 item codes (agents/ranking/item-codes.ts). Pools are the catalog's broadest attribute rows,
 * the query a known user's vector plus that attribute's, as an opening on a stated attribute asks. Prints time
 * per item for both, their ratio, and how many of the exact best `--cap` the codes' best `--cap` hold.
 *
 *   npx tsx bench/retrieval-codes.ts --data WORKDIR [--pools 5] [--cap 10000] [--repeats 7]
 * The workspace must hold a preference model (`pathwise train`).
 */
import { parseArgs } from "node:util";
import { ItemCodes } from "../agents/ranking/item-codes.ts";
import { dotItems } from "../agents/ranking/preference.ts";
import { loadPreference } from "../agents/ranking/preference-store.ts";
import { topPositions } from "../agents/top-k.ts";
import { loadGraph } from "../graph/workspace.ts";

const { values } = parseArgs({ options: { data: { type: "string" }, pools: { type: "string", default: "5" }, cap: { type: "string", default: "10000" }, repeats: { type: "string", default: "7" } } });
if (!values.data) throw new Error("--data WORKDIR is required");
const g = loadGraph(values.data);
const m = loadPreference(values.data);
if (!m) throw new Error(`no preference model in ${values.data}: run pathwise train`);
const cap = Number(values.cap);
const repeats = Number(values.repeats);
const t0 = performance.now();
const codes = new ItemCodes(m);
console.log(`${g.nItems.toLocaleString("en-US")} items, dim ${m.dim}: codes built in ${(performance.now() - t0).toFixed(0)} ms`);

const { offsets, ids } = g.attrItems;
const broadest = Array.from({ length: g.nAttributes }, (_, a) => a).sort((x, y) => offsets[y + 1] - offsets[y] - (offsets[x + 1] - offsets[x])).slice(0, Number(values.pools));
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
const d = m.dim;
const approx = new Float32Array(g.nItems);
const keyed = new Float64Array(g.nItems);
console.log("pool (items) | exact ns/item | codes ns/item | ratio | exact best cap held");
for (const [j, a] of broadest.entries()) {
  const pool = ids.slice(offsets[a], offsets[a + 1]);
  const n = pool.length;
  const user = (j * 7919) % m.nUsers;
  const q = new Float64Array(d);
  for (let f = 0; f < d; f++) q[f] = m.user[user * d + f] + m.attr[a * d + f];
  const exactMs: number[] = [];
  const codesMs: number[] = [];
  let exact = new Float64Array(0);
  for (let r = 0; r < repeats; r++) {
    let t = performance.now();
    exact = dotItems(m, q, m.itemBias, pool, n).slice(0, n);
    exactMs.push(performance.now() - t);
    t = performance.now();
    codes.dots(q, pool, n, approx);
    codesMs.push(performance.now() - t);
  }
  const k = Math.min(cap, n);
  const best = new Set(topPositions(exact, n, k));
  for (let i = 0; i < n; i++) keyed[i] = approx[i];
  const held = topPositions(keyed, n, k).filter((p) => best.has(p)).length;
  const e = (median(exactMs) * 1e6) / n;
  const c = (median(codesMs) * 1e6) / n;
  console.log(`${g.attrName[a]} (${n.toLocaleString("en-US")}) | ${e.toFixed(0)} | ${c.toFixed(0)} | ${(e / c).toFixed(2)}x | ${(held / k).toFixed(4)}`);
}
