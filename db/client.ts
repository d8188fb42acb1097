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
  return drizzle(preparingReads(sql), { schema });
}

/**
 * Drizzle sends every query unprepared, so PostgreSQL parses and plans it on each request. Reads
 * are prepared instead (postgres.js keeps them per connection, by text): a list page's plan is
 * then reused, which is most of its cost. Writes stay unprepared: bulk inserts vary in shape.
 */
function preparingReads(sql: postgres.Sql) {
  const unsafe = sql.unsafe.bind(sql);
  sql.unsafe = ((query: string, parameters?: never[], options?: postgres.UnsafeQueryOptions) =>
    unsafe(query, parameters, { ...options, prepare: /^\s*(select|with)\b/i.test(query) })) as typeof sql.unsafe;
  return sql;
}

type Drizzle = ReturnType<typeof connect>;

// Connects on first use, not on import: `next build` loads these modules with no database around.
// Cached on globalThis so development hot reloads reuse one pool.
const cache = globalThis as unknown as { portalDb?: Drizzle };
function instance(): Drizzle {
  cache.portalDb ??= connect();
  return cache.portalDb;
}

export const db = new Proxy({} as Drizzle, {
  get(_target, property) {
    const real = instance();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

export type Database = Drizzle;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
