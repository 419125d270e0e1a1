import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Graph } from "../types.ts";
import { assembleGraph } from "../build.ts";
import { EdgeList } from "../growable.ts";
import { InteractionColumns } from "../interactions.ts";
import { splitByTime } from "../split.ts";
import { sortRefusingConflicts } from "./conflicts.ts";
import { eachCsvRecord } from "./csv.ts";
import { ImportError } from "./errors.ts";
import { intField, numberField } from "./fields.ts";
import { validateRow } from "./rows.ts";
import { SourceDir, type ImportOptions } from "./source.ts";
import { detectEncoding, eachLine } from "./text.ts";

/**
 * GroupLens MovieLens in either layout: ml-latest (`ratings.csv`, `movies.csv`, `tags.csv`) or
 * ml-1m/ml-10m (`ratings.dat`, `movies.dat`, `tags.dat`, `users.dat`, fields separated by `::`).
 * Items are the movies; attributes are typed genre, decade (from the title's year) and user tag.
 * The rules are documented in docs/datasets.md.
 */

type Table = "ratings" | "movies" | "tags" | "users";
type Layout = "csv" | "dat";

const COLUMNS: Record<Table, readonly string[]> = {
  ratings: ["userId", "movieId", "rating", "timestamp"],
  movies: ["movieId", "title", "genres"],
  tags: ["userId", "movieId", "tag", "timestamp"],
  users: ["userId", "gender", "age", "occupation", "zip"],
};
/** In `::` files, the one column that may itself contain `::` (free text). */
const FREE_COLUMN: Partial<Record<Table, number>> = { movies: 1, tags: 2 };

/** A normalised tag becomes an attribute once this many distinct users applied it (drops personal labels). */
export const TAG_MIN_USERS = 2;
/** Ratings at or above this are positives for the time split. */
export const POSITIVE_RATING = 4;
const NO_GENRES = "(no genres listed)";

const fileOf = (layout: Layout, table: Table) => `${table}.${layout}`;

function layoutOf(dir: string): Layout {
  if (existsSync(path.join(dir, "ratings.csv"))) return "csv";
  if (existsSync(path.join(dir, "ratings.dat"))) return "dat";
  throw new ImportError(dir, 0, "", "neither ratings.csv (ml-latest) nor ratings.dat (ml-1m/ml-10m) found");
}

/** Source files a MovieLens import of `dir` records, by its layout. */
export function movielensFiles(dir: string): string[] {
  let layout: Layout;
  try {
    layout = layoutOf(dir);
  } catch {
    return [];
  }
  return (["ratings", "movies", "tags", "users"] as const).map((t) => fileOf(layout, t));
}

const ratingRow = z.object({
  userId: intField,
  movieId: intField,
  rating: numberField.pipe(z.number().min(0, "rating below 0").max(5, "rating above 5")),
  timestamp: intField,
});
const movieRow = z.object({ movieId: intField, title: z.string().trim().min(1, "empty title"), genres: z.string() });
const tagRow = z.object({ userId: intField, movieId: intField, tag: z.string(), timestamp: intField });
const userRow = z.object({ userId: intField, gender: z.string(), age: intField, occupation: intField, zip: z.string() });

