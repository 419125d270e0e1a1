import { existsSync } from "node:fs";
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
