import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importCatalog } from "../../graph/import/catalog.ts";
import { ImportError } from "../../graph/import/errors.ts";
import { importMovielens, normaliseTag } from "../../graph/import/movielens.ts";
import { tempDir } from "./helpers.ts";

// Small hand-made sources with one bad row each: the import must stop at that row, naming file, line and field.
const root = tempDir("guards");
let dirs = 0;

function sourceDir(files: Record<string, string | Buffer>): string {
  const dir = path.join(root, `src-${dirs++}`);
  mkdirSync(dir);
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
  return dir;
}

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error("the import succeeded");
}

const MOVIES = "movieId,title,genres\n1,Toy Story (1995),Animation|Comedy\n2,Heat (1995),Crime\n";
const ITEMS = '{"id":"a","title":"A","attributes":{"brand":"Acme"}}\n{"id":"b","title":"B"}\n';

describe("tag normalisation", () => {
  it("trims quotes and spaces at both ends and collapses inner runs, on a tag of 200,000 spaces too", () => {
    expect(normaliseTag(`  "Dark  Humor' `)).toBe("dark humor");
    expect(normaliseTag(` " ' `)).toBe("");
    expect(normaliseTag(`a${" ".repeat(200_000)}b`)).toBe("a b");
    expect(normaliseTag(`"${" ".repeat(200_000)}x`)).toBe("x");
  });
});

describe("MovieLens import guards", () => {
  it("refuses an over-long tag at its row", () => {
    const dir = sourceDir({
      "movies.csv": MOVIES,
      "ratings.csv": "userId,movieId,rating,timestamp\n1,1,4,100\n",
      "tags.csv": `userId,movieId,tag,timestamp\n1,1,funny,100\n1,2,a${" ".repeat(200_000)}b,101\n`,
    });
    const e = importError(() => importMovielens(dir));
    expect([e.file, e.line, e.field]).toEqual(["tags.csv", 3, "tag"]);
    expect(e.reason).toContain("longer than 10,000 characters");
  });

  it("refuses a rating that is not finite", () => {
    const dir = sourceDir({ "movies.csv": MOVIES, "ratings.csv": "userId,movieId,rating,timestamp\n1,1,4,100\n1,2,1e999,101\n" });
    const e = importError(() => importMovielens(dir));
    expect([e.file, e.line, e.field]).toEqual(["ratings.csv", 3, "rating"]);
  });

  it("refuses one user's two ratings of a movie at the same second, and keeps repeats at other times", () => {
    const conflict = sourceDir({ "movies.csv": MOVIES, "ratings.csv": "userId,movieId,rating,timestamp\n1,1,4,100\n1,2,3,100\n1,1,2,100\n" });
    const e = importError(() => importMovielens(conflict));
    expect([e.file, e.line, e.field]).toEqual(["ratings.csv", 4, "rating"]);
    expect(e.reason).toContain("line 2");
    const repeats = sourceDir({ "movies.csv": MOVIES, "ratings.csv": "userId,movieId,rating,timestamp\n1,1,4,100\n1,1,2,200\n2,1,5,100\n" });
    expect(importMovielens(repeats).manifest.counts.interactions).toBe(3);
  });
});

describe("catalog import guards", () => {
  const catalog = (interactions: string, items: string | Buffer = ITEMS) => sourceDir({ "items.jsonl": items, "interactions.csv": interactions });
  const failsAt = (dir: string, file: string, line: number, field: string) => {
    const e = importError(() => importCatalog(dir));
    expect([e.file, e.line, e.field]).toEqual([file, line, field]);
    return e;
  };

  it("refuses ratings that are not finite numbers", () => {
    failsAt(catalog("user,item,rating\nu,a,5\nu,b,1e999\n"), "interactions.csv", 3, "rating");
    failsAt(catalog("user,item,rating\nu,a,NaN\n"), "interactions.csv", 2, "rating");
    failsAt(catalog("user,item,rating\nu,a,Infinity\n"), "interactions.csv", 2, "rating");
  });

  it("reads Unix seconds and ISO 8601 (UTC without an offset) and refuses other dates", () => {
    const g = importCatalog(catalog("user,item,timestamp\nu,a,1714521600\nv,a,2024-05-01T00:00:00\nw,a,2024-05-01T02:00:00+02:00\nx,a,2024-05-01\n"));
    expect([...g.interactions.time]).toEqual([1714521600, 1714521600, 1714521600, 1714521600]);
    for (const bad of ["May 1 2024", "2024-05-01 12:00", "1714521600s", "Wed, 01 May 2024 00:00:00 GMT", "2024-13-01", "9".repeat(400)]) {
      failsAt(catalog(`user,item,timestamp\nu,a,100\nu,b,${bad}\n`), "interactions.csv", 3, "timestamp");
    }
  });

  it("refuses attribute types named like object prototype keys", () => {
    for (const type of ["__proto__", "constructor", "toString", "hasOwnProperty", " __proto__ "]) {
      const e = failsAt(
        catalog("user,item\nu,a\n", `${ITEMS}{"id":"c","title":"C","attributes":{"brand":"Bolt","${type}":"x"}}\n`),
        "items.jsonl",
        3,
        `attributes.${type}`,
      );
      expect(e.reason).toContain("reserved");
    }
  });

  it("refuses conflicting duplicates and keeps repeats at other times as events", () => {
    const e = failsAt(catalog("user,item,rating,timestamp\nu,a,5,100\nu,b,4,100\nu,a,1,100\n"), "interactions.csv", 4, "rating");
    expect(e.reason).toContain("line 2");
    const g = importCatalog(catalog("user,item,rating,timestamp\nu,a,5,100\nu,a,1,200\nu,a,5,100\n"));
    expect(g.manifest.counts.interactions).toBe(3);
  });

  it("refuses over-long fields at their row", () => {
    failsAt(catalog(`user,item\nu,a\n${"u".repeat(20_000)},a\n`), "interactions.csv", 3, "user");
    failsAt(catalog("user,item\nu,a\n", `${ITEMS}{"id":"c","title":"${"T".repeat(20_000)}"}\n`), "items.jsonl", 3, "title");
    failsAt(catalog("user,item\nu,a\n", `{"id":"c","title":"C","attributes":{"tag":["ok","${"x".repeat(20_000)}"]}}\n`), "items.jsonl", 1, "attributes.tag[1]");
    // a description may be longer than other fields
    const long = importCatalog(catalog("user,item\nu,c\n", `{"id":"c","title":"C","text":"${"d".repeat(20_000)}"}\n`));
    expect(long.itemText[0].length).toBe(20_000);
  });

  it("gives the line of the first byte that is not UTF-8", () => {
    const items = Buffer.concat([Buffer.from(ITEMS), Buffer.from('{"id":"c","title":"Caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    failsAt(catalog("user,item\nu,a\n", items), "items.jsonl", 3, "");
    const interactions = Buffer.concat([Buffer.from("user,item\nu,a\nv,b\nJos"), Buffer.from([0xe9]), Buffer.from(",a\n")]);
    failsAt(sourceDir({ "items.jsonl": ITEMS, "interactions.csv": interactions }), "interactions.csv", 4, "");
  });
});
