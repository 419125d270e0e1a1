import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import path from "node:path";

/** The repository root, and `../shared` beside it where research datasets and the test model live. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED = path.resolve(ROOT, "..", "shared");
export const HAS_SHARED = existsSync(path.join(SHARED, "data"));

/** Path inside `../shared`; tests that need it use `describe.skipIf(!HAS_SHARED)` and say why. */
export function shared(...parts: string[]): string {
  return path.join(SHARED, ...parts);
}

export const SKIP_SHARED_REASON = "../shared is absent: research datasets and the test model are not in this checkout";

/** The embedded MovieLens-small copy, always present. */
export const MOVIELENS_SMALL = path.join(ROOT, "data", "movielens-small");

/**
 * Paths a test file (or a bench) made, removed after its last test (test/setup.ts) or, for a bench, when its
 * process exits.
 */
const made: string[] = [];
function removeLater(file: string): void {
  if (made.length === 0) process.once("exit", removeMade);
  made.push(file);
}

export function removeMade(): void {
  for (const f of made.splice(0)) rmSync(f, { recursive: true, force: true });
}

/** A fresh directory under the system's temporary one, removed after the test file. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  removeLater(dir);
  return dir;
}

/** Marks a file (and its SQLite `-wal` and `-shm` companions) for removal after the test file. */
export function removedLater(file: string): string {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) removeLater(f);
  return file;
}
