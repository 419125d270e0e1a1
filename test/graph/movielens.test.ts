import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MOVIELENS_SMALL } from "../shared.ts";
import { importMovielens, normaliseTag, TAG_MIN_USERS } from "../../graph/import/movielens.ts";
import { parseCsvLine } from "../../graph/import/csv.ts";
import { SPLIT, row, type Graph } from "../../graph/types.ts";
import { rng, tempDir } from "./helpers.ts";

const g = importMovielens(MOVIELENS_SMALL);
const csvRows = (file: string) =>
  readFileSync(path.join(MOVIELENS_SMALL, file), "utf8").split("\n").slice(1).filter(Boolean).map((l) => parseCsvLine(l)!);

/** (userKey, itemKey) -> split name, for comparing imports of different layouts. */
function splitsByKey(graph: Graph): Map<string, number> {
  const out = new Map<string, number>();
  const ix = graph.interactions;
  for (let i = 0; i < ix.user.length; i++) out.set(`${graph.userKey[ix.user[i]]}/${graph.itemKey[ix.item[i]]}`, ix.split[i]);
  return out;
}

describe("MovieLens ml-latest-small import", () => {
  it("has the dataset's counts", () => {
    expect(g.manifest.counts).toMatchObject({ users: 610, items: 9742, interactions: 100836 });
    expect(g.typeNames).toEqual(["genre", "decade", "tag"]);
    expect(g.manifest.hasTimestamps && g.manifest.hasRatings).toBe(true);
  });

  it("keeps quoted titles with commas whole and reads the year", () => {
    const movies = csvRows("movies.csv");
    const quoted = movies.filter((m) => m[1].includes(","));
    expect(quoted.length).toBeGreaterThan(100);
    for (const [id, title] of quoted) expect(g.itemTitle[g.itemKey.indexOf(id)]).toBe(title);
    const toyStory = g.itemKey.indexOf("1");
    expect(g.itemTitle[toyStory]).toBe("Toy Story (1995)");
    expect(g.itemYear![toyStory]).toBe(1995);
    const attrs = [...row(g.itemAttrs, toyStory)].map((a) => g.attrName[a]);
    expect(attrs).toEqual(expect.arrayContaining(["Adventure", "Animation", "Children", "Comedy", "Fantasy", "1990s"]));
  });

  it("keeps tags applied by enough distinct users", () => {
    const users = new Map<string, Set<string>>();
    for (const [u, , tag] of csvRows("tags.csv")) {
      const t = normaliseTag(tag);
      if (!users.has(t)) users.set(t, new Set());
      users.get(t)!.add(u);
    }
    const expected = [...users].filter(([, s]) => s.size >= TAG_MIN_USERS).map(([t]) => t).sort();
    const tagType = g.typeNames.indexOf("tag");
    expect([...row(g.typeAttrs, tagType)].map((a) => g.attrName[a]).sort()).toEqual(expected);
    expect(expected).not.toContain("in netflix queue");
  });

  it("splits by time per user: last positive test, the one before valid, the rest train", () => {
    const byUser = new Map<string, { movie: string; rating: number; time: number }[]>();
    for (const [u, m, r, t] of csvRows("ratings.csv")) {
      if (!byUser.has(u)) byUser.set(u, []);
      byUser.get(u)!.push({ movie: m, rating: Number(r), time: Number(t) });
    }
    const expected = new Map<string, number>();
    let evaluated = 0;
    for (const [u, list] of byUser) {
      list.sort((a, b) => a.time - b.time || Number(a.movie) - Number(b.movie));
      const positives = list.filter((x) => x.rating >= 4);
      for (const x of list) expected.set(`${u}/${x.movie}`, SPLIT.train);
      if (positives.length < 3) continue;
      evaluated++;
      expected.set(`${u}/${positives.at(-1)!.movie}`, SPLIT.test);
      expected.set(`${u}/${positives.at(-2)!.movie}`, SPLIT.valid);
    }
    expect(splitsByKey(g)).toEqual(expected);
    expect(g.manifest.counts.splits).toEqual({ train: 100836 - 2 * evaluated, valid: evaluated, test: evaluated });
  });

  it("orders interactions by user, then time, then item", () => {
    const { user, time, item } = g.interactions;
    let bad = 0;
    for (let i = 1; i < user.length; i++) {
      if (user[i] < user[i - 1]) bad++;
      else if (user[i] === user[i - 1] && (time[i] < time[i - 1] || (time[i] === time[i - 1] && item[i] < item[i - 1]))) bad++;
    }
    expect(bad).toBe(0);
  });
});

describe("MovieLens ml-1m `::` layout", () => {
  // A few hundred real ml-latest-small rows written in both layouts: `::` shuffled with one
  // Latin-1 title, CSV sorted and UTF-8. Both imports must agree.
  const dat = tempDir("ml-dat");
  const csv = tempDir("ml-csv");
  const random = rng(7);
  const movies = csvRows("movies.csv");
  const accented = movies.find((m) => /[^\x00-\x7f]/.test(m[1]) && !m[1].includes("::"))!;
  const ratingsByUser = csvRows("ratings.csv").filter((r) => Number(r[0]) <= 4);
  const picked = ratingsByUser.slice(0, 400);
  picked.push(["1", accented[0], "4.0", "964982999"]);
  const movieIds = new Set(picked.map((r) => r[1]));
  const usedMovies = movies.filter((m) => movieIds.has(m[0]));
  const users = [...new Set(picked.map((r) => r[0]))];

  const shuffled = [...picked].sort(() => random() - 0.5);
  writeFileSync(path.join(dat, "ratings.dat"), shuffled.map((r) => `${r[0]}::${r[1]}::${Math.round(Number(r[2]))}::${r[3]}`).join("\n") + "\n");
  writeFileSync(path.join(dat, "movies.dat"), Buffer.from(usedMovies.map((m) => `${m[0]}::${m[1]}::${m[2]}`).reverse().join("\n") + "\n", "latin1"));
  writeFileSync(path.join(dat, "users.dat"), users.map((u) => `${u}::F::25::7::55117`).join("\r\n") + "\r\n");
  const quote = (s: string) => (s.includes(",") ? `"${s.replaceAll('"', '""')}"` : s);
  writeFileSync(path.join(csv, "ratings.csv"), ["userId,movieId,rating,timestamp", ...picked.map((r) => `${r[0]},${r[1]},${Math.round(Number(r[2]))},${r[3]}`)].join("\n"));
  writeFileSync(path.join(csv, "movies.csv"), ["movieId,title,genres", ...usedMovies.map((m) => `${m[0]},${quote(m[1])},${m[2]}`)].join("\n"));

  it("parses shuffled `::` rows and a Latin-1 title like the CSV layout", () => {
    expect(readFileSync(path.join(dat, "movies.dat")).includes(Buffer.from(accented[1], "utf8"))).toBe(false);
    const fromDat = importMovielens(dat);
    const fromCsv = importMovielens(csv);
    expect(fromDat.manifest.counts).toEqual(fromCsv.manifest.counts);
    expect(fromDat.manifest.counts).toMatchObject({ users: users.length, items: usedMovies.length, interactions: picked.length });
    expect(fromDat.itemTitle).toEqual(fromCsv.itemTitle);
    expect(fromDat.itemTitle).toContain(accented[1]);
    expect(splitsByKey(fromDat)).toEqual(splitsByKey(fromCsv));
    expect(fromDat.interactions).toEqual(fromCsv.interactions);
    expect(fromDat.itemAttrs).toEqual(fromCsv.itemAttrs);
    expect(fromDat.manifest.counts.splits.test).toBeGreaterThan(0);
  });
});
