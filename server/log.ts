/**
 * Logs for people and for machines: a terminal gets short readable lines (pino-pretty, as a stream
 * in this thread: nothing to lose at exit), a pipe or a file gets pino's JSON lines. `--log-format`
 * or PATHWISE_LOG_FORMAT chooses explicitly.
 */
import pino, { type Level, type Logger } from "pino";
import pretty from "pino-pretty";

export const LOG_FORMATS = ["json", "pretty"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** The format asked for (a flag, else PATHWISE_LOG_FORMAT), else readable on a terminal and JSON otherwise. */
export function logFormat(flag?: string, env: NodeJS.ProcessEnv = process.env, tty = process.stderr.isTTY === true): LogFormat {
  const asked = flag ?? (env.PATHWISE_LOG_FORMAT || undefined);
  if (asked === undefined) return tty ? "pretty" : "json";
  if (!(LOG_FORMATS as readonly string[]).includes(asked)) throw new Error(`log format must be one of ${LOG_FORMATS.join(", ")}, not "${asked}"`);
  return asked as LogFormat;
}

/** A logger on stderr (stdout stays free for `--json -`). JSON lines carry `pid`: cluster workers share the stream. */
export function createLogger(level: Level | "silent", format: LogFormat, o: { sync?: boolean; stream?: NodeJS.WritableStream } = {}): Logger {
  if (format === "json") return pino({ level, base: { pid: process.pid } }, o.stream ?? pino.destination({ fd: 2, sync: o.sync ?? true }));
  const stream = pretty({
    destination: o.stream ?? 2,
    sync: true,
    colorize: o.stream ? false : pretty.isColorSupported,
    translateTime: "HH:MM:ss",
    ignore: "pid,hostname",
    hideObject: true,
    messageFormat: (record, key) => line(record, key),
  });
  return pino({ level }, stream);
}

const HIDDEN = new Set(["level", "time", "pid", "hostname", "err"]);

/** A record's message followed by its fields as key=value, and an error's message: one short line. */
export function line(record: Record<string, unknown>, messageKey = "msg"): string {
  let out = String(record[messageKey] ?? "");
  for (const [k, v] of Object.entries(record)) {
    if (k === messageKey || HIDDEN.has(k) || v === undefined) continue;
    out += ` ${k}=${show(v)}`;
  }
  const err = record.err as { message?: string } | undefined;
  if (err?.message) out += `: ${err.message}`;
  return out;
}

/** A field's value for people: strings bare unless they hold spaces, fractions to 4 significant digits. */
function show(v: unknown): string {
  if (typeof v === "string") return /\s/.test(v) ? JSON.stringify(v) : v;
  if (typeof v === "number" && !Number.isInteger(v)) return String(+v.toPrecision(4));
  return JSON.stringify(v);
}
