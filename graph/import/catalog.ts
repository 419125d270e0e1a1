import path from "node:path";
import { z } from "zod";
import { SPLIT, type Graph } from "../types.ts";
import { assembleGraph } from "../build.ts";
import { EdgeList } from "../growable.ts";
import { InteractionColumns, sortInteractions } from "../interactions.ts";
import { splitByTime } from "../split.ts";
import { eachCsvRecord } from "./csv.ts";
import { ImportError } from "./errors.ts";
import { issueField } from "./rows.ts";
import { numberField } from "./fields.ts";
import { SourceDir, type ImportOptions } from "./source.ts";
import { detectEncoding, eachLine } from "./text.ts";

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

const timestampField = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .transform((s, ctx) => {
    const t = /^\d+(\.\d+)?$/.test(s) ? Number(s) : Date.parse(s) / 1000;
    if (Number.isNaN(t)) ctx.addIssue({ code: "custom", message: "expected Unix seconds or an ISO 8601 date" });
    return t;
  });
const interactionRow = z.object({
  user: text,
  item: text,
  rating: numberField.optional(),
  timestamp: timestampField.optional(),
  split: z.enum(["train", "valid", "test"]).optional(),
});

function readUtf8(src: SourceDir, rel: string): Buffer {
  const buf = src.read(rel);
  if (detectEncoding(buf) !== "utf8") throw new ImportError(rel, 0, "", "not valid UTF-8 (the catalog format is UTF-8)");
  return buf;
}

export function importCatalog(fromDir: string, opts: ImportOptions = {}): Graph {
  const src = new SourceDir(fromDir, opts.log);
  const itemKey: string[] = [];
  const itemTitle: string[] = [];
  const itemText: string[] = [];
  const itemOf = new Map<string, number>();
  const typeOf = new Map<string, number>();
  const typeNames: string[] = [];
  const attrOf = new Map<string, number>();
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
    const parsed = itemLine.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ImportError(ITEMS, lineNo, issueField(issue), issue.message);
    }
    const it = parsed.data;
    if (itemOf.has(it.id)) throw new ImportError(ITEMS, lineNo, "id", `duplicate item id "${it.id}" (first on an earlier line)`);
    const item = itemKey.push(it.id) - 1;
    itemOf.set(it.id, item);
    itemTitle.push(it.title);
    itemText.push(it.text ?? "");
    for (const [type, values] of Object.entries(it.attributes ?? {})) {
      let t = typeOf.get(type);
      if (t === undefined) typeOf.set(type, (t = typeNames.push(type) - 1));
      for (const v of typeof values === "string" ? [values] : values) {
        const key = `${t}\u0000${v}`;
        let a = attrOf.get(key);
        if (a === undefined) {
          attrOf.set(key, (a = attrName.push(v) - 1));
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
        return;
      }
      if (fields.length === 1 && fields[0] === "") return;
      if (fields.length !== columns.length) {
        throw new ImportError(INTERACTIONS, lineNo, columns[Math.min(fields.length, columns.length - 1)], `expected ${columns.length} fields, found ${fields.length}`);
      }
      const raw: Record<string, string> = {};
      columns.forEach((c, i) => (raw[c] = fields[i]));
      const parsed = interactionRow.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ImportError(INTERACTIONS, lineNo, issueField(issue), issue.message);
      }
      const r = parsed.data;
      const item = itemOf.get(r.item);
      if (item === undefined) throw new ImportError(INTERACTIONS, lineNo, "item", `item "${r.item}" is not in ${ITEMS}`);
      let user = userOf.get(r.user);
      if (user === undefined) userOf.set(r.user, (user = userKey.push(r.user) - 1));
      cols.push(user, item, r.rating ?? NaN, r.timestamp ?? NaN, SPLIT[r.split ?? "train"]);
    });
  }
  const interactions = sortInteractions(cols);
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
