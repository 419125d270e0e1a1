import type { Graph } from "../../graph/types.ts";
import { loadGraph, WorkspaceError } from "../../graph/workspace.ts";
import { existsSync } from "node:fs";
import { readRedial, type RedialDialogue } from "../../agents/language/redial.ts";
import { CliError } from "./output.ts";

/** A numeric flag in [lo, hi]; anything else (empty, NaN, out of range) is a one-line CLI error. */
export function num(v: string, flag: string, lo: number, hi: number): number {
  const x = Number(v);
  if (v.trim() === "" || !Number.isFinite(x) || x < lo || x > hi) throw new CliError(`${flag} must be a number in [${lo}, ${hi}], not "${v}"`);
  return x;
}

export function int(v: string, flag: string, lo: number, hi: number): number {
  const x = num(v, flag, lo, hi);
  if (!Number.isInteger(x)) throw new CliError(`${flag} must be an integer, not "${v}"`);
  return x;
}

/** The workspace at `dir`, or a one-line CLI error when it is missing or damaged. */
export function loadWorkspace(dir: string): Graph {
  try {
    return loadGraph(dir);
  } catch (err) {
    if (err instanceof WorkspaceError || (err as NodeJS.ErrnoException).code === "ENOENT") throw new CliError(`cannot load workspace ${dir}: ${(err as Error).message}`);
    throw err;
  }
}

/** ReDial-layout dialogues from `file`, or a one-line CLI error naming the file (and the line at fault). */
export function loadDialogues(file: string): RedialDialogue[] {
  if (!existsSync(file)) throw new CliError(`dialogues file not found: ${file}`);
  try {
    return readRedial(file);
  } catch (err) {
    throw new CliError(`${file}: ${(err as Error).message}`);
  }
}
