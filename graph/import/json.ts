import type { z } from "zod";
import { ImportError } from "./errors.ts";
import { formatPath, issueField } from "./rows.ts";
import type { SourceDir } from "./source.ts";

type PathKey = PropertyKey;

export interface JsonDocument<T> {
  value: T;
  /** An ImportError for the value at `at`, for checks beyond the schema (ids out of range, gaps). */
  error(at: readonly PathKey[], reason: string): ImportError;
}

/**
 * Parses and validates a JSON source file. A syntax error or a value that fails `schema` becomes an
 * ImportError naming the file, the line the bad value starts on and its path in the document.
 */
export function readJsonFile<T extends z.ZodType>(src: SourceDir, rel: string, schema: T): JsonDocument<z.output<T>> {
  const text = src.read(rel).toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const pos = /position (\d+)/.exec(message);
    throw new ImportError(rel, pos ? lineAt(text, Number(pos[1])) : 0, "", `invalid JSON (${message})`);
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) {
    return { value: parsed.data, error: (at, reason) => new ImportError(rel, lineOfJsonPath(text, at), formatPath(at), reason) };
  }
  const issue = parsed.error.issues[0];
  throw new ImportError(rel, lineOfJsonPath(text, issue.path), issueField(issue), issue.message);
}

/** 1-based line of character `pos`. */
export function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line on which the value at `p` starts (only called on the error path, so a plain scan). */
export function lineOfJsonPath(text: string, p: readonly PathKey[]): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\r\n".includes(text[i])) i++;
  };
  const skipString = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
  };
  const readString = (): string => {
    const s = i;
    skipString();
    return JSON.parse(text.slice(s, i)) as string;
  };
  const skipValue = (): void => {
    ws();
    const c = text[i];
    if (c === '"') return skipString();
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      ws();
      while (i < text.length && text[i] !== close) {
        if (c === "{") {
          skipString();
          ws();
          i++;
        }
        skipValue();
        ws();
        if (text[i] === ",") i++;
        ws();
      }
      i++;
      return;
    }
    while (i < text.length && !",]} \t\r\n".includes(text[i])) i++;
  };
  for (const key of p) {
    ws();
    if (text[i] === "{") {
      i++;
      let found = false;
      while (i < text.length) {
        ws();
        if (text[i] !== '"') break;
        const k = readString();
        ws();
        i++;
        if (k === String(key)) {
          found = true;
          break;
        }
        skipValue();
        ws();
        if (text[i] === ",") i++;
      }
      if (!found) break;
    } else if (text[i] === "[" && typeof key === "number") {
      i++;
      for (let n = 0; n < key; n++) {
        skipValue();
        ws();
        if (text[i] === ",") i++;
      }
    } else break;
  }
  ws();
  return lineAt(text, i);
}
