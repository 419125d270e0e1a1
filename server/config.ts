/**
 * Server configuration: command-line flags over environment variables over defaults, validated
 * once by zod so a bad value stops the start with one clear line.
 */
import { z } from "zod";
import { DEFAULT_CONFIG } from "../agents/dialogue/context.ts";
import { LOG_FORMATS } from "./log.ts";

const list = z
  .string()
  .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean))
  .or(z.array(z.string()));
const flag = z
  .union([z.boolean(), z.enum(["1", "0", "true", "false", "yes", "no"])])
  .transform((v) => v === true || v === "1" || v === "true" || v === "yes");
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };
/** A duration in seconds: a number of seconds, or a number with a unit (`90s`, `15m`, `12h`, `30d`). */
const duration = z
  .union([z.number(), z.string()])
  .transform((v, ctx) => {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/.exec(String(v));
    if (!m) {
      ctx.addIssue({ code: "custom", message: "must be a duration: seconds, or a number with s, m, h or d (30d)" });
      return z.NEVER;
    }
    return Number(m[1]) * UNIT_SECONDS[m[2] || "s"];
  });
/** Comma-separated (environment) or repeated (flags), each entry trimmed; an empty entry stays, to be refused. */
const entries = z.string().transform((s) => s.split(",")).or(z.array(z.string())).transform((xs) => xs.map((x) => x.trim()));
const apiKey = z.string().min(1, "an API key is empty or blank (a stray comma, or an unset variable?)").min(16, "an API key is shorter than 16 characters");
/** `*`, or exactly what a browser sends as Origin: scheme://host[:port], no path, no trailing slash. */
const origin = z.string().superRefine((o, ctx) => {
  if (o === "*" || (URL.canParse(o) && new URL(o).origin === o)) return;
  ctx.addIssue({ code: "custom", message: `${JSON.stringify(o)} is not an origin: write scheme://host[:port], lower case, without a path or a trailing slash` });
});

export const ServerConfig = z.object({
  /** Workspace directory; absent: the embedded MovieLens-small, imported into `.pathwise/` on first start. */
  data: z.string().min(1).optional(),
  host: z.string().min(1).default("127.0.0.1"),
  port: int(0, 65535).default(8080),
  /** The conversation database (SQLite file). */
  db: z.string().min(1).optional(),
  dbSync: z.enum(["normal", "full"]).default("normal"),
  /** A postgres:// URL: sessions live in PostgreSQL, shared by several server processes (docs/deploy.md). */
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//i, "must be a postgres:// or postgresql:// URL (leave it unset for the SQLite default)")
    .optional(),
  /** PostgreSQL connections per process. */
  databasePool: int(1, 1000).default(10),
  policy: z.string().min(1).default("cpr"),
  /** Question form of the dialogue: yes/no on one attribute, or multiple choice over one type. */
  questions: z.enum(["yesno", "choice"]).default("yesno"),
  /** Flip rate the dialogue's belief assumes for answers (a "yes" is evidence, not a certainty). */
  assumedNoise: z.coerce.number().min(0).max(0.49).default(0),
  /** Use user -> attribute `like` edges (LastFM*) in scoring. */
  likeEdges: flag.default(false),
  /** Weight of the sequence model's scores for users with a history; 0 turns it off; absent: `defaultSeqWeight`. */
  seqWeight: z.coerce.number().min(0).max(100).optional(),
  /**
   * Last turn of a conversation, as the simulated protocol ends them (15); absent: none. A person is never cut off
   * for talking long ("more", "older", "like the third one" past the fifteenth turn).
   */
  maxTurns: int(2, 1000).optional(),
  /** Most candidates a conversation holds (DialogueConfig.candidateCap); 0: no cap. */
  candidateCap: int(0, 2 ** 31 - 1).default(DEFAULT_CONFIG.candidateCap),
  language: z.enum(["template", "llm"]).default("template"),
  model: z.string().min(1).optional(),
  /** Bearer keys for REST; empty: REST is open. A key holder's `userId` counts as proven. */
  apiKeys: entries.pipe(z.array(apiKey)).default([]),
  /** Signs user tokens (HMAC-SHA256 over user id and expiry) that prove a `userId`; empty: no tokens. */
  userTokenSecret: z.string().min(16, "must be at least 16 characters").optional(),
  /** Refuse (401 / `unauthorized`) a `userId` sent without a key or token instead of treating the user as anonymous. */
  refuseUnprovenUsers: flag.default(false),
  /** Every WebSocket hello needs an API key (on the upgrade) or a valid user token. */
  wsRequireToken: flag.default(false),
  /** Host names the server answers to besides loopback names and IP addresses; `*` turns the check off. */
  publicHosts: list.default([]),
  /** Extra browser origins allowed on the WebSocket (same origin and localhost always are); `*` allows all. */
  allowedOrigins: list.pipe(z.array(origin)).default([]),
  wsRequireOrigin: flag.default(false),
  maxFrameBytes: int(256, 1 << 20).default(16 * 1024),
  maxBodyBytes: int(256, 1 << 22).default(64 * 1024),
  wsRate: z.coerce.number().positive().default(20),
  wsBurst: z.coerce.number().positive().default(40),
  wsAbuseLimit: int(1, 1e9).default(100),
  httpRate: z.coerce.number().positive().default(50),
  httpBurst: z.coerce.number().positive().default(100),
  /** Cost units per second one client address may spend over all its connections and REST (see server/budget.ts). */
  addressRate: z.coerce.number().positive().default(20),
  /** Cost units one client address may spend at once; at least the dearest frame's cost. */
  addressBurst: z.coerce.number().min(20).default(40),
  /** Open TCP connections (HTTP and WebSocket) per client address. */
  maxConnectionsPerAddress: int(1, 1_000_000).default(64),
  /** Stored sessions untouched this long are deleted by a background sweep; 0 keeps them forever. */
  sessionTtl: duration.default(30 * 86_400),
  heartbeatMs: int(100, 3_600_000).default(30_000),
  maxLiveSessions: int(1, 10_000_000).default(10_000),
  /** Server processes sharing the port and the database (node:cluster); 1 serves in this process. */
  workers: int(1, 64).default(1),
  /** Smaller, faster training of missing models (tests, demos). */
  quickTrain: flag.default(false),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** json, or pretty (short readable lines); absent: pretty on a terminal, JSON otherwise. */
  logFormat: z.enum(LOG_FORMATS).optional(),
});
export type ServerConfig = z.infer<typeof ServerConfig>;

