import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import path from "node:path";
import postgres from "postgres";
import { fileURLToPath } from "node:url";

// Applies the committed migrations; safe to run on every start (already-applied ones are skipped).
export async function applyMigrations(databaseUrl: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(sql), { migrationsFolder: path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations") });
  } finally {
    await sql.end();
  }
}