/** Rows of one table as objects keyed by the canonical column names. */
function eachRow(src: SourceDir, layout: Layout, table: Table, fn: (row: Record<string, string>, line: number) => void): void {
  const rel = fileOf(layout, table);
  const buf = src.read(rel);
  const encoding = detectEncoding(buf);
  const columns = COLUMNS[table];
  if (layout === "csv") {
    let index: number[] = [];
    eachCsvRecord(buf, encoding, rel, (fields, line) => {
      if (index.length === 0) {
        index = columns.map((c) => fields.indexOf(c));
        const missing = index.indexOf(-1);
        if (missing >= 0) throw new ImportError(rel, line, columns[missing], `header lacks column "${columns[missing]}"`);
        return;
      }
      if (fields.length === 1 && fields[0] === "") return;
      const row: Record<string, string> = {};
      for (let c = 0; c < columns.length; c++) {
        const v = fields[index[c]];
        if (v === undefined) throw new ImportError(rel, line, columns[c], `missing (row has ${fields.length} fields)`);
        row[columns[c]] = v;
      }
      fn(row, line);
    });
    return;
  }
  const free = FREE_COLUMN[table];
  eachLine(buf, encoding, (text, line) => {
    if (text === "") return;
    let parts = text.split("::");
    if (free !== undefined && parts.length > columns.length) {
      const extra = parts.length - columns.length;
      parts = [...parts.slice(0, free), parts.slice(free, free + extra + 1).join("::"), ...parts.slice(free + extra + 1)];
    }
    if (parts.length !== columns.length) {
      const field = columns[Math.min(parts.length, columns.length - 1)];
      throw new ImportError(rel, line, field, `expected ${columns.length} "::"-separated fields, found ${parts.length}`);
    }
    const row: Record<string, string> = {};
    for (let c = 0; c < columns.length; c++) row[columns[c]] = parts[c];
    fn(row, line);
  });
}

/** The release year in a MovieLens title: "Toy Story (1995)", "Death Note (2006–2007)"; 0 when absent. */
export function titleYear(title: string): number {
  const m = /\((\d{4})(?:\s*[-–]\s*\d{0,4})?\)\s*$/.exec(title);
  return m ? Number(m[1]) : 0;
}

