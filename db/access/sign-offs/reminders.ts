import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { businessSettings, signOffRecipients, signOffReminders, signOffs } from "@/db/schema";
import { recordAudit } from "../kit/audit";
import { takeThrottle } from "../sign-in/throttle";
import { lockSignOff } from "./files";
import { hashToken, isWellFormedToken } from "@/lib/security/tokens";
import { signOffLinks } from "@/db/schema";
import { currentRound, unansweredApprovers } from "./manage";
import { currentRecipients, emailRecipients } from "./tell";

// What runs without anyone signed in: the automatic reminder before a sign-off's due date (a
// worker job, hourly), and a fresh link for someone whose link expired.

/**
 * Worker: for each open sign-off with reminders on whose due date is within the business's
 * reminder days, the approvers still owing an answer to the current round are emailed, once per
 * round (a unique index on the automatic reminder makes a second run send nothing).
 */
export async function unsafeSendDueReminders() {
  const due = await db
    .select({ id: signOffs.id })
    .from(signOffs)
    .crossJoin(businessSettings)
    .where(
      and(
        eq(signOffs.state, "open"),
        eq(signOffs.hasReminders, true),
        isNotNull(signOffs.dueOn),
        sql`${signOffs.dueOn} - ${businessSettings.signOffReminderDays} <= current_date`,
        sql`${signOffs.dueOn} >= current_date`,
      ),
    );
  let sent = 0;
  for (const { id } of due) {
    sent += await db.transaction(async (tx) => {
      const signOff = await lockSignOff(tx, id);
      if (signOff?.state !== "open") return 0;
      const round = await currentRound(tx, id);
      if (!round) return 0;
      const [claimed] = await tx
        .insert(signOffReminders)
        .values({ roundId: round.id, isAutomatic: true })
        .onConflictDoNothing()
        .returning({ id: signOffReminders.id });
      if (!claimed) return 0;
      const waiting = await unansweredApprovers(tx, id, round.id);
      await emailRecipients(tx, id, "reminder", waiting, { senderName: "" });
      await recordAudit(tx, {
        action: "sign_off.reminded",
        accountId: signOff.accountId,
        detail: { signOffId: id, round: round.number, automatic: true, recipients: waiting.length },
      });
      return waiting.length;
    });
  }
  return sent;
}

/**
 * Anyone holding an expired link: a fresh one emailed to the address the old one went to, if the
 * sign-off is still open and the person still on it. Throttled per address and IP; the caller
 * answers the same whatever happened.
 */
export async function unsafeRequestFreshSignOffLink(raw: string, from: { ip?: string }) {
  if (!isWellFormedToken(raw)) return;
  const [link] = await db
    .select({ recipientId: signOffLinks.recipientId, signOffId: signOffLinks.signOffId })
    .from(signOffLinks)
    .innerJoin(signOffRecipients, and(eq(signOffRecipients.id, signOffLinks.recipientId), isNull(signOffRecipients.removedAt)))
    .where(eq(signOffLinks.tokenHash, hashToken(raw)));
  if (!link) return;
  await db.transaction(async (tx) => {
    const signOff = await lockSignOff(tx, link.signOffId);
    if (!signOff || (signOff.state !== "open" && signOff.state !== "complete")) return;
    const [recipient] = await currentRecipients(tx, link.signOffId, [link.recipientId]);
    if (!recipient) return;
    const verdict = await takeThrottle("email-request", { email: recipient.email, ip: from.ip });
    if (!verdict.isAllowed) return;
    await emailRecipients(tx, link.signOffId, "fresh_link", [recipient], { senderName: "" });
    await recordAudit(tx, {
      action: "sign_off.link_renewed",
      actorUserId: recipient.contactId,
      accountId: signOff.accountId,
      ip: from.ip,
      detail: { signOffId: link.signOffId },
    });
  });
}