const ENV: Record<keyof ServerConfig, string[]> = {
  data: ["PATHWISE_DATA"],
  host: ["PATHWISE_HOST", "HOST"],
  port: ["PATHWISE_PORT", "PORT"],
  db: ["PATHWISE_DB"],
  dbSync: ["PATHWISE_DB_SYNC"],
  databaseUrl: ["PATHWISE_DATABASE_URL"],
  databasePool: ["PATHWISE_DATABASE_POOL"],
  policy: ["PATHWISE_POLICY"],
  questions: ["PATHWISE_QUESTIONS"],
  assumedNoise: ["PATHWISE_ASSUMED_NOISE"],
  likeEdges: ["PATHWISE_LIKE_EDGES"],
  seqWeight: ["PATHWISE_SEQ_WEIGHT"],
  candidateCap: ["PATHWISE_CANDIDATE_CAP"],
  maxTurns: ["PATHWISE_MAX_TURNS"],
  language: ["PATHWISE_LANGUAGE"],
  model: ["PATHWISE_MODEL"],
  apiKeys: ["PATHWISE_API_KEYS"],
  userTokenSecret: ["PATHWISE_USER_TOKEN_SECRET"],
  refuseUnprovenUsers: ["PATHWISE_REFUSE_UNPROVEN_USERS"],
  wsRequireToken: ["PATHWISE_WS_REQUIRE_TOKEN"],
  publicHosts: ["PATHWISE_PUBLIC_HOSTS"],
  allowedOrigins: ["PATHWISE_ALLOWED_ORIGINS"],
  wsRequireOrigin: ["PATHWISE_WS_REQUIRE_ORIGIN"],
  maxFrameBytes: ["PATHWISE_MAX_FRAME_BYTES"],
  maxBodyBytes: ["PATHWISE_MAX_BODY_BYTES"],
  wsRate: ["PATHWISE_WS_RATE"],
  wsBurst: ["PATHWISE_WS_BURST"],
  wsAbuseLimit: ["PATHWISE_WS_ABUSE_LIMIT"],
  httpRate: ["PATHWISE_HTTP_RATE"],
  httpBurst: ["PATHWISE_HTTP_BURST"],
  addressRate: ["PATHWISE_ADDRESS_RATE"],
  addressBurst: ["PATHWISE_ADDRESS_BURST"],
  maxConnectionsPerAddress: ["PATHWISE_MAX_CONNECTIONS_PER_ADDRESS"],
  sessionTtl: ["PATHWISE_SESSION_TTL"],
  heartbeatMs: ["PATHWISE_HEARTBEAT_MS"],
  maxLiveSessions: ["PATHWISE_MAX_LIVE_SESSIONS"],
  workers: ["PATHWISE_WORKERS"],
  quickTrain: ["PATHWISE_QUICK_TRAIN"],
  logLevel: ["PATHWISE_LOG_LEVEL"],
  logFormat: ["PATHWISE_LOG_FORMAT"],
};

export class ConfigError extends Error {}

/** Merges flags (already parsed, undefined when not given) over the environment, and validates. */
export function loadConfig(flags: Partial<Record<keyof ServerConfig, unknown>>, env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(ENV) as (keyof ServerConfig)[]) {
    const fromFlag = flags[key];
    if (fromFlag !== undefined) {
      raw[key] = fromFlag;
      continue;
    }
    // An empty variable counts as unset, except the API keys: set but empty there means a missing secret, not an open REST.
    const name = ENV[key].find((n) => env[n] !== undefined && (env[n] !== "" || key === "apiKeys"));
    if (name) raw[key] = env[name];
  }
  const parsed = ServerConfig.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0]);
    throw new ConfigError(`invalid configuration ${key} (flag or ${ENV[key as keyof ServerConfig]?.[0] ?? key}): ${issue.message}`);
  }
  return parsed.data;
}
