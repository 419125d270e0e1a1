/**
 * Writes a synthetic shop catalog in the catalog format (docs/catalog-format.md): `items.jsonl` and
 * `interactions.csv` (user, item, timestamp), at shop scale, for timing import, training and serving.
 * Accuracy figures on it mean nothing; only times and memory do.
 *
 * Shape, all seeded: a three-level category tree (departments, sections, about 2,000 leaves of
 * long-tailed sizes); about 20,000 brands, each belonging to one department and drawn within it by a
 * Zipf law; a price band from the leaf's typical price; 0-2 colours where the department has them;
 * 0-4 free tags from a 5,000-word vocabulary, leaning on the leaf's own tags. Item popularity is
 * Zipf over a random order. Each user has a few leaves they shop in; a visit is a session of views
 * seconds to minutes apart, each next item mostly from the previous item's leaf, then from another
 * of the user's leaves, sometimes a globally popular item; visits are hours to weeks apart. User
 * activity is long-tailed (at least 3 interactions each).
 *
 * Both files are written as they are generated, a megabyte at a time: nothing holds all rows.
 *
 * Run: npx tsx bench/shop-catalog.ts --out DIR [--items 1000000] [--users 200000] [--interactions 20000000] [--seed 1]
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";
import { Random } from "../agents/random.ts";

const arg = (name: string, fallback?: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? process.argv[i + 1] : fallback;
  if (v === undefined) throw new Error(`--${name} is required`);
  return v;
};
const count = (name: string, fallback: string): number => {
  const n = Number(arg(name, fallback));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
};
const out = arg("out");
const nItems = count("items", "1000000");
const nUsers = count("users", "200000");
const nInteractions = count("interactions", "20000000");
const seed = count("seed", "1");
if (nInteractions < 3 * nUsers) throw new Error("--interactions must be at least 3 per user");
const rng = new Random(seed);

const DEPARTMENTS = [
  "Home", "Kitchen", "Garden", "Electronics", "Computers", "Phones", "Fashion", "Shoes", "Beauty", "Health",
  "Sports", "Outdoors", "Toys", "Baby", "Books", "Music", "Automotive", "Tools", "Pets", "Office",
];
/** Departments whose items come in colours. */
const COLOURED = new Set(["Home", "Kitchen", "Garden", "Electronics", "Phones", "Fashion", "Shoes", "Sports", "Outdoors", "Toys", "Baby", "Office"]);
const COLOURS = ["black", "white", "grey", "silver", "red", "blue", "navy", "green", "olive", "yellow", "orange", "pink", "purple", "brown", "beige", "gold"];
const PRICE_BANDS: readonly [number, string][] = [
  [10, "under 10"], [25, "10-25"], [50, "25-50"], [100, "50-100"], [250, "100-250"], [500, "250-500"], [Infinity, "500 and over"],
];
const SECTIONS_PER_DEPARTMENT = 10;
const LEAVES = 2000;
const BRANDS = 20000;
const TAGS = 5000;

const SYLLABLES = [
  "ka", "lo", "mi", "ra", "ten", "vo", "shi", "dra", "pel", "quin", "bar", "zu", "ne", "tor", "wix", "fa", "gle", "om", "sta", "ly",
  "be", "cor", "da", "el", "fin", "gro", "hu", "is", "jo", "kel", "lun", "mo", "nor", "pa", "ri", "sol", "tu", "ur", "ve", "yo",
];
const usedWords = new Set<string>();
/** A fresh pronounceable word of 2-3 syllables (64,000 possible; unique across the catalog, so names never collide). */
function word(): string {
  for (;;) {
    let w = "";
    for (let s = 2 + rng.int(2); s > 0; s--) w += SYLLABLES[rng.int(SYLLABLES.length)];
    if (!usedWords.has(w)) {
      usedWords.add(w);
      return w;
    }
  }
}
const capital = (w: string) => w[0].toUpperCase() + w.slice(1);

