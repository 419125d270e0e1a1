/**
 * The workspace a server runs on: the one named by `--data`, or by default the embedded
 * MovieLens-small imported into `.pathwise/movielens-small` on first start (zero configuration).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import { ensureWorkspace } from "../graph/ensure-workspace.ts";
import { loadGraph } from "../graph/workspace.ts";
import type { Graph } from "../graph/types.ts";
import type { CatalogRecord } from "./db/store.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const EMBEDDED_DATA = path.join(ROOT, "data", "movielens-small");
export const DEFAULT_WORKSPACE = path.join(ROOT, ".pathwise", "movielens-small");

export function openWorkspace(data: string | undefined, log: (message: string) => void): { dir: string; graph: Graph } {
  if (data) return { dir: path.resolve(data), graph: loadGraph(path.resolve(data)) };
  return { dir: DEFAULT_WORKSPACE, graph: ensureWorkspace(EMBEDDED_DATA, "movielens", DEFAULT_WORKSPACE, { log }) };
}

/** The conversation database beside the workspace (never inside it: a re-import replaces the workspace). */
export function defaultDatabase(workspace: string): string {
  return `${workspace}.sessions.db`;
}

/** A catalog is identified by its source files' hashes, so sessions outlive a re-import of the same data. */
export function catalogRecord(dir: string, g: Graph): CatalogRecord {
  const m = g.manifest;
  const hash = createHash("sha256").update(JSON.stringify([m.format, m.name, m.sources, m.counts])).digest("hex").slice(0, 16);
  return {
    id: `${m.name}-${hash}`,
    name: m.name,
    format: m.format,
    path: dir,
    users: g.nUsers,
    items: g.nItems,
    attributes: g.nAttributes,
    interactions: m.counts.interactions,
    importedAt: m.createdAt,
  };
}
