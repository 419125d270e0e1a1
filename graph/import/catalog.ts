import path from "node:path";
import { z } from "zod";
import { SPLIT, type Graph } from "../types.ts";
import { assembleGraph } from "../build.ts";
import { EdgeList } from "../growable.ts";
import { InteractionColumns } from "../interactions.ts";
import { splitByTime } from "../split.ts";
import { sortRefusingConflicts } from "./conflicts.ts";
import { eachCsvRecord } from "./csv.ts";
import { ImportError } from "./errors.ts";
import { issueField } from "./rows.ts";
import { MAX_TEXT_CHARS, parseNumber, parseTimestamp, tooLong } from "./fields.ts";
import { SourceDir, type ImportOptions } from "./source.ts";
import { eachLine, firstNonUtf8Line } from "./text.ts";

/**
 * The bring-your-own catalog format (docs/catalog-format.md): `items.jsonl`, one item per line
 * with typed attributes and optional text, and optionally `interactions.csv` with a header naming
 * `user,item` and any of `rating`, `timestamp`, `split`.
 */

const ITEMS = "items.jsonl";
const INTERACTIONS = "interactions.csv";
export const CATALOG_FILES: readonly string[] = [ITEMS, INTERACTIONS];
const COLUMNS = ["user", "item", "rating", "timestamp", "split"] as const;
/** Ratings at or above this are positives for the time split (same rule as MovieLens). */
const POSITIVE_RATING = 4;

const text = z.string().trim().min(1, "must not be empty");
const itemLine = z
  .object({
    id: z.union([text, z.int()]).transform(String),
    title: text,
    text: z.string().optional(),
    attributes: z.record(text, z.union([text, z.array(text)])).optional(),
  })
  .strict();

type ItemLine = z.output<typeof itemLine>;

/**
 * The item of a well-formed line without the schema (a million lines go through here), or null when
 * anything is unusual, in which case the schema decides and words the error. Returns exactly what the
 * schema would: trimmed id, title, type names and values.
 */
function plainItem(v: unknown): ItemLine | null {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  for (const key in o) if (key !== "id" && key !== "title" && key !== "text" && key !== "attributes") return null;
  const id = typeof o.id === "string" ? o.id.trim() : Number.isSafeInteger(o.id) ? String(o.id) : "";
  const title = typeof o.title === "string" ? o.title.trim() : "";
  if (id === "" || title === "" || (o.text !== undefined && typeof o.text !== "string")) return null;
  const a = o.attributes;
  if (a === undefined) return { id, title, text: o.text as string | undefined };
  if (typeof a !== "object" || a === null || Array.isArray(a)) return null;
  const attributes: Record<string, string | string[]> = {};
  for (const [type, values] of Object.entries(a)) {
    if (type.trim() !== type || type === "") return null;
    if (typeof values === "string") {
      const value = values.trim();
      if (value === "") return null;
      attributes[type] = value;
    } else if (Array.isArray(values)) {
      const list: string[] = [];
      for (const x of values) {
        const value = typeof x === "string" ? x.trim() : "";
        if (value === "") return null;
        list.push(value);
      }
      attributes[type] = list;
    } else return null;
  }
  return { id, title, text: o.text as string | undefined, attributes };
}

function readUtf8(src: SourceDir, rel: string): Buffer {
  const buf = src.read(rel);
  const bad = firstNonUtf8Line(buf);
  if (bad > 0) throw new ImportError(rel, bad, "", "not valid UTF-8 (the catalog format is UTF-8)");
  return buf;
}

/**
 * The first problem of an item line that the schema does not see: a string longer than the caps
 * (checked before any other work on it), or an attribute type named like a key of every JavaScript
 * object (`__proto__`, `constructor`, ...), which would read as something else wherever types key an object.
 */
function itemLineProblem(value: unknown): [field: string, reason: string] | null {
  if (typeof value !== "object" || value === null) return null;
  for (const [key, v] of Object.entries(value)) {
    const long = typeof v === "string" ? tooLong(v, key === "text" ? MAX_TEXT_CHARS : undefined) : null;
    if (long) return [key, long];
  }
  const attributes = (value as { attributes?: unknown }).attributes;
  if (typeof attributes !== "object" || attributes === null) return null;
  for (const [type, values] of Object.entries(attributes)) {
    const field = `attributes.${type}`;
    if (type.trim() in Object.prototype) return [field, `attribute type "${type.trim()}" is reserved (a key every JavaScript object has); rename it`];
    const long = tooLong(type);
    if (long) return [field, `type name ${long}`];
    for (const [k, v] of (Array.isArray(values) ? values : [values]).entries()) {
      const tooLongValue = typeof v === "string" ? tooLong(v) : null;
      if (tooLongValue) return [Array.isArray(values) ? `${field}[${k}]` : field, tooLongValue];
    }
  }
  return null;
}

const SPLITS: Record<string, number> = { train: SPLIT.train, valid: SPLIT.valid, test: SPLIT.test };

