/**
 * The conversation database for SQLite (the embedded default). Column types stay portable
 * (text, integer, real; times as epoch milliseconds) so a PostgreSQL twin built with `pgTable`
 * can sit beside this file with the same names and shapes.
 */
import { sqliteTable, text, integer, real, primaryKey, index } from "drizzle-orm/sqlite-core";

/** A workspace the server has served: sessions name the catalog their item and attribute ids belong to. */
export const catalogs = sqliteTable("catalogs", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  format: text("format").notNull(),
  path: text("path").notNull(),
  users: integer("users").notNull(),
  items: integer("items").notNull(),
  attributes: integer("attributes").notNull(),
  interactions: integer("interactions").notNull(),
  importedAt: text("imported_at").notNull(),
  firstServedAt: integer("first_served_at").notNull(),
  lastServedAt: integer("last_served_at").notNull(),
});

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    catalogId: text("catalog_id")
      .notNull()
      .references(() => catalogs.id),
    /** The user as the client named them (a catalog user key), null for an anonymous cold start. */
    userKey: text("user_key"),
    policy: text("policy").notNull(),
    language: text("language").notNull(),
    /** Seeds the dialogue so replaying the turn log rebuilds the same state. */
    seed: integer("seed").notNull(),
    status: text("status", { enum: ["open", "ended"] }).notNull(),
    /** Sequence number of the last system act (the first act is 1). */
    lastSeq: integer("last_seq").notNull(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [index("sessions_updated_at").on(t.updatedAt), index("sessions_user_key").on(t.userKey)],
);

/**
 * One row per system act: the client act that caused it (null for the opening act), the dialogue act
 * it was understood as (replayed after a restart, so free text is not re-parsed), and the reply.
 */
export const turns = sqliteTable(
  "turns",
  {
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id),
    seq: integer("seq").notNull(),
    clientAct: text("client_act"),
    understood: text("understood"),
    systemAct: text("system_act").notNull(),
    latencyMs: real("latency_ms").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.seq] })],
);

export const feedback = sqliteTable(
  "feedback",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id),
    itemId: integer("item_id").notNull(),
    itemKey: text("item_key").notNull(),
    liked: integer("liked", { mode: "boolean" }).notNull(),
    /** The system act the feedback was given on. */
    seq: integer("seq").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("feedback_session").on(t.sessionId)],
);

/**
 * Said beside an act without moving the conversation (an explanation of a slate's card): the client act and
 * the reply, on the act `seq` they were said on. Not turns: replay and rebuild never read them.
 */
export const asides = sqliteTable(
  "asides",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id),
    seq: integer("seq").notNull(),
    clientAct: text("client_act").notNull(),
    systemAct: text("system_act").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("asides_session").on(t.sessionId)],
);
