import "server-only";
import { desc, eq } from "drizzle-orm";
import { db, type Database, type Transaction } from "@/db/client";
import type { ObjectType } from "../permissions/capabilities";
import { recordLabels, recordTables } from "./kinds";
import { isUuid } from "../kit/ids";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

/** The account a record belongs to, or null when there is no such record. Unsafe: callers authorise first. */
export async function unsafeFindObjectAccount(type: ObjectType, id: string, executor: Database | Transaction = db): Promise<string | null> {
  if (!isUuid(id)) return null;
  const table = recordTables[type];
  const [row] = await executor.select({ accountId: table.accountId }).from(table).where(eq(table.id, id));
  return row?.accountId ?? null;
}

export const OBJECT_CHOICES_LIMIT = 200;

/** Staff: an account's records of one kind, newest first, to pick one in the Explain panel. */
export async function listObjectChoices(viewer: StaffViewer, type: ObjectType, accountId: string) {
  assertStaff(viewer);
  if (!isUuid(accountId)) return [];
  const table = recordTables[type];
  return db
    .select({ id: table.id, label: recordLabels[type] })
    .from(table)
    .where(eq(table.accountId, accountId))
    .orderBy(desc(table.createdAt))
    .limit(OBJECT_CHOICES_LIMIT);
}
