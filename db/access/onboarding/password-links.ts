import "server-only";
import { linkHolder, type LinkHolder } from "../sign-in/guessable-words";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { accountContacts, accounts, tokens, users } from "@/db/schema";
import { env } from "@/env";
import { recordAudit } from "../kit/audit";
import { getPublicBranding } from "../branding/live";
import { maySignIn } from "../viewer/login-rule";
import { queueEmail } from "../outbox/outbox";
import { isUuid } from "../kit/ids";
import { assertStaff, type StaffViewer } from "../viewer/viewer";
import { endOpenSessions } from "../sign-in/sessions";
import { takeThrottle } from "../sign-in/throttle";
import { cancelOpenTokens, consumeToken, issueToken, unsafeInspectToken, type TokenState } from "./tokens";

// Emailed links to choose a password (forgot password, or a first sign-in before ever having one)
// and username reminders. Callers answer the visitor the same way whatever happens here, and run
// these after the response is sent, so neither words nor timing say whether an address is known.

async function findPersonWhoMaySignIn(email: string) {
  const [person] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      kind: users.kind,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(users)
    .where(and(eq(users.email, email.trim().toLowerCase()), maySignIn))
    .limit(1);
  return person ?? null;
}

/**
 * Anyone: emails a link to choose a password, if the address belongs to someone who may sign in.
 * "first" applies only to people with no password yet. One link every few minutes at most.
 */
export async function unsafeRequestPasswordLink(email: string, reason: "reset" | "first", ip?: string) {
  const person = await findPersonWhoMaySignIn(email);
  if (!person || (reason === "first" && person.hasPassword)) return;
  // A failed sign-in without a password sends this email: it counts like any "email me" request.
  if (reason === "first" && !(await takeThrottle("email-request", { email: person.email, ip })).isAllowed) return;
  const [recent] = await db
    .select({ id: tokens.id })
    .from(tokens)
    .where(
      and(
        eq(tokens.userId, person.id),
        eq(tokens.purpose, "password_reset"),
        isNull(tokens.usedAt),
        isNull(tokens.cancelledAt),
        sql`${tokens.createdAt} > now() - interval '2 minutes'`,
      ),
    )
    .limit(1);
  if (recent) return;

  const brand = await getPublicBranding();
  await db.transaction(async (tx) => {
    await cancelOpenTokens(tx, "password_reset", person.id);
    const token = await issueToken(tx, { purpose: "password_reset", userId: person.id, ttlHours: env.PASSWORD_RESET_TTL_HOURS });
    await queueEmail(tx, {
      to: person.email,
      template: "password-link",
      props: {
        brand: brand.emailBrand,
        name: person.name,
        reason: person.hasPassword ? "reset" : "first",
        link: `${env.APP_URL}/reset-password/${token.raw}`,
        expiresAt: token.expiresAt.toISOString(),
      },
    });
    await recordAudit(tx, { action: "password_reset.requested", subjectUserId: person.id, ip, detail: { reason } });
  });
}

/**
 * Staff: emails a contact a link to choose a new password (the contact page's "send password-reset
 * link"). Staff never see or set the password. False if the contact may not sign in.
 */
export async function sendPasswordResetLink(viewer: StaffViewer, contactId: string, ip?: string) {
  assertStaff(viewer);
  if (!isUuid(contactId)) return false;
  const [contact] = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.id, contactId), eq(users.kind, "contact"), maySignIn));
  if (!contact) return false;
  await unsafeRequestPasswordLink(contact.email, "reset", ip);
  return true;
}

/** Anyone: emails the username (the sign-in address) and the accounts it opens, if the address may sign in. */
export async function unsafeRequestUsernameReminder(email: string, ip?: string) {
  const person = await findPersonWhoMaySignIn(email);
  if (!person) return;
  const memberships = await db
    .select({ name: accounts.name })
    .from(accountContacts)
    .innerJoin(accounts, eq(accounts.id, accountContacts.accountId))
    .where(eq(accountContacts.contactId, person.id))
    .orderBy(asc(accounts.name));
  const brand = await getPublicBranding();
  await db.transaction(async (tx) => {
    await queueEmail(tx, {
      to: person.email,
      template: "username-reminder",
      props: {
        brand: brand.emailBrand,
        name: person.name,
        username: person.email,
        accountNames: memberships.map((m) => m.name),
        signInUrl: `${env.APP_URL}/sign-in`,
      },
    });
    await recordAudit(tx, { action: "username.requested", subjectUserId: person.id, ip });
  });
}

export type PasswordLinkView = LinkHolder | { state: Exclude<TokenState, "valid"> };

/** Token holder: what the reset link shows before it is used. */
export async function unsafeInspectPasswordLink(rawToken: string): Promise<PasswordLinkView> {
  const token = await unsafeInspectToken("password_reset", rawToken);
  if (token.state !== "valid") return { state: token.state };
  if (!token.userId) return { state: "unknown" };
  const [person] = await db.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, token.userId));
  return person ? linkHolder(person) : { state: "unknown" };
}

/** Token holder: uses the link and stores the new password (judged and hashed by the caller). */
export async function unsafeSetPasswordByLink(rawToken: string, passwordHash: string, ip?: string) {
  return db.transaction(async (tx) => {
    const token = await consumeToken(tx, "password_reset", rawToken);
    if (!token?.userId) return null;
    const person = await storePassword(tx, token.userId, passwordHash);
    if (!person) return null;
    await recordAudit(tx, { action: "password.reset", actorUserId: person.id, subjectUserId: person.id, ip });
    return { email: person.email };
  });
}

/**
 * Inside a token-checked transaction: the new password hash, and every other session of the person
 * ends. Someone whose access was revoked after the link was sent gets nothing.
 */
export async function storePassword(tx: Transaction, userId: string, passwordHash: string) {
  const [person] = await tx
    .update(users)
    .set({ passwordHash, passwordSetAt: sql`now()` })
    .where(and(eq(users.id, userId), maySignIn))
    .returning({ id: users.id, email: users.email });
  if (person) await endOpenSessions(tx, person.id);
  return person ?? null;
}
