import "server-only";
import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { emails } from "@/db/schema";
import { subjectFor, type TemplateName, type TemplateProps } from "@/emails/catalog";
import { isUuid } from "../kit/ids";
import { decodeCursor, PAGE_SIZE, toPage } from "../kit/paging";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

export const MAX_DELIVERY_ATTEMPTS = 6;
const LEASE = sql`interval '5 minutes'`;

/** Writes an email to the outbox inside the caller's transaction: it exists only if the change commits. */
export async function queueEmail<T extends TemplateName>(
  tx: Transaction,
  email: { to: string; template: T; props: TemplateProps<T>; listUnsubscribe?: string; replyTo?: string },
) {
  const [row] = await tx
    .insert(emails)
    .values({
      toAddress: email.to,
      template: email.template,
      props: email.props,
      subject: subjectFor(email.template, email.props),
      listUnsubscribe: email.listUnsubscribe,
      replyTo: email.replyTo,
    })
    .returning({ id: emails.id });
  return row!;
}

// Claims are made one at a time across all workers (a transaction-scoped advisory lock), so two
// workers never split one batch between them; sending happens after the claim, in parallel.
const CLAIM_LOCK = sql`pg_advisory_xact_lock(hashtext('outbox-claim'))`;
const isDue = or(
  and(eq(emails.status, "queued"), lte(emails.nextAttemptAt, sql`now()`)),
  and(eq(emails.status, "sending"), lt(emails.leaseUntil, sql`now()`)),
);
const claimedColumns = {
  id: emails.id,
  batchId: emails.batchId,
  toAddress: emails.toAddress,
  template: emails.template,
  subject: emails.subject,
  props: emails.props,
  listUnsubscribe: emails.listUnsubscribe,
  replyTo: emails.replyTo,
  attempts: emails.attempts,
};

/**
 * Mail worker only: claims one batch of due emails. A batch that was claimed before (its worker
 * died, the database went away after the provider answered, or the provider refused it) is taken
 * again whole, with the same id, so the provider's idempotency key dedupes it; only then are new
 * emails formed into a new batch. A claim leases the batch for five minutes.
 */
export async function unsafeClaimDueEmails(limit: number) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select ${CLAIM_LOCK}`);
    const claim = { status: "sending" as const, attempts: sql`${emails.attempts} + 1`, leaseUntil: sql`now() + ${LEASE}` };
    const [unfinished] = await tx
      .select({ batchId: emails.batchId })
      .from(emails)
      .where(and(isNotNull(emails.batchId), isDue))
      .orderBy(emails.nextAttemptAt)
      .limit(1);
    if (unfinished?.batchId) {
      return tx
        .update(emails)
        .set(claim)
        .where(and(eq(emails.batchId, unfinished.batchId), inArray(emails.status, ["queued", "sending"])))
        .returning(claimedColumns);
    }
    const fresh = tx
      .select({ id: emails.id })
      .from(emails)
      .where(and(isNull(emails.batchId), isDue))
      .orderBy(emails.nextAttemptAt)
      .limit(limit);
    return tx
      .update(emails)
      .set({ ...claim, batchId: sql`${randomUUID()}::uuid` })
      .where(inArray(emails.id, fresh))
      .returning(claimedColumns);
  });
}

/**
 * Mail worker only. A really sent email keeps only `keptProps` (its secrets redacted), so nobody
 * reading the outbox can use a recipient's link; a captured one keeps its link, to be followed locally.
 */
export async function unsafeRecordDelivery(
  id: string,
  result: { status: "sent" | "captured"; providerMessageId?: string },
  keptProps: unknown,
) {
  await db
    .update(emails)
    .set({
      status: result.status,
      props: keptProps,
      providerMessageId: result.providerMessageId ?? null,
      deliveredAt: sql`now()`,
      leaseUntil: null,
      lastError: null,
    })
    .where(eq(emails.id, id));
}

/** Mail worker only: schedules a retry with exponential backoff (30 s, 1, 2, 4, 8 min), then gives up. */
export async function unsafeRecordFailedAttempts(ids: string[], error: string) {
  if (ids.length === 0) return;
  await db
    .update(emails)
    .set({
      status: sql`case when ${emails.attempts} >= ${MAX_DELIVERY_ATTEMPTS} then 'failed' else 'queued' end::email_status`,
      nextAttemptAt: sql`now() + interval '30 seconds' * power(2, ${emails.attempts} - 1)`,
      leaseUntil: null,
      lastError: error.slice(0, 2000),
    })
    .where(inArray(emails.id, ids));
}

/** Mail worker only: an email whose template cannot render fails at once (a retry would fail the same way). */
export async function unsafeRecordUnrenderable(id: string, error: string) {
  await db
    .update(emails)
    .set({ status: "failed", leaseUntil: null, lastError: `Could not render: ${error}`.slice(0, 2000) })
    .where(eq(emails.id, id));
}

/** Staff: how many emails are in each state, for the progress bar. */
export async function countEmailsByStatus(viewer: StaffViewer) {
  assertStaff(viewer);
  const rows = await db
    .select({ status: emails.status, count: sql<number>`count(*)::int` })
    .from(emails)
    .groupBy(emails.status);
  const count = (status: string) => rows.find((row) => row.status === status)?.count ?? 0;
  return { queued: count("queued"), sending: count("sending"), sent: count("sent"), captured: count("captured"), failed: count("failed") };
}

const listColumns = {
  id: emails.id,
  toAddress: emails.toAddress,
  template: emails.template,
  subject: emails.subject,
  status: emails.status,
  attempts: emails.attempts,
  lastError: emails.lastError,
  createdAt: emails.createdAt,
  deliveredAt: emails.deliveredAt,
  // Full microsecond precision for the page cursor (a JS Date keeps only milliseconds).
  createdAtExact: sql<string>`${emails.createdAt}::text`,
};

/** Staff: every email the portal has sent or captured, newest first. */
export async function listEmails(viewer: StaffViewer, options: { cursor?: string | null } = {}) {
  assertStaff(viewer);
  const after = decodeCursor(options.cursor);
  const rows = await db
    .select(listColumns)
    .from(emails)
    .where(after ? sql`(${emails.createdAt}, ${emails.id}) < (${after.value}::timestamptz, ${after.id}::uuid)` : undefined)
    .orderBy(desc(emails.createdAt), desc(emails.id))
    .limit(PAGE_SIZE + 1);
  const { page, nextCursor } = toPage(rows, (row) => [row.createdAtExact, row.id]);
  return { emails: page, nextCursor };
}

/** Staff: one email with what is needed to render its preview. */
export async function getEmail(viewer: StaffViewer, id: string) {
  assertStaff(viewer);
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({ ...listColumns, props: emails.props })
    .from(emails)
    .where(eq(emails.id, id))
    .limit(1);
  return row ?? null;
}