/** Index drawn from cumulative weights cum[lo..hi) (binary search). */
function draw(cum: Float64Array, lo: number, hi: number): number {
  const base = lo > 0 ? cum[lo - 1] : 0;
  const x = base + rng.next() * (cum[hi - 1] - base);
  while (lo < hi - 1) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid - 1] > x) hi = mid;
    else lo = mid;
  }
  return lo;
}
function zipfCum(n: number, s: number, offset = 1): Float64Array {
  const cum = new Float64Array(n);
  let t = 0;
  for (let k = 0; k < n; k++) cum[k] = t += 1 / Math.pow(k + offset, s);
  return cum;
}

// The category tree: leaves spread over sections, each with a typical price and a few favourite tags.
const leafName: string[] = [];
const leafDept = new Int32Array(LEAVES);
const leafPrice = new Float64Array(LEAVES);
const leafTags = new Int32Array(LEAVES * 8);
for (let d = 0; d < DEPARTMENTS.length; d++) {
  for (let s = 0; s < SECTIONS_PER_DEPARTMENT; s++) {
    const section = capital(word());
    const leaves = LEAVES / (DEPARTMENTS.length * SECTIONS_PER_DEPARTMENT);
    for (let l = 0; l < leaves; l++) {
      const leaf = leafName.push(`${DEPARTMENTS[d]} / ${section} / ${capital(word())}`) - 1;
      leafDept[leaf] = d;
      leafPrice[leaf] = Math.exp(1.5 + rng.next() * 5.5);
      for (let k = 0; k < 8; k++) leafTags[leaf * 8 + k] = rng.int(TAGS);
    }
  }
}
const tagName = Array.from({ length: TAGS }, () => word());
const tagCum = zipfCum(TAGS, 1.0);
const brandName = Array.from({ length: BRANDS }, () => capital(word()));
const brandsPerDept = BRANDS / DEPARTMENTS.length;
const brandCum = zipfCum(brandsPerDept, 1.1);
const leafCum = zipfCum(LEAVES, 0.7, 5);
const leafOrder = rng.shuffle(Int32Array.from({ length: LEAVES }, (_, i) => i));
const ADJECTIVES = ["Classic", "Compact", "Pro", "Light", "Deluxe", "Eco", "Smart", "Mini", "Max", "Soft", "Rugged", "Slim"];

mkdirSync(out, { recursive: true });

