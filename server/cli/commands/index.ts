import type { Command } from "commander";

/** Every CLI command registers itself here; one file per command beside this one. */
export function registerCommands(program: Command): void {
  void program;
}
