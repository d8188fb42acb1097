import "server-only";
import { and, count, eq, isNotNull, isNull, max, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { accountContacts, signOffFiles, signOffRecipients, signOffReminders, signOffResponses, signOffRounds, signOffs } from "@/db/schema";
import { recordAudit, type AuditAction } from "../kit/audit";
import { isUuid } from "../kit/ids";
import { assertStaff, type StaffViewer } from "../viewer/viewer";
import { draftRoundOf, lockSignOff } from "./files";
import { completeIfApproved } from "./respond";
import { currentRecipients, emailRecipients } from "./tell";

// What staff do with a sign-off once made: send a round, remind, add or remove someone, start a
// new round after changes were asked for, cancel. Each is one transaction holding the sign-off's
// row, so two of them never interleave; each is in the audit log.

export type ManageResult = { ok: true; message: string } | { ok: false; error: string };

const MISSING: ManageResult = { ok: false, error: "This sign-off is not there any more." };

async function change(viewer: StaffViewer, signOffId: string, work: (tx: Transaction, signOff: LockedSignOff) => Promise<ManageResult>) {
  assertStaff(viewer, "clients");
  if (!isUuid(signOffId)) return MISSING;
  return db.transaction(async (tx) => {
    const signOff = await lockSignOff(tx, signOffId);
    return signOff ? work(tx, signOff) : MISSING;
  });
}
type LockedSignOff = NonNullable<Awaited<ReturnType<typeof lockSignOff>>>;

function audit(tx: Transaction, viewer: StaffViewer, signOff: LockedSignOff, action: AuditAction, detail: object = {}) {
  return recordAudit(tx, {
    action,
    actorUserId: viewer.userId,
    accountId: signOff.accountId,
    detail: { signOffId: signOff.id, ...detail },
  });
}

/**
 * Staff: sends the round being prepared. Its files are pinned from now on (the database refuses any
 * change); every recipient is emailed their link: "requested" for the first round, "new round" after.
 */
export async function sendRound(viewer: StaffViewer, signOffId: string) {
  return change(viewer, signOffId, async (tx, signOff) => {
    const round = await draftRoundOf(tx, signOff.id);
    if (!round) return { ok: false, error: "There is no round waiting to be sent." };
    const [files] = await tx.select({ n: count() }).from(signOffFiles).where(eq(signOffFiles.roundId, round.id));
    if (!files?.n) return { ok: false, error: "Add at least one file before sending." };
    const recipients = await currentRecipients(tx, signOff.id);
    if (!recipients.some((recipient) => recipient.role === "approver"))
      return { ok: false, error: "Ask at least one person for their approval first." };
    await tx
      .update(signOffRounds)
      .set({ sentAt: sql`now()` })
      .where(eq(signOffRounds.id, round.id));
    await tx.update(signOffs).set({ state: "open" }).where(eq(signOffs.id, signOff.id));
    await emailRecipients(tx, signOff.id, round.number === 1 ? "requested" : "new_round", recipients, { senderName: viewer.name });
    await audit(tx, viewer, signOff, "sign_off.sent", { round: round.number, files: files.n, recipients: recipients.length });
    return { ok: true, message: `Round ${round.number} sent to ${recipients.length} ${recipients.length === 1 ? "person" : "people"}.` };
  });
}

/**
 * Staff: after changes were asked for (or a rejection), a new round, prepared before it is sent.
 * The last round's files are carried into it (sharing their pinned bytes), so staff replace only
 * what changed.
 */
export async function startNewRound(viewer: StaffViewer, signOffId: string) {
  return change(viewer, signOffId, async (tx, signOff) => {
    if (signOff.state !== "open") return { ok: false, error: "Only a sign-off waiting for answers can have a new round." };
    if (await draftRoundOf(tx, signOff.id)) return { ok: false, error: "A new round is already being prepared below." };
    const [last] = await tx
      .select({ id: signOffRounds.id, number: signOffRounds.number })
      .from(signOffRounds)
      .where(and(eq(signOffRounds.signOffId, signOff.id), isNotNull(signOffRounds.sentAt)))
      .orderBy(sql`${signOffRounds.number} desc`)
      .limit(1);
    if (!last) return { ok: false, error: "Send the first round first." };
    const [objection] = await tx
      .select({ n: count() })
      .from(signOffResponses)
      .where(and(eq(signOffResponses.roundId, last.id), sql`${signOffResponses.decision} <> 'approved'`));
    if (!objection?.n) return { ok: false, error: "A new round starts once someone has asked for changes." };
    const [round] = await tx
      .insert(signOffRounds)
      .values({ signOffId: signOff.id, number: last.number + 1 })
      .returning({ id: signOffRounds.id, number: signOffRounds.number });
    await tx.execute(sql`insert into ${signOffFiles} (round_id, file_id, name, content_type, size_bytes, sha256, storage_key, uploaded_by)
      select ${round!.id}, file_id, name, content_type, size_bytes, sha256, storage_key, uploaded_by
      from ${signOffFiles} where round_id = ${last.id}`);
    await audit(tx, viewer, signOff, "sign_off.round_started", { round: round!.number });
    return { ok: true, message: `Round ${round!.number} started: replace the files that changed, then send it.` };
  });
}

/** Staff: emails every approver who has not answered the current round, each with a fresh link. At most once an hour. */
export async function remindNow(viewer: StaffViewer, signOffId: string) {
  return change(viewer, signOffId, async (tx, signOff) => {
    if (signOff.state !== "open") return { ok: false, error: "Only a sign-off waiting for answers can be reminded." };
    const round = await currentRound(tx, signOff.id);
    if (!round) return { ok: false, error: "Send the first round first." };
    const [recent] = await tx
      .select({ n: count() })
      .from(signOffReminders)
      .where(and(eq(signOffReminders.roundId, round.id), sql`${signOffReminders.createdAt} > now() - interval '1 hour'`));
    if (recent?.n) return { ok: false, error: "A reminder went out less than an hour ago. Give people a little time." };
    const waiting = await unansweredApprovers(tx, signOff.id, round.id);
    if (waiting.length === 0) return { ok: false, error: "Everyone asked for approval has answered this round." };
    await tx.insert(signOffReminders).values({ roundId: round.id, isAutomatic: false, sentBy: viewer.userId });
    await emailRecipients(tx, signOff.id, "reminder", waiting, { senderName: viewer.name });
    await audit(tx, viewer, signOff, "sign_off.reminded", { round: round.number, recipients: waiting.length });
    return { ok: true, message: `Reminder sent to ${waiting.map((person) => person.name).join(", ")}.` };
  });
}

/** Staff: cancels it. Every link and sign-off session stops working; recipients are told. */
export async function cancelSignOff(viewer: StaffViewer, signOffId: string) {
  return change(viewer, signOffId, async (tx, signOff) => {
    if (signOff.state === "complete" || signOff.state === "cancelled")
      return { ok: false, error: `This sign-off is ${signOff.state} already.` };
    await tx
      .update(signOffs)
      .set({ state: "cancelled", cancelledAt: sql`now()` })
      .where(eq(signOffs.id, signOff.id));
    // A draft was never sent: nobody to tell.
    if (signOff.state === "open")
      await emailRecipients(tx, signOff.id, "cancelled", await currentRecipients(tx, signOff.id), { senderName: viewer.name });
    await audit(tx, viewer, signOff, "sign_off.cancelled");
    return { ok: true, message: "Sign-off cancelled. Its links no longer work." };
  });
}

/** Staff: asks one more contact of the account; emailed at once when a round is out. */
export async function addRecipient(viewer: StaffViewer, signOffId: string, input: { contactId: string; role: "approver" | "informed" }) {
  return change(viewer, signOffId, async (tx, signOff) => {
    if (signOff.state === "complete" || signOff.state === "cancelled") return { ok: false, error: `This sign-off is ${signOff.state}.` };
    const [member] = await tx
      .select({ id: accountContacts.contactId })
      .from(accountContacts)
      .where(and(eq(accountContacts.accountId, signOff.accountId), eq(accountContacts.contactId, input.contactId)));
    if (!member) return { ok: false, error: "Choose a contact of this account." };
    // Someone removed earlier is asked again on the same row, keeping their history.
    const [recipient] = await tx
      .insert(signOffRecipients)
      .values({ signOffId: signOff.id, contactId: input.contactId, role: input.role })
      .onConflictDoUpdate({
        target: [signOffRecipients.signOffId, signOffRecipients.contactId],
        set: { role: input.role, removedAt: null },
        setWhere: isNotNull(signOffRecipients.removedAt),
      })
      .returning({ id: signOffRecipients.id });
    if (!recipient) return { ok: false, error: "This person is asked already." };
    if (signOff.state === "open") {
      await emailRecipients(tx, signOff.id, "requested", await currentRecipients(tx, signOff.id, [recipient.id]), {
        senderName: viewer.name,
      });
    }
    await audit(tx, viewer, signOff, "sign_off.recipient_added", { contactId: input.contactId, role: input.role });
    return { ok: true, message: signOff.state === "open" ? "Added, and sent their link." : "Added." };
  });
}

/** Staff: takes someone off it. Their links and sessions stop; what they answered stays in the history. */
export async function removeRecipient(viewer: StaffViewer, signOffId: string, recipientId: string) {
  return change(viewer, signOffId, async (tx, signOff) => {
    if (!isUuid(recipientId)) return MISSING;
    if (signOff.state === "complete" || signOff.state === "cancelled") return { ok: false, error: `This sign-off is ${signOff.state}.` };
    const [removed] = await tx
      .update(signOffRecipients)
      .set({ removedAt: sql`now()` })
      .where(and(eq(signOffRecipients.id, recipientId), eq(signOffRecipients.signOffId, signOff.id), isNull(signOffRecipients.removedAt)))
      .returning({ contactId: signOffRecipients.contactId });
    if (!removed) return { ok: false, error: "This person is not on the sign-off." };
    const remaining = await currentRecipients(tx, signOff.id);
    if (!remaining.some((recipient) => recipient.role === "approver")) throw new LastApprover();
    await audit(tx, viewer, signOff, "sign_off.recipient_removed", { contactId: removed.contactId });
    // Those left may all have approved already.
    const isComplete = signOff.state === "open" && (await completeIfApproved(tx, signOff, viewer.userId));
    return {
      ok: true,
      message: isComplete ? "Removed. Everyone left has approved: the sign-off is complete." : "Removed. Their link no longer works.",
    };
  }).catch((error: unknown) => {
    if (error instanceof LastApprover) return { ok: false, error: "Keep at least one person whose approval is required." } as ManageResult;
    throw error;
  });
}
class LastApprover extends Error {}

/** Inside a change: the latest sent round. */
export async function currentRound(tx: Transaction, signOffId: string) {
  const [round] = await tx
    .select({ id: signOffRounds.id, number: signOffRounds.number })
    .from(signOffRounds)
    .where(
      and(
        eq(signOffRounds.signOffId, signOffId),
        eq(
          signOffRounds.number,
          tx
            .select({ n: max(signOffRounds.number) })
            .from(signOffRounds)
            .where(and(eq(signOffRounds.signOffId, signOffId), isNotNull(signOffRounds.sentAt))),
        ),
      ),
    );
  return round ?? null;
}

/** Inside a change: approvers on it who have not answered this round. */
export async function unansweredApprovers(tx: Transaction, signOffId: string, roundId: string) {
  const everyone = await currentRecipients(tx, signOffId);
  const answered = await tx
    .select({ id: signOffResponses.recipientId })
    .from(signOffResponses)
    .where(eq(signOffResponses.roundId, roundId));
  const done = new Set(answered.map((row) => row.id));
  return everyone.filter((person) => person.role === "approver" && !done.has(person.id));
}