export function importCatalog(fromDir: string, opts: ImportOptions = {}): Graph {
  const src = new SourceDir(fromDir, opts.log);
  const itemKey: string[] = [];
  const itemTitle: string[] = [];
  const itemText: string[] = [];
  const itemOf = new Map<string, number>();
  const typeOf = new Map<string, number>();
  const typeNames: string[] = [];
  /** Per type, value -> attribute id. */
  const attrOf: Map<string, number>[] = [];
  const attrName: string[] = [];
  const attrTypes = new EdgeList();
  const itemAttrs = new EdgeList();

  eachLine(readUtf8(src, ITEMS), "utf8", (line, lineNo) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new ImportError(ITEMS, lineNo, "", `invalid JSON (${(err as Error).message})`);
    }
    const problem = itemLineProblem(value);
    if (problem) throw new ImportError(ITEMS, lineNo, problem[0], problem[1]);
    let it = plainItem(value);
    if (it === null) {
      const parsed = itemLine.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ImportError(ITEMS, lineNo, issueField(issue), issue.message);
      }
      it = parsed.data;
    }
    if (itemOf.has(it.id)) throw new ImportError(ITEMS, lineNo, "id", `duplicate item id "${it.id}" (first on an earlier line)`);
    const item = itemKey.push(it.id) - 1;
    itemOf.set(it.id, item);
    itemTitle.push(it.title);
    itemText.push(it.text ?? "");
    for (const [type, values] of Object.entries(it.attributes ?? {})) {
      let t = typeOf.get(type);
      if (t === undefined) {
        typeOf.set(type, (t = typeNames.push(type) - 1));
        attrOf.push(new Map());
      }
      const ofType = attrOf[t];
      const list = typeof values === "string" ? null : values;
      for (let k = 0, n = list ? list.length : 1; k < n; k++) {
        const v = list ? list[k] : (values as string);
        let a = ofType.get(v);
        if (a === undefined) {
          ofType.set(v, (a = attrName.push(v) - 1));
          attrTypes.push(a, t);
        }
        itemAttrs.push(item, a);
      }
    }
  });
  if (itemKey.length === 0) throw new ImportError(ITEMS, 0, "", "no items");

  const cols = new InteractionColumns();
  const userOf = new Map<string, number>();
  const userKey: string[] = [];
  let header: Set<string> = new Set();
  let columns: string[] = [];
  // Rows are checked by hand rather than by a schema: this loop runs once per interaction, tens of millions of times.
  let at = { user: -1, item: -1, rating: -1, timestamp: -1, split: -1 };
  if (src.has(INTERACTIONS)) {
    eachCsvRecord(readUtf8(src, INTERACTIONS), "utf8", INTERACTIONS, (fields, lineNo) => {
      if (lineNo === 1) {
        const unknown = fields.find((f) => !(COLUMNS as readonly string[]).includes(f));
        if (unknown !== undefined) throw new ImportError(INTERACTIONS, 1, unknown, `unknown column; expected ${COLUMNS.join(", ")}`);
        for (const need of ["user", "item"]) {
          if (!fields.includes(need)) throw new ImportError(INTERACTIONS, 1, need, `header lacks column "${need}"`);
        }
        header = new Set(fields);
        columns = fields;
        at = { user: fields.indexOf("user"), item: fields.indexOf("item"), rating: fields.indexOf("rating"), timestamp: fields.indexOf("timestamp"), split: fields.indexOf("split") };
        return;
      }
      if (fields.length === 1 && fields[0] === "") return;
      if (fields.length !== columns.length) {
        throw new ImportError(INTERACTIONS, lineNo, columns[Math.min(fields.length, columns.length - 1)], `expected ${columns.length} fields, found ${fields.length}`);
      }
      const fail = (col: number, reason: string): never => {
        throw new ImportError(INTERACTIONS, lineNo, columns[col], reason);
      };
      for (let c = 0; c < fields.length; c++) {
        const long = tooLong(fields[c]);
        if (long) fail(c, long);
      }
      const userName = fields[at.user].trim();
      const itemName = fields[at.item].trim();
      if (userName === "") fail(at.user, "must not be empty");
      if (itemName === "") fail(at.item, "must not be empty");
      let rating = NaN;
      if (at.rating >= 0) {
        rating = parseNumber(fields[at.rating]);
        if (Number.isNaN(rating)) fail(at.rating, `expected a finite number (got ${JSON.stringify(fields[at.rating].slice(0, 40))})`);
      }
      let time = NaN;
      if (at.timestamp >= 0) {
        time = parseTimestamp(fields[at.timestamp].trim());
        if (Number.isNaN(time)) fail(at.timestamp, `expected Unix seconds or an ISO 8601 date (got ${JSON.stringify(fields[at.timestamp].slice(0, 40))})`);
      }
      let split: number = SPLIT.train;
      if (at.split >= 0) {
        if (!Object.hasOwn(SPLITS, fields[at.split])) fail(at.split, "expected train, valid or test");
        split = SPLITS[fields[at.split]];
      }
      const item = itemOf.get(itemName);
      if (item === undefined) fail(at.item, `item "${itemName.slice(0, 40)}" is not in ${ITEMS}`);
      let user = userOf.get(userName);
      if (user === undefined) userOf.set(userName, (user = userKey.push(userName) - 1));
      cols.push(user, item!, rating, time, split, lineNo);
    });
  }
  const interactions = sortRefusingConflicts(cols, INTERACTIONS);
  const hasRatings = header.has("rating");
  const hasTimestamps = header.has("timestamp");
  if (!header.has("split") && hasTimestamps) {
    splitByTime(interactions, (i) => !hasRatings || interactions.rating[i] >= POSITIVE_RATING);
  }
  src.recordPresent(CATALOG_FILES);
  return assembleGraph({
    format: "catalog",
    name: path.basename(path.resolve(fromDir)),
    sources: src.sources,
    hasTimestamps,
    hasRatings,
    nUsers: userKey.length,
    nItems: itemKey.length,
    nAttributes: attrName.length,
    typeNames,
    attrTypes,
    itemAttrs,
    interactions,
    itemTitle,
    attrName,
    itemKey,
    userKey,
    itemText,
  });
}
