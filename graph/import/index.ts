import type { DatasetFormat, Graph } from "../types.ts";
import { assertWorkspaceTarget, writeWorkspace } from "../workspace.ts";
import { CATALOG_FILES, importCatalog } from "./catalog.ts";
import { importLastfmStar, LASTFM_STAR_FILES } from "./lastfm-star.ts";
import { importMovielens, movielensFiles } from "./movielens.ts";
import type { ImportOptions } from "./source.ts";

export { ImportError } from "./errors.ts";
export type { ImportOptions } from "./source.ts";

export const FORMATS: readonly DatasetFormat[] = ["movielens", "lastfm-star", "catalog"];

/** The files an import of `fromDir` as `format` records in its manifest (those present among these). */
export function sourceFiles(format: DatasetFormat, fromDir: string): readonly string[] {
  if (format === "movielens") return movielensFiles(fromDir);
  if (format === "lastfm-star") return LASTFM_STAR_FILES;
  return CATALOG_FILES;
}

/** Reads and validates a dataset into memory; throws ImportError on the first bad row. */
export function importDataset(format: DatasetFormat, fromDir: string, opts: ImportOptions = {}): Graph {
  if (format === "movielens") return importMovielens(fromDir, opts);
  if (format === "lastfm-star") return importLastfmStar(fromDir, opts);
  return importCatalog(fromDir, opts);
}

/** Imports `fromDir` and writes the workspace `outDir`; nothing is written unless every row is valid. */
export function importToWorkspace(format: DatasetFormat, fromDir: string, outDir: string, opts: ImportOptions = {}): Graph {
  assertWorkspaceTarget(outDir);
  const graph = importDataset(format, fromDir, opts);
  writeWorkspace(outDir, graph);
  return graph;
}

/** The machine-readable result of an import. */
export function importSummary(g: Graph): { users: number; items: number; attributes: number; interactions: number; splits: Record<string, number> } {
  const c = g.manifest.counts;
  return { users: c.users, items: c.items, attributes: c.attributes, interactions: c.interactions, splits: { ...c.splits } };
}
