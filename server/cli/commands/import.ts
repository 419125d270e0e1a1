import type { Command } from "commander";
import { FORMATS, ImportError, importSummary, importToWorkspace } from "../../../graph/import/index.ts";
import { WorkspaceError } from "../../../graph/workspace.ts";
import type { DatasetFormat } from "../../../graph/types.ts";
import { CliError, log, writeJson } from "../output.ts";
import { ExactTitles, loggedDialogues } from "../../../agents/language/redial.ts";
import { loadDialogues } from "../args.ts";
import { saveDialogueLog } from "../../../agents/ranking/dialogue-log.ts";

interface ImportOptions {
  format: string;
  from: string;
  out: string;
  dialogues?: string;
  json?: string;
}

export function importCommand(program: Command): void {
  program
    .command("import")
    .description("Import a dataset into a workspace (all or nothing): users, items, typed attributes, interactions, splits")
    .requiredOption("--format <format>", `dataset layout: ${FORMATS.join(" | ")}`)
    .requiredOption("--from <dir>", "source directory")
    .requiredOption("--out <workdir>", "workspace directory to write (replaced if it is a workspace)")
    .option("--dialogues <file.jsonl>", "logged conversations (ReDial layout) to learn from when serving: films mentioned together, films suggested")
    .option("--json <file>", "write the result as JSON to FILE (- for stdout)")
    .action((opts: ImportOptions) => {
      if (!FORMATS.includes(opts.format as DatasetFormat)) {
        throw new CliError(`unknown format "${opts.format}"; expected one of ${FORMATS.join(", ")}`);
      }
      // Read before the import replaces the workspace: a bad file leaves everything as it was.
      const dialogues = opts.dialogues ? loadDialogues(opts.dialogues) : null;
      const started = performance.now();
      let summary: Record<string, unknown>;
      try {
        const graph = importToWorkspace(opts.format as DatasetFormat, opts.from, opts.out, { log: (message) => log.info(message) });
        summary = importSummary(graph);
        if (dialogues) {
          const logged = loggedDialogues(dialogues, new ExactTitles(graph.itemTitle));
          saveDialogueLog(opts.out, graph, logged);
          summary = { ...summary, dialogues: logged.length, dialogueMentions: logged.reduce((n, d) => n + d.mentioned.length, 0) };
        }
      } catch (err) {
        if (err instanceof ImportError || err instanceof WorkspaceError) throw new CliError(`import failed: ${err.message}`);
        throw err;
      }
      const seconds = (performance.now() - started) / 1000;
      log.info({ ...summary, out: opts.out, seconds }, "imported");
      writeJson(opts.json, { ...summary, out: opts.out, seconds });
    });
}
