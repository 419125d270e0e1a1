/**
 * A command's short human summary on stdout: a plain-text table after the run, shown only when
 * stdout is a terminal and `--json -` is not writing there (scripts and pipes get the JSON alone).
 */

export type Cell = string | number;

export interface Summary {
  /** One line above the table: what ran, on what, how long. */
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Lines below the table (definitions, where the JSON went). */
  readonly notes?: readonly string[];
}

/** Columns padded to their widest cell; numbers and intervals right-aligned, the first column left-aligned. */
export function formatTable(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = [columns, ...rows].map((r) => r.map(String));
  const widths = columns.map((_, c) => Math.max(...text.map((r) => (r[c] ?? "").length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(text[0]), rule, ...text.slice(1).map(line)].join("\n");
}

/** A value with its 95% interval, e.g. `0.612 [0.588, 0.637]`. */
export function withInterval(value: number, ci: readonly [number, number] | undefined, digits = 3): string {
  const f = (x: number) => x.toFixed(digits);
  return ci ? `${f(value)} [${f(ci[0])}, ${f(ci[1])}]` : f(value);
}

export interface SummaryTarget {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** Prints the summary when `out` is a terminal and the JSON result is not going to it; true when printed. */
export function printSummary(s: Summary, json: string | undefined, out: SummaryTarget = process.stdout): boolean {
  if (!out.isTTY || json === "-") return false;
  const notes = s.notes?.length ? `\n${s.notes.join("\n")}` : "";
  out.write(`\n${s.title}\n\n${formatTable(s.columns, s.rows)}\n${notes}${notes ? "\n" : ""}`);
  return true;
}
