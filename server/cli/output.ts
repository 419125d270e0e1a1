import { writeFileSync } from "node:fs";
import pino from "pino";
import cliProgress from "cli-progress";

/** Logs are structured JSON on stderr, so stdout stays free for `--json -`. */
export const log = pino({ level: process.env.PATHWISE_LOG_LEVEL ?? "info" }, pino.destination(2));

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
