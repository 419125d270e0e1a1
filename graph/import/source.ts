import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ImportError } from "./errors.ts";

export interface ImportOptions {
  /** Told about each source file as it is read (large imports take a while). */
  log?: (message: string) => void;
}

/** The `--from` directory of an import: reads files and records the sha256 of each one read. */
export class SourceDir {
  readonly sources: Record<string, string> = {};
  constructor(
    readonly dir: string,
    private readonly log?: (message: string) => void,
  ) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ImportError(dir, 0, "", "source directory not found");
  }
  has(rel: string): boolean {
    return existsSync(path.join(this.dir, rel));
  }
  /** Records the hash of every present file of `files` not read yet, so a manifest lists exactly what was present. */
  recordPresent(files: readonly string[]): void {
    for (const rel of files) if (!(rel in this.sources) && this.has(rel)) this.read(rel);
  }
  read(rel: string): Buffer {
    const file = path.join(this.dir, rel);
    if (!existsSync(file)) throw new ImportError(rel, 0, "", `required file missing in ${this.dir}`);
    const buf = readFileSync(file);
    this.log?.(`reading ${rel} (${(buf.length / 1e6).toFixed(1)} MB)`);
    this.sources[rel] = sha256(buf);
    return buf;
  }
}

export function sha256(buf: Uint8Array): string {
  return createHash("sha256").update(buf).digest("hex");
}

/** sha256 of those of `files` that exist in `dir`, keyed by relative path, as a manifest records them. */
export function hashSources(dir: string, files: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of files) {
    const file = path.join(dir, rel);
    if (existsSync(file)) out[rel] = sha256(readFileSync(file));
  }
  return out;
}
