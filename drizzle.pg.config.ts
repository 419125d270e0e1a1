import { defineConfig } from "drizzle-kit";

/**
 * PostgreSQL migrations (selected by PATHWISE_DATABASE_URL); after a change to
 * server/db/schema.pg.ts: `npx drizzle-kit generate --config drizzle.pg.config.ts`.
 */
export default defineConfig({
  dialect: "postgresql",
  schema: "./server/db/schema.pg.ts",
  out: "./server/db/migrations/pg",
});
