import "server-only";
import EmailReplyParser from "email-reply-parser";
import { eq } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { users } from "@/db/schema";
import { env } from "@/env";
import { getPublicBranding } from "../branding/live";
import { recordAudit } from "../kit/audit";
import { queueEmail } from "../outbox/outbox";
import { unsafeWriteMessage } from "./messages";
import { markReplyAddressUsed, unsafeClaimReplyAddress } from "./reply-addresses";
import { findThread } from "./threads";
import { unsafeCommentFromEmail } from "../sign-offs/respond";

// A reply to a notification email, handed over by the signed inbound webhook: posted into the
// thread as the person the reply address was made for, with quoted history and signature cut off
// (email-reply-parser). Refused, with the sender told why, when the address is unknown, used or
// expired, when it comes from another address, when the thread is closed or no longer theirs to
// see, or when nothing is left to post.

export type ReplyRefusal = "unknown" | "used" | "expired" | "sender" | "closed" | "gone" | "empty";
export type ReplyOutcome = { posted: true; messageId: string } | { posted: false; reason: ReplyRefusal };

const reasons: Record<ReplyRefusal, string> = {
  unknown: "We do not recognise the address you replied to. Write in the portal instead.",
  used: "This reply address has been used already. Reply to the newest email about it, or write in the portal.",
  expired: "This reply address has expired (they last 30 days). Write in the portal instead.",
  sender: "Replies are accepted only from the address the email was sent to. Reply from that address, or write in the portal.",
  closed: "This conversation is closed. Reopen it in the portal to write again.",
  gone: "This conversation is not available to you any more.",
  empty: "We found nothing to post above the quoted email. Write your answer at the top, or write in the portal.",
};

/** The webhook only: what became of one reply. */
export async function unsafeAcceptEmailReply(email: { from: string; token: string; text: string }): Promise<ReplyOutcome> {
  const outcome = await db.transaction(async (tx): Promise<ReplyOutcome> => {
    const address = await unsafeClaimReplyAddress(tx, email.token);
    if (!address) return { posted: false, reason: "unknown" };
    if (address.isUsed) return { posted: false, reason: "used" };
    if (address.isExpired) return { posted: false, reason: "expired" };
    const [person] = await tx
      .select({ id: users.id, name: users.name, email: users.email, kind: users.kind })
      .from(users)
      .where(eq(users.id, address.userId));
    if (!person || person.email.toLowerCase() !== email.from.toLowerCase()) return { posted: false, reason: "sender" };
    const body = new EmailReplyParser().parseReply(email.text).trim().slice(0, 20000);
    if (address.signOffId) {
      if (!body) return { posted: false, reason: "empty" };
      const comment = await unsafeCommentFromEmail(tx, person, address.signOffId, body);
      if (!comment.ok) return { posted: false, reason: comment.error };
      await markReplyAddressUsed(tx, address.id);
      return { posted: true, messageId: comment.id };
    }
    if (!address.objectType || !address.objectId) return { posted: false, reason: "unknown" };
    const who = person.kind === "contact" ? { contactId: person.id, accountId: address.accountId } : undefined;
    const thread = await findThread(tx, address.objectType, address.objectId, who, true);
    if (!thread) return { posted: false, reason: "gone" };
    if (thread.isClosed) return { posted: false, reason: "closed" };
    if (!body) return { posted: false, reason: "empty" };
    const messageId = await unsafeWriteMessage(tx, person, thread, body, false);
    await markReplyAddressUsed(tx, address.id);
    await recordAudit(tx, {
      action: "record.updated",
      actorUserId: person.id,
      accountId: thread.accountId,
      detail: { type: thread.type, id: thread.id, what: "message", via: "email" },
    });
    return { posted: true, messageId };
  });
  if (!outcome.posted) await tellSender(email.from, outcome.reason);
  return outcome;
}

/** The refusal goes to the address the reply came from, never to one of ours (no mail loops). */
async function tellSender(address: string, reason: ReplyRefusal) {
  if (env.INBOUND_REPLY_DOMAIN && address.toLowerCase().endsWith(`@${env.INBOUND_REPLY_DOMAIN.toLowerCase()}`)) return;
  const { emailBrand } = await getPublicBranding();
  await db.transaction((tx: Transaction) =>
    queueEmail(tx, {
      to: address,
      template: "reply-refused",
      props: { brand: emailBrand, reason: reasons[reason], portalUrl: `${env.APP_URL}/` },
    }),
  );
}
