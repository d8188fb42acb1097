import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { isSameName, tidyName } from "@/lib/typed-name";
import { z } from "zod";
import { db, type Transaction } from "@/db/client";
import { signOffComments, signOffFiles, signOffRecipients, signOffResponses, signOffRounds, signOffs } from "@/db/schema";
import { messageBodySchema } from "../collaboration/messages";
import { recordAudit } from "../kit/audit";
import { assertStaff, type StaffViewer } from "../viewer/viewer";
import { lockSignOff } from "./files";
import { currentRound, unansweredApprovers } from "./manage";
import type { RecipientViewer } from "./recipients";
import { currentRecipients, emailRecipients, tellStaff } from "./tell";

// Answering a sign-off: an approver approves, asks for changes (saying what) or rejects (saying
// why), once per round, confirming by typing their full name; each answer keeps the name typed,
// the time, the IP address and the browser. Anyone on it, and staff, may comment on the whole
// sign-off or on one file. When every approver has approved the round, it is complete.

export const responseSchema = z
  .object({
    decision: z.enum(["approved", "changes_requested", "rejected"], "Choose Approve, Request changes or Reject."),
    comment: z.string().trim().max(20000, "Keep it under 20,000 characters.").default(""),
    typedName: z.string().trim().max(200).default(""),
  })
  .refine((answer) => answer.decision === "approved" || answer.comment.length > 0, {
    path: ["comment"],
    message: "Say what should change, or why you reject it.",
  });
export type ResponseInput = z.infer<typeof responseSchema>;

export const commentSchema = z.object({ body: messageBodySchema, signOffFileId: z.uuid().optional() });

export type RespondResult = { ok: true; isComplete: boolean } | { ok: false; error: string; field?: "typedName" | "comment" };

/** A recipient: their answer to the current round. */
export async function respondToSignOff(
  recipient: RecipientViewer,
  raw: ResponseInput,
  from: { ip?: string; userAgent?: string },
): Promise<RespondResult> {
  // The rules hold whoever calls: the form's parse is for its messages.
  const parsed = responseSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, field: "comment", error: parsed.error.issues[0]?.message ?? "Choose an answer." };
  const input = parsed.data;
  if (recipient.isReadOnly) return { ok: false, error: "You are viewing as this person: you cannot answer for them." };
  if (recipient.role !== "approver")
    return { ok: false, error: "You were asked for information: you can comment, but the decision is others'." };
  if (!isSameName(input.typedName, recipient.name))
    return { ok: false, field: "typedName", error: `To confirm, type your full name as we have it: ${recipient.name}.` };
  return db.transaction(async (tx): Promise<RespondResult> => {
    const signOff = await lockSignOff(tx, recipient.signOffId);
    if (!signOff || signOff.state !== "open") return { ok: false, error: "This sign-off is no longer waiting for answers." };
    if (!(await isStillOn(tx, recipient))) return { ok: false, error: "You are no longer asked on this sign-off." };
    const round = await currentRound(tx, signOff.id);
    if (!round) return { ok: false, error: "This sign-off is no longer waiting for answers." };
    const [saved] = await tx
      .insert(signOffResponses)
      .values({
        roundId: round.id,
        recipientId: recipient.recipientId,
        decision: input.decision,
        comment: input.comment,
        typedName: tidyName(input.typedName),
        ip: from.ip,
        userAgent: from.userAgent?.slice(0, 500),
      })
      .onConflictDoNothing()
      .returning({ id: signOffResponses.id });
    if (!saved) return { ok: false, error: `You have answered round ${round.number} already.` };
    await recordAudit(tx, {
      action: "sign_off.responded",
      actorUserId: recipient.contactId,
      accountId: signOff.accountId,
      ip: from.ip,
      detail: { signOffId: signOff.id, round: round.number, decision: input.decision, via: recipient.via },
    });
    const said = { approved: "approved", changes_requested: "asked for changes to", rejected: "rejected" }[input.decision];
    await tellStaff(tx, signOff.id, {
      actorId: recipient.contactId,
      headline: `${recipient.name} ${said} “${signOff.subject}”`,
      excerpt: input.comment || undefined,
    });
    const isComplete = input.decision === "approved" && (await completeIfApproved(tx, signOff, recipient.contactId));
    return { ok: true, isComplete };
  });
}

/**
 * Inside a change holding the sign-off: completes it when no approver still owes an answer to the
 * current round and every answer is an approval. Staff and recipients are told.
 */