/** Appends text to a file a megabyte at a time. */
class Sink {
  private readonly fd: number;
  private parts: string[] = [];
  private size = 0;
  constructor(file: string) {
    this.fd = openSync(file, "w");
  }
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    writeSync(this.fd, this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

const started = performance.now();
// Items: leaf, brand, price band, colours, tags; popularity Zipf over a random order of the items.
const itemLeaf = new Int32Array(nItems);
const items = new Sink(path.join(out, "items.jsonl"));
for (let i = 0; i < nItems; i++) {
  const leaf = leafOrder[draw(leafCum, 0, LEAVES)];
  itemLeaf[i] = leaf;
  const dept = leafDept[leaf];
  const brand = brandName[dept * brandsPerDept + draw(brandCum, 0, brandsPerDept)];
  const price = leafPrice[leaf] * Math.exp(rng.normal() * 0.6);
  const band = PRICE_BANDS.find(([max]) => price < max)![1];
  const attributes: Record<string, string | string[]> = { department: DEPARTMENTS[dept], category: leafName[leaf], brand, price: band };
  if (COLOURED.has(DEPARTMENTS[dept])) {
    const colours = new Set<string>();
    for (let k = rng.int(3); k > 0; k--) colours.add(COLOURS[rng.int(COLOURS.length)]);
    if (colours.size) attributes.colour = [...colours];
  }
  const tags = new Set<string>();
  for (let k = rng.int(5); k > 0; k--) tags.add(tagName[rng.next() < 0.6 ? leafTags[leaf * 8 + rng.int(8)] : draw(tagCum, 0, TAGS)]);
  if (tags.size) attributes.tag = [...tags];
  const noun = leafName[leaf].slice(leafName[leaf].lastIndexOf("/") + 2);
  const title = `${brand} ${ADJECTIVES[rng.int(ADJECTIVES.length)]} ${noun} ${100 + rng.int(900)}`;
  items.write(`${JSON.stringify({ id: `sku-${i + 1}`, title, attributes })}\n`);
}
items.close();

// Popularity, and per leaf the items with their cumulative popularity (CSR by leaf).
const popOrder = rng.shuffle(Int32Array.from({ length: nItems }, (_, i) => i));
const weight = new Float64Array(nItems);
for (let r = 0; r < nItems; r++) weight[popOrder[r]] = 1 / Math.pow(r + 10, 0.9);
const globalCum = new Float64Array(nItems);
for (let i = 0, t = 0; i < nItems; i++) globalCum[i] = t += weight[i];
const leafStart = new Int32Array(LEAVES + 1);
for (let i = 0; i < nItems; i++) leafStart[itemLeaf[i] + 1]++;
for (let l = 0; l < LEAVES; l++) leafStart[l + 1] += leafStart[l];
const leafItems = new Int32Array(nItems);
const cursor = leafStart.slice(0, LEAVES);
for (let i = 0; i < nItems; i++) leafItems[cursor[itemLeaf[i]]++] = i;
const leafItemCum = new Float64Array(nItems);
for (let l = 0; l < LEAVES; l++) {
  let t = 0;
  for (let k = leafStart[l]; k < leafStart[l + 1]; k++) leafItemCum[k] = t += weight[leafItems[k]];
}
const leafWeightCum = new Float64Array(LEAVES);
for (let l = 0, t = 0; l < LEAVES; l++) leafWeightCum[l] = t += leafStart[l + 1] > leafStart[l] ? leafItemCum[leafStart[l + 1] - 1] : 0;
const drawInLeaf = (leaf: number) => (leafStart[leaf + 1] > leafStart[leaf] ? leafItems[draw(leafItemCum, leafStart[leaf], leafStart[leaf + 1])] : draw(globalCum, 0, nItems));

// Users: long-tailed activity (Pareto, shape 1.5) scaled to the requested total, at least 3 each.
const activity = new Float64Array(nUsers);
let activitySum = 0;
for (let u = 0; u < nUsers; u++) activitySum += activity[u] = 1 / Math.pow(1 - rng.next(), 1 / 1.5);
const extra = nInteractions - 3 * nUsers;
const FIRST = Date.UTC(2023, 0, 1) / 1000;
const SPAN = 2 * 365 * 86400;
const interactions = new Sink(path.join(out, "interactions.csv"));
interactions.write("user,item,timestamp\n");
let written = 0;
let owed = 0;
const home = new Int32Array(3);
for (let u = 0; u < nUsers; u++) {
  // carry the rounding so the total lands exactly on nInteractions
  owed += (extra * activity[u]) / activitySum;
  const n = 3 + (u === nUsers - 1 ? extra - (written - 3 * u) : Math.floor(owed - (written - 3 * u)));
  const nHome = 1 + rng.int(3);
  for (let k = 0; k < nHome; k++) home[k] = draw(leafWeightCum, 0, LEAVES);
  let time = FIRST + rng.int(SPAN);
  let item = -1;
  const key = `u${u + 1}`;
  for (let k = 0; k < n; k++) {
    const r = rng.next();
    const newVisit = item < 0 || r < 0.15;
    if (newVisit) time += 3600 + rng.int(14 * 86400);
    else time += 20 + rng.int(600);
    const c = rng.next();
    const previous = item;
    // a view of the item just viewed is drawn again once: repeats happen, but rarely back to back
    for (let tries = 0; tries < 2 && item === previous; tries++) {
      item =
        !newVisit && c < 0.65 ? drawInLeaf(itemLeaf[previous])
        : c < 0.9 ? drawInLeaf(home[rng.int(nHome)])
        : draw(globalCum, 0, nItems);
    }
    interactions.write(`${key},sku-${item + 1},${time}\n`);
  }
  written += n;
}
interactions.close();
console.log(
  `${out}: ${nItems} items, ${nUsers} users, ${written} interactions, ${LEAVES} leaf categories, ${BRANDS} brands; ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
