import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { htmlReport, type ReportRun } from "../../../agents/eval/report.ts";
import { EvalSummary, runLabel } from "../../../agents/eval/summary.ts";
import { CliError, log } from "../output.ts";
import { printSummary } from "../table.ts";
import { evalTable } from "./eval.ts";

/** `pathwise report`: several `eval --json` results side by side in one HTML report. */
export function reportCommand(program: Command): void {
  program
    .command("report")
    .description("Compare evaluation runs side by side: reads the JSON files `pathwise eval --json` writes, writes one HTML report")
    .argument("<results...>", "result files of `pathwise eval --json FILE`")
    .requiredOption("--out <file.html>", "the HTML report to write")
    .option("--title <text>", "the report's title", "pathwise evaluation runs")
    .action((files: string[], opts: { out: string; title: string }) => {
      const runs = labelled(files.map((file) => ({ file, summary: readSummary(file) })));
      writeFileSync(opts.out, htmlReport(opts.title, runs));
      log.info({ runs: runs.length, out: opts.out }, "wrote the report");
      printSummary(evalTable(opts.title, runs), undefined);
    });
}

function readSummary(file: string): EvalSummary {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${(err as Error).message}`);
  }
  const parsed = EvalSummary.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`${file} is not a result of \`pathwise eval --json\`: ${issue.path.join(".") || "the file"}: ${issue.message}`);
  }
  return parsed.data;
}

/** Each run named by its settings; runs with the same settings also by their file. */
function labelled(results: { file: string; summary: EvalSummary }[]): ReportRun[] {
  const labels = results.map((r) => runLabel(r.summary.settings));
  return results.map((r, i) => ({
    label: labels.indexOf(labels[i]) !== labels.lastIndexOf(labels[i]) ? `${labels[i]} (${path.basename(r.file)})` : labels[i],
    summary: r.summary,
  }));
}
