import { z } from "zod";

/**
 * The longest field a source may hold, in characters (a catalog item's free `text` may hold
 * MAX_TEXT_CHARS). Real ids, titles, tags and ratings are far shorter; a longer one is a damaged or
 * hostile file, refused at its row before any per-field work runs on it.
 */
export const MAX_FIELD_CHARS = 10_000;
export const MAX_TEXT_CHARS = 100_000;

/** The reason a field is refused for its length, or null when it is short enough. */
export function tooLong(value: string, max = MAX_FIELD_CHARS): string | null {
  return value.length > max ? `longer than ${max.toLocaleString("en")} characters (${value.length.toLocaleString("en")})` : null;
}

const NUMBER = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

/** A decimal number as sources write it, or NaN when the text is not one or names no finite value (`1e999`). */
export function parseNumber(s: string): number {
  if (!NUMBER.test(s)) return NaN;
  const n = Number(s);
  return Number.isFinite(n) ? n : NaN;
}

const UNIX_SECONDS = /^\d+(\.\d+)?$/;
/** ISO 8601: a date, optionally a time (seconds and fraction optional) and an offset. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Seconds since the Unix epoch from Unix seconds or an ISO 8601 date, NaN for anything else. A
 * date-time without an offset is read as UTC, so an import does not depend on the machine's zone.
 */
export function parseTimestamp(s: string): number {
  if (UNIX_SECONDS.test(s)) {
    const t = Number(s);
    return Number.isFinite(t) ? t : NaN;
  }
  const m = ISO_8601.exec(s);
  if (!m) return NaN;
  const zoned = m[1] !== undefined && m[4] === undefined ? `${s}Z` : s;
  return Date.parse(zoned) / 1000;
}

/** Field schemas for text sources: strict, so an empty or half-numeric field fails instead of becoming 0. */
export const intField = z
  .string()
  .regex(/^\s*\d+\s*$/, "expected a non-negative integer")
  .transform((s) => Number(s))
  .refine((n) => Number.isSafeInteger(n), "integer too large");

export const numberField = z
  .string()
  .regex(NUMBER, "expected a number")
  .transform((s) => Number(s))
  .refine((n) => Number.isFinite(n), "expected a finite number");
