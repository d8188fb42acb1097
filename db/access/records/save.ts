import "server-only";
import { correlated } from "./lists";
import { and, asc, eq, sql, type AnyColumn } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, bulkOperations, users } from "@/db/schema";
import type { Transaction } from "@/db/client";
import { recordAudit } from "../kit/audit";
import type { ObjectType } from "../permissions/capabilities";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

// What every module's staff pages share: picking a manager and an account, naming them in lists,
// and auditing a saved record.

/** Staff: everyone who can manage a record, by name. */
export async function listStaffMembers(viewer: StaffViewer) {
  assertStaff(viewer);
  return db.select({ id: users.id, name: users.name }).from(users).where(eq(users.kind, "staff")).orderBy(asc(users.name));
}

/** The name of the staff member in a manager column, for lists. */
export function managerName(column: AnyColumn) {
  return correlated(sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${column})`);
}

/** The name of the account in an account column, for lists. */
export function accountName(column: AnyColumn) {
  return correlated(sql<string>`(select ${accounts.name} from ${accounts} where ${accounts.id} = ${column})`);
}

/** The number of the account in an account column (what record forms ask for). */
export function accountNumber(column: AnyColumn) {
  return correlated(sql<string>`(select ${accounts.number} from ${accounts} where ${accounts.id} = ${column})`);
}

export type SaveResult = { ok: true; id: string } | { ok: false; fieldErrors: Record<string, string> };

/** Inside a save: the account with this number, and a manager who is staff (or none). */
export async function resolveOwnership(tx: Transaction, input: { isNew: boolean; accountNumber?: string; managerId: string | null }) {
  const errors: Record<string, string> = {};
  let accountId: string | undefined;
  if (input.isNew && !input.accountNumber) errors.accountNumber = "Enter the client account's number.";
  if (input.isNew && input.accountNumber) {
    const [account] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.number, input.accountNumber));
    if (account) accountId = account.id;
    else errors.accountNumber = `No client account has the number “${input.accountNumber}”. Check it on the Accounts page.`;
  }
  if (input.managerId) {
    const [manager] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.managerId), eq(users.kind, "staff")));
    if (!manager) errors.managerId = "Choose a manager from the list.";
  }
  return { accountId, errors };
}

/**
 * Inside a create: the record an earlier submission of the same form already made (a retried POST
 * must not make a second one), or null after claiming the key for this one. A concurrent retry
 * waits on the key's row until the first commits.
 */
export async function earlierRecord(
  tx: Transaction,
  viewer: StaffViewer,
  requestKey: string | undefined,
  kind: string,
): Promise<string | null> {
  if (!requestKey) return null;
  const claimed = await tx
    .insert(bulkOperations)
    .values({ requestKey, kind: `record.${kind}`, requestedByUserId: viewer.userId })
    .onConflictDoNothing()
    .returning({ requestKey: bulkOperations.requestKey });
  if (claimed.length) return null;
  const [earlier] = await tx
    .select({ result: bulkOperations.result })
    .from(bulkOperations)
    .where(and(eq(bulkOperations.requestKey, requestKey), eq(bulkOperations.kind, `record.${kind}`)));
  return (earlier?.result as { id?: string } | undefined)?.id ?? null;
}

/** Inside a create, once the record exists: what a retry of the same form gets back. */
export async function rememberRecord(tx: Transaction, requestKey: string | undefined, id: string) {
  if (requestKey) await tx.update(bulkOperations).set({ result: { id } }).where(eq(bulkOperations.requestKey, requestKey));
}

export async function auditRecordSaved(
  tx: Transaction,
  viewer: StaffViewer,
  record: { type: ObjectType | "file" | "article" | "form"; id: string; accountId?: string | null; isNew: boolean },
) {
  assertStaff(viewer);
  await recordAudit(tx, {
    action: record.isNew ? "record.created" : "record.updated",
    actorUserId: viewer.userId,
    accountId: record.accountId ?? null,
    detail: { type: record.type, id: record.id },
  });
}
