import "server-only";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/env";
import * as schema from "./schema";

// The one database client. Only db/access/** may import it (enforced by the lint rule).
function connect() {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which start the embedded database.");
  }
  const sql = postgres(env.DATABASE_URL, { max: 10, onnotice: () => {} });
  return { sql, db: drizzle(sql, { schema }) };
}

// Survive hot reloads in development without opening a new pool each time.
const globalCache = globalThis as unknown as { portalDb?: ReturnType<typeof connect> };
const connection = globalCache.portalDb ?? connect();
if (env.NODE_ENV !== "production") globalCache.portalDb = connection;

export const db = connection.db;
export const sql = connection.sql;
export type Database = typeof db;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
