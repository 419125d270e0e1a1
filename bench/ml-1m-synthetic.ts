/**
 * Writes a synthetic dataset in the ml-1m layout (users.dat, movies.dat, ratings.dat; `::` separators,
 * integer stars, Unix timestamps) at ml-1m's scale, for timing import, training and evaluation where the
 * real ml-1m cannot be downloaded. Accuracy figures on it mean nothing; only times and memory do.
 *
 * Built by resampling MovieLens-small's real sequences, seeded: the catalog is ML-small's most-rated movies
 * (real titles and genres, renumbered 1..N as ml-1m's ids are); each synthetic user replays one real user's
 * time-ordered ratings of those movies, shifted to a random start date between 2000 and 2003, with some
 * movies swapped for, and some extra ones inserted as, a movie another real user rated right after the
 * previous one (so sequential structure stays realistic). Ratings of inserted movies are drawn from that
 * movie's real ratings; half stars are rounded to whole stars at random. Users keep about 20 ratings or more.
 *
 * Run: npx tsx bench/ml-1m-synthetic.ts --out DIR [--users 6040] [--movies 3700] [--ratings 1000000] [--seed 1]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Random } from "../agents/random.ts";
import { parseCsvLine } from "../graph/import/csv.ts";

const arg = (name: string, fallback?: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? process.argv[i + 1] : fallback;
  if (v === undefined) throw new Error(`--${name} is required`);
  return v;
};
const out = arg("out");
const nUsers = Number(arg("users", "6040"));
const nMovies = Number(arg("movies", "3700"));
const target = Number(arg("ratings", "1000000"));
const rng = new Random(Number(arg("seed", "1")));
/** Share of a replayed user's ratings swapped for a successor movie (makes the copies of one real user differ). */
const SWAP = 0.15;
/** Real users with fewer kept ratings are not replayed: a swap can later collide with the movie it anticipated. */
const MIN_SOURCE = 25;

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "data", "movielens-small");
const csvRows = (file: string) =>
  readFileSync(path.join(src, file), "utf8").split("\n").slice(1).filter((l) => l !== "").map((l) => parseCsvLine(l)!);

interface Rating { readonly movie: number; readonly stars: number; readonly time: number }
const byUser = new Map<number, Rating[]>();
const count = new Map<number, number>();
for (const [u, m, r, t] of csvRows("ratings.csv")) {
  const movie = Number(m);
  count.set(movie, (count.get(movie) ?? 0) + 1);
  let list = byUser.get(Number(u));
  if (!list) byUser.set(Number(u), (list = []));
  list.push({ movie, stars: Number(r), time: Number(t) });
}
// the catalog: most-rated movies, ties by id; renumbered 1..N in ML-small id order
const kept = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || a - b).slice(0, nMovies).sort((a, b) => a - b);
const newId = new Map(kept.map((m, i) => [m, i + 1]));

const sources: Rating[][] = [];
const successors = new Map<number, number[]>();
const ratingsOf = new Map<number, number[]>();
for (const list of byUser.values()) {
  const seq = list.filter((r) => newId.has(r.movie)).sort((a, b) => a.time - b.time || a.movie - b.movie);
  for (let i = 0; i < seq.length; i++) {
    const s = ratingsOf.get(seq[i].movie) ?? [];
    s.push(seq[i].stars);
    ratingsOf.set(seq[i].movie, s);
    if (i === 0) continue;
    const next = successors.get(seq[i - 1].movie) ?? [];
    next.push(seq[i].movie);
    successors.set(seq[i - 1].movie, next);
  }
  if (seq.length >= MIN_SOURCE) sources.push(seq);
}

const wholeStars = (r: number) => (Number.isInteger(r) ? r : r < 1 ? 1 : rng.next() < 0.5 ? Math.floor(r) : Math.ceil(r));
const lines: string[] = [];
// users replay the real users in a shuffled round robin, so each is used nUsers / #sources times
const order = rng.shuffle(Int32Array.from(sources.keys()));
const FIRST = Date.UTC(2000, 3, 25) / 1000;
const LAST = Date.UTC(2003, 1, 28) / 1000;
const sourceOf = (u: number) => sources[order[(u - 1) % order.length]];
let remaining = 0;
for (let u = 1; u <= nUsers; u++) remaining += sourceOf(u).length;
let inserted = 0;
for (let u = 1; u <= nUsers; u++) {
  const seq = sourceOf(u);
  // extra movies per replayed rating, re-aimed at every user so the total lands on the target
  const insertRate = Math.max(0, (target - lines.length) / remaining - 1);
  remaining -= seq.length;
  const seen = new Set<number>();
  const shift = FIRST + rng.int(LAST - FIRST) - seq[0].time;
  let prev = -1;
  let time = 0;
  const emit = (movie: number, stars: number, t: number) => {
    seen.add(movie);
    lines.push(`${u}::${newId.get(movie)}::${wholeStars(stars)}::${t}`);
    prev = movie;
    time = t;
  };
  const successorOf = (movie: number): number | null => {
    const next = successors.get(movie);
    for (let tries = 0; next && tries < 8; tries++) {
      const m = next[rng.int(next.length)];
      if (!seen.has(m)) return m;
    }
    return null;
  };
  const drawnStars = (movie: number) => {
    const r = ratingsOf.get(movie)!;
    return r[rng.int(r.length)];
  };
  for (const r of seq) {
    const swap = prev >= 0 && rng.next() < SWAP ? successorOf(prev) : null;
    if (swap !== null) emit(swap, drawnStars(swap), Math.max(time, r.time + shift));
    else if (!seen.has(r.movie)) emit(r.movie, r.stars, Math.max(time, r.time + shift));
    if (rng.next() < insertRate) {
      const extra = successorOf(prev);
      if (extra !== null) {
        emit(extra, drawnStars(extra), time + 1 + rng.int(600));
        inserted++;
      }
    }
  }
}

const movies = new Map(csvRows("movies.csv").map(([id, title, genres]) => [Number(id), { title, genres }]));
const AGES = [1, 18, 25, 35, 45, 50, 56];
const users = Array.from({ length: nUsers }, (_, i) =>
  `${i + 1}::${rng.next() < 0.72 ? "M" : "F"}::${AGES[rng.int(AGES.length)]}::${rng.int(21)}::${String(10000 + rng.int(90000))}`);
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, "movies.dat"), kept.map((m, i) => `${i + 1}::${movies.get(m)!.title}::${movies.get(m)!.genres}`).join("\n") + "\n");
writeFileSync(path.join(out, "users.dat"), users.join("\n") + "\n");
writeFileSync(path.join(out, "ratings.dat"), lines.join("\n") + "\n");
console.log(`${out}: ${nUsers} users, ${kept.length} movies, ${lines.length} ratings (from ${sources.length} MovieLens-small users, ${((inserted / lines.length) * 100).toFixed(1)}% inserted, ${SWAP * 100}% swapped)`);
