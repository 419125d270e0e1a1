import type { Command } from "commander";
import { importCommand } from "./import.ts";

/** Every CLI command registers itself here; one file per command beside this one. */
export function registerCommands(program: Command): void {
  importCommand(program);
}