export async function completeIfApproved(tx: Transaction, signOff: { id: string; accountId: string; subject: string }, actorId: string) {
  const round = await currentRound(tx, signOff.id);
  if (!round) return false;
  if ((await unansweredApprovers(tx, signOff.id, round.id)).length) return false;
  const [objection] = await tx
    .select({ id: signOffResponses.id })
    .from(signOffResponses)
    .innerJoin(signOffRecipients, eq(signOffRecipients.id, signOffResponses.recipientId))
    .where(
      and(eq(signOffResponses.roundId, round.id), isNull(signOffRecipients.removedAt), sql`${signOffResponses.decision} <> 'approved'`),
    )
    .limit(1);
  if (objection) return false;
  await tx
    .update(signOffs)
    .set({ state: "complete", completedAt: sql`now()` })
    .where(eq(signOffs.id, signOff.id));
  await recordAudit(tx, {
    action: "sign_off.completed",
    actorUserId: actorId,
    accountId: signOff.accountId,
    detail: { signOffId: signOff.id, round: round.number },
  });
  await tellStaff(tx, signOff.id, {
    actorId: null,
    headline: `“${signOff.subject}” is signed off: everyone asked approved round ${round.number}`,
  });
  await emailRecipients(tx, signOff.id, "complete", await currentRecipients(tx, signOff.id), { senderName: "" });
  return true;
}

/** A recipient: a comment on the whole sign-off, or on one file of a sent round. */
export async function commentAsRecipient(recipient: RecipientViewer, input: z.infer<typeof commentSchema>) {
  if (recipient.isReadOnly) return { ok: false as const, error: "You are viewing as this person: you cannot comment for them." };
  return db.transaction(async (tx) => {
    const signOff = await lockSignOff(tx, recipient.signOffId);
    if (!signOff || signOff.state === "cancelled" || !(await isStillOn(tx, recipient)))
      return { ok: false as const, error: "This sign-off is not open to comments." };
    return writeComment(tx, signOff, { id: recipient.contactId, name: recipient.name, isStaff: false }, input, recipient.via);
  });
}

/** Staff: a comment; everyone on the sign-off is emailed it, with their link. */
export async function commentAsStaff(viewer: StaffViewer, signOffId: string, input: z.infer<typeof commentSchema>) {
  assertStaff(viewer, "clients");
  return db.transaction(async (tx) => {
    const signOff = await lockSignOff(tx, signOffId);
    if (!signOff || signOff.state === "cancelled" || signOff.state === "draft")
      return { ok: false as const, error: "Comments open once the sign-off is sent, and close when it is cancelled." };
    return writeComment(tx, signOff, { id: viewer.userId, name: viewer.name, isStaff: true }, input, "console");
  });
}

/** The inbound-email webhook, for a reply to a sign-off email: a comment as that recipient, if they are still on it. */
export async function unsafeCommentFromEmail(tx: Transaction, person: { id: string; name: string }, signOffId: string, body: string) {
  const signOff = await lockSignOff(tx, signOffId);
  if (!signOff || signOff.state === "cancelled") return { ok: false as const, error: "closed" as const };
  const [onIt] = await tx
    .select({ id: signOffRecipients.id })
    .from(signOffRecipients)
    .where(
      and(eq(signOffRecipients.signOffId, signOffId), eq(signOffRecipients.contactId, person.id), isNull(signOffRecipients.removedAt)),
    );
  if (!onIt) return { ok: false as const, error: "gone" as const };
  const written = await writeComment(tx, signOff, { ...person, isStaff: false }, { body }, "email");
  return written.ok ? written : { ok: false as const, error: "gone" as const };
}

async function writeComment(
  tx: Transaction,
  signOff: { id: string; accountId: string; subject: string },
  author: { id: string; name: string; isStaff: boolean },
  input: { body: string; signOffFileId?: string },
  via: string,
) {
  if (input.signOffFileId) {
    const [file] = await tx
      .select({ id: signOffFiles.id })
      .from(signOffFiles)
      .innerJoin(signOffRounds, eq(signOffRounds.id, signOffFiles.roundId))
      .where(
        and(eq(signOffFiles.id, input.signOffFileId), eq(signOffRounds.signOffId, signOff.id), sql`${signOffRounds.sentAt} is not null`),
      );
    if (!file) return { ok: false as const, error: "That file is not part of this sign-off." };
  }
  const [comment] = await tx
    .insert(signOffComments)
    .values({ signOffId: signOff.id, signOffFileId: input.signOffFileId, authorId: author.id, body: input.body })
    .returning({ id: signOffComments.id });
  await recordAudit(tx, {
    action: "sign_off.commented",
    actorUserId: author.id,
    accountId: signOff.accountId,
    detail: { signOffId: signOff.id, via },
  });
  if (author.isStaff) {
    await emailRecipients(tx, signOff.id, "comment", await currentRecipients(tx, signOff.id), {
      senderName: author.name,
      excerpt: input.body,
    });
  } else {
    await tellStaff(tx, signOff.id, {
      actorId: author.id,
      headline: `${author.name} commented on “${signOff.subject}”`,
      excerpt: input.body,
    });
  }
  return { ok: true as const, id: comment!.id };
}

async function isStillOn(tx: Transaction, recipient: RecipientViewer) {
  const [row] = await tx
    .select({ id: signOffRecipients.id })
    .from(signOffRecipients)
    .where(and(eq(signOffRecipients.id, recipient.recipientId), isNull(signOffRecipients.removedAt)));
  return Boolean(row);
}
