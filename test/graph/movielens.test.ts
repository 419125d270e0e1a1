import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MOVIELENS_SMALL } from "../shared.ts";
import { importMovielens, TAG_MIN_USERS } from "../../graph/import/movielens.ts";
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
    const tags = [...row(g.typeAttrs, g.typeNames.indexOf("tag"))].map((a) => g.attrName[a]);
    expect(tags).toContain("funny");
    expect(tags).not.toContain("in netflix queue"); // 131 rows, all by user 474
  });

  it("splits by time per user into one test and one valid positive each", () => {
    const { train, valid, test } = g.manifest.counts.splits;
    expect(valid).toBe(test);
    expect(test).toBeGreaterThan(500);
    expect(train + valid + test).toBe(100836);
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

describe("MovieLens rules on a hand-worked fixture", () => {
  const dir = tempDir("ml-rules");
  writeFileSync(path.join(dir, "movies.csv"), ["movieId,title,genres", "10,Alpha (1995),Comedy", '20,"Beta, The (2001)",Drama|Comedy', "30,Gamma (1987),(no genres listed)", "40,Delta (2003),Drama"].join("\n"));
  writeFileSync(
    path.join(dir, "ratings.csv"),
    [
      "userId,movieId,rating,timestamp",
      // User 7: positives at 100 (10), 200 (20), 250 (40); the latest rating (30, at 300) is negative.
      "7,10,5.0,100", "7,20,4.0,200", "7,30,2.0,300", "7,40,4.5,250",
      // User 3: 10 and 40 rated at the same second; the item order breaks the tie, so 40 is the last positive.
      "3,40,4.0,500", "3,10,4.0,500", "3,20,5.0,400",
      // User 5: two positives only, so nothing is held out.
      "5,10,4.0,10", "5,20,3.5,20", "5,30,4.0,30",
    ].join("\n"),
  );
  writeFileSync(
    path.join(dir, "tags.csv"),
    [
      "userId,movieId,tag,timestamp",
      "1,10,Funny,1", '2,10," funny ",2', // two users, one tag once normalised
      "1,20,dark,3", "1,30,Dark,4", // one user, two items: dropped
      "3,20,\"'twist ending'\",5", "4,40,Twist   Ending,6",
    ].join("\n"),
  );

  it("holds out the last and second-last positive of users with three, breaking time ties by item", () => {
    const f = importMovielens(dir);
    expect(splitsByKey(f)).toEqual(
      new Map([
        ["3/10", SPLIT.valid], ["3/20", SPLIT.train], ["3/40", SPLIT.test],
        ["5/10", SPLIT.train], ["5/20", SPLIT.train], ["5/30", SPLIT.train],
        ["7/10", SPLIT.train], ["7/20", SPLIT.valid], ["7/30", SPLIT.train], ["7/40", SPLIT.test],
      ]),
    );
    expect(f.manifest.counts.splits).toEqual({ train: 6, valid: 2, test: 2 });
  });

  it(`keeps a tag once ${TAG_MIN_USERS} users applied it, after folding case, quotes and spaces`, () => {
    const f = importMovielens(dir);
    const tagged = (name: string) => {
      const a = f.attrName.indexOf(name);
      return f.itemKey.filter((_, i) => row(f.itemAttrs, i).includes(a));
    };
    expect([...row(f.typeAttrs, f.typeNames.indexOf("tag"))].map((a) => f.attrName[a])).toEqual(["funny", "twist ending"]);
    expect(tagged("funny")).toEqual(["10"]);
    expect(tagged("twist ending")).toEqual(["20", "40"]);
    expect(tagged("Comedy")).toEqual(["10", "20"]);
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
