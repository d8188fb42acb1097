import "server-only";
import { correlated } from "./lists";
import { and, asc, eq, sql, type AnyColumn } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, bulkOperations, users } from "@/db/schema";
import type { Transaction } from "@/db/client";
import { recordAudit } from "../kit/audit";
import type { ObjectType } from "../permissions/capabilities";
import { assertStaff, type ContactViewer, type StaffViewer, type Viewer } from "../viewer/viewer";
import { recordKinds } from "@/lib/record-kinds";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { recordTables } from "./kinds";

// What every module's staff pages share: picking a manager and an account, naming them in lists,
// and auditing a saved record.

/** Staff: everyone who can manage a record, by name. */
export async function listStaffMembers(viewer: StaffViewer) {
  assertStaff(viewer);
  return db.select({ id: users.id, name: users.name }).from(users).where(eq(users.kind, "staff")).orderBy(asc(users.name));
}

/** The name of the person in a user column (a manager, an assignee, an uploader), for lists. */
export function personName(column: AnyColumn) {
  return correlated(sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${column})`);
}

/** The email of the person in a contact column, for staff forms. */
export function contactEmail(column: AnyColumn) {
  return correlated(sql<string | null>`(select ${users.email} from ${users} where ${users.id} = ${column})`);
}

/**
 * Inside a save: the contact of this account with this email (null for none asked), or an error
 * on the field when nobody with it belongs to the account.
 */
export async function accountContactByEmail(
  tx: Transaction,
  accountId: string | undefined,
  email: string | null,
  field: string,
  errors: Record<string, string>,
) {
  if (!email || !accountId) return null;
  const [contact] = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(accountContacts, and(eq(accountContacts.contactId, users.id), eq(accountContacts.accountId, accountId)))
    .where(eq(users.email, email));
  if (!contact) errors[field] = "Nobody with that email belongs to this account.";
  return contact?.id ?? null;
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
    else
      errors.accountNumber = `No client account has the number “${input.accountNumber}”. Choose the account from the list as you type its name or number.`;
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
export async function earlierRecord(tx: Transaction, viewer: Viewer, requestKey: string | undefined, kind: string): Promise<string | null> {
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

type RecordTables = typeof recordTables;

/** How one kind's save differs: its own checks and columns, and what hangs off the record. */
type SaveSteps<Kind extends ObjectType> = {
  /** Adds the kind's own problems to `errors` and says what to write (a new record also gets its account). */
  prepare: (
    tx: Transaction,
    found: { accountId?: string; errors: Record<string, string> },
  ) => Promise<PgUpdateSetSource<RecordTables[Kind]>>;
  /** After the record is written: its lines, for example. */
  after?: (tx: Transaction, saved: { id: string; accountId: string }) => Promise<void>;
};

/**
 * Staff: creates or updates a record of a client account, in one transaction. A retried create
 * answers the record the first try made; a new record's account is found by its number and its
 * manager must be staff; then the kind's own checks. A record never moves between accounts.
 */
export async function saveAccountRecord<Kind extends ObjectType>(
  viewer: StaffViewer,
  kind: Kind,
  recordId: string | null,
  input: { accountNumber?: string; managerId: string | null },
  requestKey: string | undefined,
  steps: SaveSteps<Kind>,
): Promise<SaveResult> {
  assertStaff(viewer);
  return db.transaction(async (tx) => {
    const earlier = recordId ? null : await earlierRecord(tx, viewer, requestKey, kind);
    if (earlier) return { ok: true, id: earlier };
    const { accountId, errors } = await resolveOwnership(tx, {
      isNew: !recordId,
      accountNumber: input.accountNumber,
      managerId: input.managerId,
    });
    const values = await steps.prepare(tx, { accountId, errors });
    if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
    // One table of the registry's; which one is known only at run time, so it is written as any of them.
    const table = recordTables[kind] as RecordTables["project"];
    const returning = { id: table.id, accountId: table.accountId };
    const [saved] = recordId
      ? await tx
          .update(table)
          .set(values as PgUpdateSetSource<typeof table>)
          .where(eq(table.id, recordId))
          .returning(returning)
      : await tx
          .insert(table)
          .values({ ...values, accountId: accountId! } as typeof table.$inferInsert)
          .returning(returning);
    if (!saved) return { ok: false, fieldErrors: { form: `This ${recordKinds[kind].noun} no longer exists.` } };
    await steps.after?.(tx, saved);
    await auditRecordSaved(tx, viewer, { type: kind, id: saved.id, accountId: saved.accountId, isNew: !recordId });
    if (!recordId) await rememberRecord(tx, requestKey, saved.id);
    return { ok: true, id: saved.id };
  });
}

/** A change a client made from the portal, in the audit log beside the staff's own. */
export function auditClientChange(
  tx: Transaction,
  viewer: ContactViewer,
  change: { action: "record.created" | "record.updated" | "record.deleted"; type: ObjectType; id: string; what?: string },
  ip?: string,
) {
  return recordAudit(tx, {
    action: change.action,
    actorUserId: viewer.userId,
    accountId: viewer.accountId,
    ip,
    detail: { type: change.type, id: change.id, byClient: change.what ?? true },
  });
}
