import { mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { DatasetFormat, Graph } from "./types.ts";
import { hashSources } from "./import/source.ts";
import { importToWorkspace, sourceFiles } from "./import/index.ts";
import { isWorkspace, loadGraph, readManifest, WorkspaceError } from "./workspace.ts";

/** A lock older than this is taken to be left behind by a killed process. */
const STALE_LOCK_MS = 120_000;

/**
 * The workspace for `fromDir`, importing it first only when `outDir` has none, or one made from
 * another format or from source files whose sha256 differ (what `npm start` needs: zero
 * configuration, no re-import on every start). Processes starting together (parallel tests, a
 * fleet) import once: the import runs under a lock directory beside the workspace.
 */
export function ensureWorkspace(
  fromDir: string,
  format: DatasetFormat,
  outDir: string,
  opts: { log?: (message: string) => void } = {},
): Graph {
  if (isCurrent(fromDir, format, outDir)) return loadGraph(outDir);
  return withLock(`${path.resolve(outDir)}.lock`, () => {
    if (isCurrent(fromDir, format, outDir)) return loadGraph(outDir);
    opts.log?.(`importing ${format} data from ${fromDir} into ${outDir}`);
    return importToWorkspace(format, fromDir, outDir);
  });
}

function isCurrent(fromDir: string, format: DatasetFormat, outDir: string): boolean {
  if (!isWorkspace(outDir)) return false;
  let manifest;
  try {
    manifest = readManifest(outDir);
  } catch {
    return false;
  }
  if (manifest.format !== format) return false;
  const now = hashSources(fromDir, sourceFiles(format, fromDir));
  const before = manifest.sources;
  const keys = Object.keys(now);
  return keys.length === Object.keys(before).length && keys.every((k) => before[k] === now[k]);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function withLock<T>(lock: string, fn: () => T): T {
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + STALE_LOCK_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    let age = 0;
    try {
      age = Date.now() - statSync(lock).mtimeMs;
    } catch {
      continue;
    }
    if (age > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
    else if (Date.now() > deadline) throw new WorkspaceError(`timed out waiting for ${lock}; remove it if no import is running`);
    else sleep(50);
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
