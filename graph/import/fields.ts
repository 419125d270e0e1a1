import { z } from "zod";

/** Field schemas for text sources: strict, so an empty or half-numeric field fails instead of becoming 0. */
export const intField = z
  .string()
  .regex(/^\s*\d+\s*$/, "expected a non-negative integer")
  .transform((s) => Number(s));

export const numberField = z
  .string()
  .regex(/^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/, "expected a number")
  .transform((s) => Number(s));
