import type { z } from "zod";
import { ImportError } from "./errors.ts";
import { tooLong } from "./fields.ts";

/** A document path as `12.friends[3]`. */
export function formatPath(p: readonly PropertyKey[]): string {
  return p.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join("") || "(document)";
}

/** The field an issue is about: its path, or the offending key of an object with an unknown key. */
export function issueField(issue: z.core.$ZodIssue): string {
  const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
  return keys.length ? formatPath([...issue.path, keys[0]]) : formatPath(issue.path);
}

/** Validates one tabular row; a failure names file, line and the first bad field (an over-long one before any other check). */
export function validateRow<T extends z.ZodType>(schema: T, row: Record<string, string>, file: string, lineNo: number): z.output<T> {
  for (const field in row) {
    const long = tooLong(row[field]);
    if (long) throw new ImportError(file, lineNo, field, long);
  }
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issueField(issue);
  const value = field && row && typeof row === "object" ? (row as Record<string, unknown>)[String(issue.path[0])] : undefined;
  const shown = typeof value === "string" ? ` (got ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})` : "";
  throw new ImportError(file, lineNo, field, `${issue.message}${shown}`);
}
