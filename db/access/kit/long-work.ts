import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { env } from "@/env";

/** Inside a bulk transaction (100,000 rows): this transaction alone may run past the usual statement limit. */
export async function allowLongStatements(tx: Transaction) {
  await tx.execute(sql.raw(`set local statement_timeout = ${Math.floor(env.DB_BULK_STATEMENT_TIMEOUT_MS)}`));
}
