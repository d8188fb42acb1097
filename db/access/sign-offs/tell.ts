import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { accounts, replyAddresses, signOffRecipients, signOffs, users } from "@/db/schema";
import type { SignOffMoment } from "@/emails/catalog";
import { env } from "@/env";
import { formatDay } from "@/lib/format";
import { hashToken } from "@/lib/security/tokens";
import { getPublicBranding } from "../branding/live";
import { notify } from "../collaboration/notify";
import { recordTables } from "../records/kinds";
import type { RecordKind } from "@/lib/record-kinds";
import { queueEmail } from "../outbox/outbox";
import { createSignOffLink } from "./links";

// Telling people about a sign-off, in the caller's transaction. Recipients get the sign-off's own
// email, each with their own fresh link (and, when replies by email are on, their own reply address);
// staff hear through the notifications, like any other record.

export type Recipient = { id: string; contactId: string; name: string; email: string; role: "approver" | "informed" };

/** The recipients still on it (not removed), optionally only those given. */
export async function currentRecipients(tx: Transaction, signOffId: string, only?: string[]): Promise<Recipient[]> {
  return tx
    .select({ id: signOffRecipients.id, contactId: users.id, name: users.name, email: users.email, role: signOffRecipients.role })
    .from(signOffRecipients)
    .innerJoin(users, eq(users.id, signOffRecipients.contactId))
    .where(
      and(
        eq(signOffRecipients.signOffId, signOffId),
        isNull(signOffRecipients.removedAt),
        only ? inArray(signOffRecipients.id, only) : undefined,
      ),
    );
}

/** Emails each recipient given about this moment of the sign-off. */
export async function emailRecipients(
  tx: Transaction,
  signOffId: string,
  moment: SignOffMoment,
  recipients: Recipient[],
  options: { senderName: string; excerpt?: string },
) {
  if (recipients.length === 0) return;
  const [signOff] = await tx
    .select({ subject: signOffs.subject, dueOn: signOffs.dueOn, accountId: signOffs.accountId, accountName: accounts.name })
    .from(signOffs)
    .innerJoin(accounts, eq(accounts.id, signOffs.accountId))
    .where(eq(signOffs.id, signOffId));
  if (!signOff) return;
  const { emailBrand } = await getPublicBranding();
  for (const recipient of recipients) {
    const link = moment === "cancelled" ? null : await createSignOffLink(tx, { signOffId, recipientId: recipient.id });
    const replyTo = moment === "cancelled" ? null : await createSignOffReplyAddress(tx, recipient.contactId, signOff.accountId, signOffId);
    await queueEmail(tx, {
      to: recipient.email,
      template: "sign-off",
      props: {
        brand: emailBrand,
        name: recipient.name,
        moment,
        subject: signOff.subject,
        senderName: options.senderName,
        accountName: signOff.accountName,
        isApprover: recipient.role === "approver",
        dueOn: signOff.dueOn ? formatDay(signOff.dueOn) : null,
        url: link ? `${env.APP_URL}/sign-off-link/${link.raw}` : null,
        expiresAt: link?.expiresAt.toISOString() ?? null,
        excerpt: options.excerpt ? options.excerpt.slice(0, 600) : null,
        canReply: Boolean(replyTo),
      },
      replyTo: replyTo ?? undefined,
    });
  }
}

/** A reply address that posts a comment on this sign-off as this contact (same rules as a thread's). */
async function createSignOffReplyAddress(tx: Transaction, userId: string, accountId: string, signOffId: string) {
  if (!env.INBOUND_REPLY_DOMAIN) return null;
  const token = randomBytes(20).toString("hex");
  await tx.insert(replyAddresses).values({
    tokenHash: hashToken(token),
    userId,
    accountId,
    signOffId,
    expiresAt: sql`now() + interval '30 days'`,
  });
  return `reply+${token}@${env.INBOUND_REPLY_DOMAIN}`;
}

/** Staff who care about a sign-off: who made it, and the manager of the project or ticket it came from. */
export async function tellStaff(
  tx: Transaction,
  signOffId: string,
  notice: { actorId: string | null; headline: string; excerpt?: string },
) {
  const [signOff] = await tx
    .select({ accountId: signOffs.accountId, createdBy: signOffs.createdBy, objectType: signOffs.objectType, objectId: signOffs.objectId })
    .from(signOffs)
    .where(eq(signOffs.id, signOffId));
  if (!signOff) return;
  const manager = signOff.objectType && signOff.objectId ? await managerOf(tx, signOff.objectType, signOff.objectId) : null;
  await notify(tx, {
    kind: "sign_offs",
    record: { type: "sign_off", id: signOffId, accountId: signOff.accountId },
    to: [signOff.createdBy, manager],
    actorId: notice.actorId,
    headline: notice.headline,
    excerpt: notice.excerpt,
    actionLabel: "See the sign-off",
  });
}

async function managerOf(tx: Transaction, type: RecordKind, id: string) {
  const table = recordTables[type];
  const [row] = await tx.select({ managerId: table.managerId }).from(table).where(eq(table.id, id));
  return row?.managerId ?? null;
}
