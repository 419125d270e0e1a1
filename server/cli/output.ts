import { writeFileSync } from "node:fs";
import type { Level, Logger } from "pino";
import cliProgress from "cli-progress";
import { createLogger, logFormat } from "../log.ts";

const LEVEL = (process.env.PATHWISE_LOG_LEVEL ?? "info") as Level;

/** The commands' log on stderr, so stdout stays free for `--json -`: readable on a terminal, JSON lines otherwise (`configureLog`). */
export let log: Logger = createLogger(LEVEL, logFormat(undefined, {}));

/** Sets the log format from `--log-format` or PATHWISE_LOG_FORMAT (main.ts, before a command runs). */
export function configureLog(flag?: string): void {
  try {
    log = createLogger(LEVEL, logFormat(flag));
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

/** A command's failure: the CLI prints its message as one line and exits non-zero. */
export class CliError extends Error {}

/** Writes a command's machine-readable result: `-` is stdout, anything else a file path. */
export function writeJson(target: string | undefined, value: unknown): void {
  if (!target) return;
  const text = JSON.stringify(value, null, 2) + "\n";
  if (target === "-") process.stdout.write(text);
  else writeFileSync(target, text);
}

export interface Progress {
  tick(n?: number): void;
  stop(): void;
}

/** A progress bar on stderr; silent when stderr is not a terminal and PATHWISE_PROGRESS is unset. */
export function progress(label: string, total: number): Progress {
  const show = process.stderr.isTTY || process.env.PATHWISE_PROGRESS === "1";
  if (!show) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {percentage}% {value}/{total} {eta}s`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: (n = 1) => bar.increment(n), stop: () => bar.stop() };
}
