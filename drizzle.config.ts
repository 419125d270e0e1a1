import { defineConfig } from "drizzle-kit";

/** SQLite migrations (the embedded default); `npm run db:generate` writes them after a schema change. */
export default defineConfig({
  dialect: "sqlite",
  schema: "./server/db/schema.ts",
  out: "./server/db/migrations/sqlite",
});
