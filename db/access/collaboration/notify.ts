import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { accountContacts, notificationPreferences, notifications, users } from "@/db/schema";
import { env } from "@/env";
import { recordPath, type RecordKind } from "@/lib/record-kinds";
import { makeUnsubscribeToken } from "@/lib/security/unsubscribe-token";
import { getPublicBranding } from "../branding/live";
import { queueEmail } from "../outbox/outbox";
import { recordTables } from "../records/kinds";
import { mayViewRecord } from "../records/visibility";
import { createReplyAddress } from "./reply-addresses";

// Telling people: an entry in each one's in-app inbox, and an email now, in tonight's digest or
// never, as each chose for that kind. Written in the caller's transaction, so a change that rolls
// back tells nobody, and a retried request (answered from its request key) tells nobody twice.

export const notificationKindLabels = {
  tasks: "tasks",
  messages: "messages",
  files: "files",
  tickets: "support tickets",
  timesheets: "timesheets",
  sign_offs: "sign-offs",
  quotes: "quotes",
  payments: "payments",
} as const;
export type NotificationKind = keyof typeof notificationKindLabels;

export type Notice = {
  kind: NotificationKind;
  /** A record, or a sign-off (whose recipients hear through its own emails: only staff are told here). */
  record: { type: RecordKind | "sign_off"; id: string; accountId: string };
  /** Who should hear: followers, the manager… The actor and duplicates are dropped. */
  to: (string | null | undefined)[];
  actorId: string | null;
  /** One line, without a full stop: the inbox entry, the subject, the digest line. */
  headline: string;
  /** What was written, quoted in the email (plain text). */
  excerpt?: string | null;
  actionLabel: string;
  /** An internal note: contacts are never told. */
  isStaffOnly?: boolean;
  /** A conversation's message: each email carries its recipient's own reply address (when replies by email are on). */
  canReply?: boolean;
};

export async function notify(tx: Transaction, notice: Notice) {
  const ids = [...new Set(notice.to.filter((id): id is string => Boolean(id) && id !== notice.actorId))];
  if (ids.length === 0) return;
  const people = await tx
    .select({ id: users.id, name: users.name, email: users.email, kind: users.kind, mode: notificationPreferences.mode })
    .from(users)
    .leftJoin(notificationPreferences, and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.kind, notice.kind)))
    .where(inArray(users.id, ids));
  const recipients = [];
  for (const person of people) {
    if (person.kind === "contact" && (notice.isStaffOnly || !(await contactMaySee(tx, person.id, notice.record)))) continue;
    recipients.push({ ...person, mode: person.mode ?? "immediate" });
  }
  if (recipients.length === 0) return;
  const { type, id } = notice.record;
  const pathFor = (person: { kind: "staff" | "contact" }) =>
    type === "sign_off"
      ? `${person.kind === "staff" ? "/console" : ""}/sign-offs/${id}`
      : recordPath(type, id, person.kind === "staff" ? "console" : "portal");

  await tx.insert(notifications).values(
    recipients.map((person) => ({
      userId: person.id,
      accountId: person.kind === "contact" ? notice.record.accountId : null,
      kind: notice.kind,
      text: notice.headline,
      path: pathFor(person),
      awaitingDigest: person.mode === "digest",
    })),
  );
  const emailedNow = recipients.filter((person) => person.mode === "immediate");
  if (emailedNow.length === 0) return;
  const { emailBrand } = await getPublicBranding();
  for (const person of emailedNow) {
    const token = makeUnsubscribeToken(person.id, notice.kind);
    const replyTo =
      notice.canReply && type !== "sign_off"
        ? await createReplyAddress(tx, person.id, { type, id, accountId: notice.record.accountId })
        : null;
    await queueEmail(tx, {
      to: person.email,
      template: "notification",
      props: {
        brand: emailBrand,
        name: person.name,
        headline: notice.headline,
        excerpt: notice.excerpt ? excerptOf(notice.excerpt) : null,
        actionLabel: notice.actionLabel,
        url: `${env.APP_URL}${pathFor(person)}`,
        canReply: Boolean(replyTo),
        unsubscribeUrl: `${env.APP_URL}/unsubscribe/${token}`,
        kindLabel: notificationKindLabels[notice.kind],
      },
      listUnsubscribe: `${env.APP_URL}/api/unsubscribe/${token}`,
      replyTo: replyTo ?? undefined,
    });
  }
}

/** Is the contact still of the record's account, and may they see it? (A follower may have lost access.) */
async function contactMaySee(tx: Transaction, contactId: string, record: Notice["record"]) {
  if (record.type === "sign_off") return false;
  const table = recordTables[record.type];
  const who = { contactId, accountId: record.accountId };
  const [row] = await tx
    .select({ id: table.id })
    .from(table)
    .where(
      and(
        eq(table.id, record.id),
        eq(table.accountId, record.accountId),
        mayViewRecord(who, record.type),
        sql`exists (select 1 from ${accountContacts} where ${accountContacts.contactId} = ${contactId} and ${accountContacts.accountId} = ${record.accountId})`,
      ),
    );
  return Boolean(row);
}

/** Long messages are cut in the email; the whole text is one click away. */
function excerptOf(text: string) {
  return text.length > 600 ? `${text.slice(0, 600).trimEnd()}…` : text;
}
