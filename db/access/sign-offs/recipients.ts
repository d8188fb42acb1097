import "server-only";
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/db/client";
import { signOffRecipients, signOffs, signOffSessions, users } from "@/db/schema";
import { createRawToken, hashToken, isWellFormedToken } from "@/lib/security/tokens";
import { recordAudit } from "../kit/audit";
import { isUuid } from "../kit/ids";
import { getPortalViewer, SIGN_OFF_SESSION_COOKIE } from "../viewer/viewer";
import { unsafeReadSignOffLink } from "./links";

// Who may open a sign-off in the portal: one of its recipients, either signed in to the portal as
// usual, or holding the session a sign-off link's button started. That session reaches this one
// sign-off for this one recipient and nothing else: the rest of the portal does not know it.

export type RecipientViewer = {
  kind: "recipient";
  recipientId: string;
  signOffId: string;
  contactId: string;
  accountId: string;
  name: string;
  email: string;
  role: "approver" | "informed";
  /** "link": the scoped session from an emailed link; "portal": signed in as usual. */
  via: "link" | "portal";
  /** A staff member viewing the portal as this contact: they may look, not answer. */
  isReadOnly: boolean;
};

export { SIGN_OFF_SESSION_COOKIE };
const SESSION_HOURS = 12;

const recipientColumns = {
  recipientId: signOffRecipients.id,
  signOffId: signOffs.id,
  contactId: users.id,
  accountId: signOffs.accountId,
  name: users.name,
  email: users.email,
  role: signOffRecipients.role,
};

async function findRecipient(signOffId: string, condition: SQL | undefined) {
  const [row] = await db
    .select(recipientColumns)
    .from(signOffRecipients)
    .innerJoin(signOffs, eq(signOffs.id, signOffRecipients.signOffId))
    .innerJoin(users, eq(users.id, signOffRecipients.contactId))
    .where(and(eq(signOffs.id, signOffId), isNull(signOffRecipients.removedAt), sql`${signOffs.state} <> 'draft'`, condition));
  return row ?? null;
}

/**
 * The recipient asking for this sign-off, or null: then the page answers like a missing one. A
 * contact signed in to the portal comes first; otherwise a live sign-off session for exactly this
 * sign-off (never a cancelled one).
 */
export const getRecipientViewer = cache(async (signOffId: string): Promise<RecipientViewer | null> => {
  if (!isUuid(signOffId)) return null;
  const viewer = await getPortalViewer();
  if (viewer?.kind === "contact") {
    const accountIds = viewer.accounts.map((account) => account.id);
    const row = await findRecipient(
      signOffId,
      and(eq(signOffRecipients.contactId, viewer.userId), inArray(signOffs.accountId, accountIds)),
    );
    if (row) return { kind: "recipient", ...row, via: "portal", isReadOnly: Boolean(viewer.viewAs) };
  }
  const token = (await cookies()).get(SIGN_OFF_SESSION_COOKIE)?.value;
  return token ? unsafeRecipientOfSession(signOffId, token) : null;
});

/** The recipient a sign-off session token stands for, on this sign-off only (the cookie is the credential). */
export async function unsafeRecipientOfSession(signOffId: string, token: string): Promise<RecipientViewer | null> {
  if (!isUuid(signOffId) || !isWellFormedToken(token)) return null;
  const row = await findRecipient(
    signOffId,
    and(
      sql`${signOffs.state} <> 'cancelled'`,
      sql`exists (select 1 from ${signOffSessions} where ${signOffSessions.recipientId} = ${signOffRecipients.id}
        and ${signOffSessions.tokenHash} = ${hashToken(token)} and ${signOffSessions.expiresAt} > now())`,
    ),
  );
  return row ? { kind: "recipient", ...row, via: "link", isReadOnly: false } : null;
}

/** Does this browser hold a sign-off session at all? (Then the rest of the portal answers as missing, not "sign in".) */
export async function hasSignOffSession() {
  return Boolean((await cookies()).get(SIGN_OFF_SESSION_COOKIE)?.value);
}

/**
 * The link page's button (a POST; the page itself changes nothing): a session for this link's
 * recipient and sign-off, lasting 12 hours at most and never past the link. Null when the link
 * does not open anything (any reason: the page says so).
 */
export async function unsafeOpenSignOffLink(raw: string, from: { ip?: string; userAgent?: string }) {
  const link = await unsafeReadSignOffLink(raw);
  if (link.state !== "usable") return null;
  const token = createRawToken();
  return db.transaction(async (tx) => {
    const [session] = await tx
      .insert(signOffSessions)
      .values({
        tokenHash: hashToken(token),
        recipientId: link.recipientId,
        expiresAt: sql`least(${link.expiresAt.toISOString()}::timestamptz, now() + make_interval(hours => ${SESSION_HOURS}))`,
        ip: from.ip,
        userAgent: from.userAgent?.slice(0, 500),
      })
      .returning({ expiresAt: signOffSessions.expiresAt });
    await markOpened(tx, link.recipientId);
    await recordAudit(tx, {
      action: "sign_off.opened",
      actorUserId: link.contactId,
      accountId: link.accountId,
      ip: from.ip,
      detail: { signOffId: link.signOffId, via: "link" },
    });
    return { signOffId: link.signOffId, token, expiresAt: session!.expiresAt };
  });
}

/** A recipient signed in to the portal opening their sign-off: its first opening is shown to staff. */
export async function markOpenedBy(recipient: RecipientViewer) {
  if (recipient.isReadOnly) return;
  await markOpened(db, recipient.recipientId);
}

async function markOpened(executor: Pick<typeof db, "update">, recipientId: string) {
  await executor
    .update(signOffRecipients)
    .set({ openedAt: sql`now()` })
    .where(and(eq(signOffRecipients.id, recipientId), isNull(signOffRecipients.openedAt)));
}
