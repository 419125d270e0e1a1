/**
 * The conversation database for PostgreSQL: the `pgTable` twin of `schema.ts`, with the same table,
 * column and index names and the same shapes (test/postgres/schema.test.ts keeps them in step).
 * Times are epoch milliseconds, which need `bigint` here (SQLite's integer is already 64-bit);
 * `mode: "number"` hands them back as numbers, exact up to 2^53.
 */
import { pgTable, text, integer, bigint, doublePrecision, boolean, primaryKey, index } from "drizzle-orm/pg-core";

const millis = (name: string) => bigint(name, { mode: "number" });

export const catalogs = pgTable("catalogs", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  format: text("format").notNull(),
  path: text("path").notNull(),
  users: integer("users").notNull(),
  items: integer("items").notNull(),
  attributes: integer("attributes").notNull(),
  interactions: integer("interactions").notNull(),
  importedAt: text("imported_at").notNull(),
  firstServedAt: millis("first_served_at").notNull(),
  lastServedAt: millis("last_served_at").notNull(),
});

export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    catalogId: text("catalog_id")
      .notNull()
      .references(() => catalogs.id),
    userKey: text("user_key"),
    policy: text("policy").notNull(),
    language: text("language").notNull(),
    seed: integer("seed").notNull(),
    status: text("status", { enum: ["open", "ended"] }).notNull(),
    lastSeq: integer("last_seq").notNull(),
    createdAt: millis("created_at").notNull(),
    updatedAt: millis("updated_at").notNull(),
  },
  (t) => [index("sessions_updated_at").on(t.updatedAt), index("sessions_user_key").on(t.userKey)],
);

/** The primary key (session, seq) is what stops two processes from both writing turn n of a session. */
export const turns = pgTable(
  "turns",
  {
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id),
    seq: integer("seq").notNull(),
    clientAct: text("client_act"),
    understood: text("understood"),
    systemAct: text("system_act").notNull(),
    latencyMs: doublePrecision("latency_ms").notNull(),
    createdAt: millis("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.seq] })],
);

export const feedback = pgTable(
  "feedback",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id),
    itemId: integer("item_id").notNull(),
    itemKey: text("item_key").notNull(),
    liked: boolean("liked").notNull(),
    seq: integer("seq").notNull(),
    createdAt: millis("created_at").notNull(),
  },
  (t) => [index("feedback_session").on(t.sessionId)],
);

/** Said beside an act without moving the conversation (an explanation); see schema.ts. */
export const asides = pgTable(
  "asides",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id),
    seq: integer("seq").notNull(),
    clientAct: text("client_act").notNull(),
    systemAct: text("system_act").notNull(),
    createdAt: millis("created_at").notNull(),
  },
  (t) => [index("asides_session").on(t.sessionId)],
);
