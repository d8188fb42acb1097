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
  const sql = postgres(env.DATABASE_URL, {
    max: 10,
    onnotice: () => {},
    connect_timeout: 10,
    connection: sessionLimits(env.DB_STATEMENT_TIMEOUT_MS),
  });
  return drizzle(preparingReads(sql), { schema });
}

// Nothing waits for ever: a held lock or a runaway query fails the one request that met it.
function sessionLimits(statementTimeoutMs: number) {
  return {
    statement_timeout: statementTimeoutMs,
    lock_timeout: env.DB_LOCK_TIMEOUT_MS,
    idle_in_transaction_session_timeout: 60_000,
  };
}

let probe: postgres.Sql | undefined;

/**
 * For the health check only: its own single connection with short limits, so a pool that is
 * busy or stuck behind a lock still gets a fast, honest "unhealthy".
 */
export async function probeDatabase(timeoutMs: number): Promise<boolean> {
  if (!env.DATABASE_URL) return false;
  probe ??= postgres(env.DATABASE_URL, {
    max: 1,
    connect_timeout: Math.ceil(timeoutMs / 1000),
    idle_timeout: 60,
    onnotice: () => {},
    connection: { statement_timeout: timeoutMs, lock_timeout: timeoutMs },
  });
  const timer = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  // The users table is what every page reads first: a lock on it makes the portal unusable.
  const answer = probe`select 1 from users limit 1`.then(
    () => true,
    () => false,
  );
  return Promise.race([answer, timer]);
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