const TRIMMED = /["'\s]/;

/**
 * Tag normalisation: Unicode NFKC, lower case, surrounding quotes and spaces dropped, inner whitespace
 * collapsed. The ends are trimmed by a scan from each side: the regex `["'\s]+$` retries at every
 * position, quadratic in a long run of spaces.
 */
export function normaliseTag(tag: string): string {
  const t = tag.normalize("NFKC").toLowerCase();
  let start = 0;
  let end = t.length;
  while (start < end && TRIMMED.test(t[start])) start++;
  while (end > start && TRIMMED.test(t[end - 1])) end--;
  return t.slice(start, end).replace(/\s+/g, " ");
}

export function importMovielens(fromDir: string, opts: ImportOptions = {}): Graph {
  const src = new SourceDir(fromDir, opts.log);
  const layout = layoutOf(fromDir);

  // Movies -> dense item ids in increasing movieId order.
  const movies = new Map<number, { title: string; genres: string; line: number }>();
  const moviesFile = fileOf(layout, "movies");
  eachRow(src, layout, "movies", (raw, line) => {
    const r = validateRow(movieRow, raw, moviesFile, line);
    const first = movies.get(r.movieId);
    if (first) throw new ImportError(moviesFile, line, "movieId", `duplicate movie ${r.movieId} (first on line ${first.line})`);
    movies.set(r.movieId, { title: r.title, genres: r.genres, line });
  });
  const movieIds = [...movies.keys()].sort((a, b) => a - b);
  const itemOf = new Map<number, number>();
  movieIds.forEach((m, i) => itemOf.set(m, i));
  const nItems = movieIds.length;
  const itemLookup = (movieId: number, file: string, line: number): number => {
    const item = itemOf.get(movieId);
    if (item === undefined) throw new ImportError(file, line, "movieId", `movie ${movieId} is not in ${moviesFile}`);
    return item;
  };

  // Ratings, kept with raw user ids until every user is known.
  const cols = new InteractionColumns();
  const ratingsFile = fileOf(layout, "ratings");
  const userIds = new Set<number>();
  eachRow(src, layout, "ratings", (raw, line) => {
    const r = validateRow(ratingRow, raw, ratingsFile, line);
    userIds.add(r.userId);
    cols.push(r.userId, itemLookup(r.movieId, ratingsFile, line), r.rating, r.timestamp, 0, line);
  });
  const usersFile = fileOf(layout, "users");
  if (src.has(usersFile)) {
    eachRow(src, layout, "users", (raw, line) => userIds.add(validateRow(userRow, raw, usersFile, line).userId));
  }
  const userKeys = [...userIds].sort((a, b) => a - b);
  const userOf = new Map<number, number>();
  userKeys.forEach((u, i) => userOf.set(u, i));
  const users = cols.user.view();
  for (let i = 0; i < users.length; i++) users[i] = userOf.get(users[i])!;

  // Attributes: genres, then decades, then tags, each block in name order.
  const genreItems = new Map<string, number[]>();
  const decadeItems = new Map<string, number[]>();
  const itemYear = new Int16Array(nItems);
  const itemTitle: string[] = new Array<string>(nItems);
  movieIds.forEach((m, item) => {
    const movie = movies.get(m)!;
    itemTitle[item] = movie.title;
    for (const g of movie.genres.split("|")) {
      const genre = g.trim();
      if (!genre || genre === NO_GENRES) continue;
      if (!genreItems.has(genre)) genreItems.set(genre, []);
      genreItems.get(genre)!.push(item);
    }
    const year = titleYear(movie.title);
    itemYear[item] = year;
    if (year > 0) {
      const decade = `${Math.floor(year / 10) * 10}s`;
      if (!decadeItems.has(decade)) decadeItems.set(decade, []);
      decadeItems.get(decade)!.push(item);
    }
  });
  const tagItems = readTags(src, layout, itemLookup);

  const typeNames: string[] = [];
  const attrName: string[] = [];
  const attrTypes = new EdgeList();
  const itemAttrs = new EdgeList();
  const addType = (type: string, byName: Map<string, number[]>) => {
    if (byName.size === 0) return;
    const t = typeNames.push(type) - 1;
    for (const name of [...byName.keys()].sort()) {
      const a = attrName.push(name) - 1;
      attrTypes.push(a, t);
      for (const item of byName.get(name)!) itemAttrs.push(item, a);
    }
  };
  addType("genre", genreItems);
  addType("decade", decadeItems);
  addType("tag", tagItems);

  const interactions = sortRefusingConflicts(cols, ratingsFile);
  splitByTime(interactions, (i) => interactions.rating[i] >= POSITIVE_RATING);
  src.recordPresent(movielensFiles(fromDir));
  return assembleGraph({
    format: "movielens",
    name: path.basename(path.resolve(fromDir)),
    sources: src.sources,
    hasTimestamps: true,
    hasRatings: true,
    nUsers: userKeys.length,
    nItems,
    nAttributes: attrName.length,
    typeNames,
    attrTypes,
    itemAttrs,
    interactions,
    itemTitle,
    attrName,
    itemKey: movieIds.map(String),
    userKey: userKeys.map(String),
    itemYear,
  });
}

/** Normalised tags applied by at least TAG_MIN_USERS distinct users, each with the items it was applied to. */
function readTags(
  src: SourceDir,
  layout: Layout,
  itemLookup: (movieId: number, file: string, line: number) => number,
): Map<string, number[]> {
  const tagsFile = fileOf(layout, "tags");
  const kept = new Map<string, number[]>();
  if (!src.has(tagsFile)) return kept;
  const byTag = new Map<string, { users: Set<number>; items: Set<number> }>();
  eachRow(src, layout, "tags", (raw, line) => {
    const r = validateRow(tagRow, raw, tagsFile, line);
    const item = itemLookup(r.movieId, tagsFile, line);
    const tag = normaliseTag(r.tag);
    if (!tag) return;
    let entry = byTag.get(tag);
    if (!entry) byTag.set(tag, (entry = { users: new Set(), items: new Set() }));
    entry.users.add(r.userId);
    entry.items.add(item);
  });
  for (const [tag, { users, items }] of byTag) {
    if (users.size >= TAG_MIN_USERS) kept.set(tag, [...items]);
  }
  return kept;
}
