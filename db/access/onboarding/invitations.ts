import "server-only";
import { linkHolder, type LinkHolder } from "../sign-in/guessable-words";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, contactCapabilities, invitations, users } from "@/db/schema";
import { env } from "@/env";
import { recordAudit } from "../kit/audit";
import { getPublicBranding } from "../branding/live";
import { isUuid } from "../kit/ids";
import { accountAdmitsNewPeople, mayUseAccount } from "../viewer/login-rule";
import { queueEmail } from "../outbox/outbox";
import { storePassword } from "./password-links";
import { cancelOpenTokens, consumeToken, issueToken, unsafeInspectToken, type TokenState } from "./tokens";
import { capabilities } from "../permissions/capabilities";
import { actingAs, explainCapabilities } from "../permissions/resolver";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";
import { takeThrottle } from "../sign-in/throttle";

export type SendInvitationInput = { contactId: string; accountId?: string; message?: string; requestKey: string };
export type SendInvitationResult = { ok: true } | { ok: false; error: "not_found" | "login_off" };

/**
 * Staff: invites a contact to the portal for one of their accounts. The invitation, its token and
 * its email are written in one transaction; an earlier unused invitation stops working. A request
 * key already seen (a retried submission) does nothing more.
 */
export async function sendInvitation(viewer: StaffViewer, input: SendInvitationInput, ip?: string): Promise<SendInvitationResult> {
  assertStaff(viewer);
  if (!isUuid(input.contactId) || (input.accountId !== undefined && !isUuid(input.accountId))) {
    return { ok: false, error: "not_found" };
  }
  const target = await findTarget(input.contactId, input.accountId);
  if (!target) return { ok: false, error: "not_found" };
  // Inviting does not grant access: that is a separate, deliberate switch.
  if (!target.mayUse) return { ok: false, error: "login_off" };
  await writeInvitation(target, { userId: viewer.userId, name: viewer.name }, { message: input.message, requestKey: input.requestKey, ip });
  return { ok: true };
}

/**
 * Inbound email webhook only: an email from a contact who may sign in but has never chosen a
 * password invites them, at most once a week (by anyone's invitation). Answers nothing either way.
 */
export async function unsafeAutoInviteOnInboundEmail(senderEmail: string) {
  const [contact] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, senderEmail.trim().toLowerCase()), eq(users.kind, "contact"), isNull(users.passwordHash)))
    .limit(1);
  if (!contact) return;
  const [latest] = await db
    .select({ id: invitations.id, isRecent: sql<boolean>`${invitations.createdAt} > now() - interval '7 days'` })
    .from(invitations)
    .where(eq(invitations.contactId, contact.id))
    .orderBy(desc(invitations.createdAt))
    .limit(1);
  if (latest?.isRecent) return;
  const target = await findTarget(contact.id);
  if (!target?.mayUse) return;
  const brand = await getPublicBranding();
  // Two deliveries of the same email racing each other build the same key: one invitation.
  const requestKey = `inbound/${contact.id}/after/${latest?.id ?? "none"}`;
  await writeInvitation(target, { userId: null, name: brand.portalName }, { requestKey, trigger: "inbound_email" });
}

export type ColleagueResult =
  { ok: true } | { ok: false; error: "not_allowed" | "account_closed" } | { ok: false; error: "throttled"; retryAfterSeconds: number };

/**
 * A contact with "invite colleagues": creates the colleague as a contact of the viewer's account
 * (pending until they accept) and invites them. The colleague never holds a capability the
 * inviter lacks: any default beyond the inviter's own is denied to them by name.
 */
export async function inviteColleague(
  viewer: ContactViewer,
  input: { email: string; name: string; requestKey: string },
  ip?: string,
): Promise<ColleagueResult> {
  if (viewer.kind !== "contact" || viewer.viewAs) return { ok: false, error: "not_allowed" };
  // What the inviter holds at this account (above any single record): the colleague gets no more.
  const held = new Set(
    (await explainCapabilities(actingAs(viewer))).filter((answer) => answer.isAllowed).map((answer) => answer.capability),
  );
  if (!held.has("colleagues.invite")) return { ok: false, error: "not_allowed" };
  const verdict = await takeThrottle("colleague-invite", { person: viewer.userId, ip });
  if (!verdict.isAllowed) return { ok: false, error: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  const email = input.email.trim().toLowerCase();
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  // An address already known (a contact anywhere, or staff) gets the same answer as a new one, so
  // the portal cannot be used to learn who else is on it; nothing is changed or sent.
  if (taken) {
    await recordAudit(db, {
      action: "colleague_invite.address_known",
      actorUserId: viewer.userId,
      subjectUserId: taken.id,
      accountId: viewer.accountId,
      ip,
    });
    return { ok: true };
  }
  // A new person at this account follows the account's mode; "selected people" needs staff to choose.
  const [account] = await db
    .select({
      isOpen: accountAdmitsNewPeople,
    })
    .from(accounts)
    .where(eq(accounts.id, viewer.accountId));
  if (!account?.isOpen) return { ok: false, error: "account_closed" };

  const created = await db.transaction(async (tx) => {
    const [colleague] = await tx.insert(users).values({ kind: "contact", email, name: input.name.trim() }).returning({ id: users.id });
    await tx.insert(accountContacts).values({ accountId: viewer.accountId, contactId: colleague!.id });
    const beyondInviter = capabilities.map((c) => c.key).filter((key) => !held.has(key));
    if (beyondInviter.length > 0) {
      await tx.insert(contactCapabilities).values(
        beyondInviter.map((capability) => ({
          contactId: colleague!.id,
          capability,
          isAllowed: false,
          source: "inviter" as const,
          setAt: sql`clock_timestamp()`,
        })),
      );
    }
    return colleague!.id;
  });
  const target = await findTarget(created, viewer.accountId);
  if (!target) return { ok: false, error: "account_closed" };
  await writeInvitation(target, { userId: viewer.userId, name: viewer.name }, { requestKey: input.requestKey, ip, trigger: "colleague" });
  return { ok: true };
}

type InvitationTarget = { contactId: string; email: string; name: string; mayUse: boolean; accountId: string; accountName: string };

// The contact at the given account, or at their first account by name.
async function findTarget(contactId: string, accountId?: string): Promise<InvitationTarget | null> {
  const [target] = await db
    .select({
      contactId: users.id,
      email: users.email,
      name: users.name,
      mayUse: mayUseAccount,
      accountId: accounts.id,
      accountName: accounts.name,
    })
    .from(users)
    .innerJoin(accountContacts, eq(accountContacts.contactId, users.id))
    .innerJoin(accounts, eq(accounts.id, accountContacts.accountId))
    .where(and(eq(users.id, contactId), eq(users.kind, "contact"), accountId ? eq(accounts.id, accountId) : undefined))
    .orderBy(asc(accounts.name))
    .limit(1);
  return target ?? null;
}

async function writeInvitation(
  target: InvitationTarget,
  inviter: { userId: string | null; name: string },
  options: { message?: string; requestKey: string; ip?: string; trigger?: string },
) {
  const brand = await getPublicBranding();
  const message = options.message?.trim() || null;
  await db
    .transaction(async (tx) => {
      const [seen] = await tx
        .select({ id: invitations.id })
        .from(invitations)
        .where(eq(invitations.requestKey, options.requestKey))
        .limit(1);
      if (seen) return;
      await cancelOpenTokens(tx, "invitation", target.contactId);
      const token = await issueToken(tx, { purpose: "invitation", userId: target.contactId, ttlHours: env.INVITATION_TTL_HOURS });
      await tx.insert(invitations).values({
        tokenId: token.id,
        contactId: target.contactId,
        accountId: target.accountId,
        invitedByUserId: inviter.userId,
        message,
        requestKey: options.requestKey,
      });
      await queueEmail(tx, {
        to: target.email,
        template: "invitation",
        props: {
          brand: brand.emailBrand,
          contactName: target.name,
          inviterName: inviter.name,
          accountName: target.accountName,
          message,
          acceptUrl: `${env.APP_URL}/invitation/${token.raw}`,
          expiresAt: token.expiresAt.toISOString(),
        },
      });
      await recordAudit(tx, {
        action: "invitation.sent",
        actorUserId: inviter.userId,
        subjectUserId: target.contactId,
        accountId: target.accountId,
        ip: options.ip,
        detail: options.trigger ? { trigger: options.trigger } : {},
      });
    })
    .catch((error: unknown) => {
      // Two retries of one submission racing each other: the second finds the first's request key.
      if (isUniqueViolation(error, "invitations_request_key_unique")) return;
      throw error;
    });
}

function isUniqueViolation(error: unknown, constraint: string) {
  const cause = error instanceof Error && "cause" in error ? error.cause : error;
  return typeof cause === "object" && cause !== null && "constraint_name" in cause && cause.constraint_name === constraint;
}

/** Staff: the contact's open invitation stops working (its link then says "cancelled"). */
export async function cancelInvitation(viewer: StaffViewer, contactId: string, ip?: string) {
  assertStaff(viewer);
  if (!isUuid(contactId)) return 0;
  return db.transaction(async (tx) => {
    const cancelled = await cancelOpenTokens(tx, "invitation", contactId);
    if (cancelled > 0) await recordAudit(tx, { action: "invitation.cancelled", actorUserId: viewer.userId, subjectUserId: contactId, ip });
    return cancelled;
  });
}

export type InvitationView = (LinkHolder & { accountName: string }) | { state: Exclude<TokenState, "valid"> };

/** Token holder: what the invitation link shows before it is used. */
export async function unsafeInspectInvitation(rawToken: string): Promise<InvitationView> {
  const token = await unsafeInspectToken("invitation", rawToken);
  if (token.state !== "valid") return { state: token.state };
  const [row] = await db
    .select({ email: users.email, name: users.name, accountName: accounts.name })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.contactId))
    .innerJoin(accounts, eq(accounts.id, invitations.accountId))
    .where(eq(invitations.tokenId, token.id))
    .limit(1);
  return row ? linkHolder(row) : { state: "unknown" };
}

/**
 * Token holder: uses the invitation and sets the contact's password, in one transaction. The
 * password was judged and hashed by the caller. Other sessions of the contact end.
 */
export async function unsafeAcceptInvitation(rawToken: string, passwordHash: string, ip?: string) {
  return db.transaction(async (tx) => {
    const token = await consumeToken(tx, "invitation", rawToken);
    if (!token?.userId) return null;
    const contact = await storePassword(tx, token.userId, passwordHash);
    if (!contact) return null;
    await recordAudit(tx, { action: "invitation.accepted", actorUserId: contact.id, subjectUserId: contact.id, ip });
    await recordAudit(tx, { action: "password.set", actorUserId: contact.id, subjectUserId: contact.id, ip });
    return { email: contact.email };
  });
}
