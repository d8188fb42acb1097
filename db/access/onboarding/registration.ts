import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { accountContacts, accounts, auditEvents, invoices, registrations, tokens, users } from "@/db/schema";
import { hashToken } from "@/lib/security/tokens";
import type { RegistrationNoticeOutcome } from "@/emails/catalog";
import { env } from "@/env";
import { recordAudit } from "../kit/audit";
import { getPublicBranding } from "../branding/live";
import { queueEmail } from "../outbox/outbox";
import { mayUseAccount } from "../viewer/login-rule";
import { correlated } from "../records/lists";
import { takeThrottle } from "../sign-in/throttle";
import { consumeToken, issueToken } from "./tokens";

export type RegistrationInput = { email: string; name: string; accountNumber: string; billingPostcode: string; invoiceNumber: string };

/**
 * Anyone: records a registration and emails a link to confirm the address. Nothing else exists
 * until the link is followed; the caller answers the same whatever happens here.
 */
export async function unsafeStartRegistration(input: RegistrationInput, ip?: string) {
  const email = input.email.trim().toLowerCase();
  const brand = await getPublicBranding();
  await db.transaction(async (tx) => {
    const [registration] = await tx
      .insert(registrations)
      .values({ ...input, email })
      .returning({ id: registrations.id });
    const token = await issueToken(tx, { purpose: "registration", registrationId: registration!.id, ttlHours: env.REGISTRATION_TTL_HOURS });
    await queueEmail(tx, {
      to: email,
      template: "registration-confirm",
      props: {
        brand: brand.emailBrand,
        name: input.name,
        link: `${env.APP_URL}/register/confirm/${token.raw}`,
        expiresAt: token.expiresAt.toISOString(),
      },
    });
    await recordAudit(tx, { action: "registration.requested", ip, detail: { email, accountNumber: input.accountNumber } });
  });
}

export type RegistrationOutcome =
  | { outcome: "joined"; needsPassword: true; passwordToken: string }
  | { outcome: "joined"; needsPassword: false }
  | { outcome: "awaiting_staff" }
  | { outcome: "no_match" }
  | { outcome: "link_unusable" }
  | { outcome: "throttled"; retryAfterSeconds: number };

// After this many misses in an hour naming one account number, the owners hear of it (once).
const MISSES_BEFORE_ALERT = 5;

const normalise = (value: unknown) => sql`upper(regexp_replace(${value}, '\\s', '', 'g'))`;

/**
 * Token holder: confirms the address, then attaches the person to the account only if the account
 * number, billing postcode and a recent issued invoice's number all match, and never further than
 * staff allow: an account whose portal is disabled is not joined, a person staff switched off
 * stays off, and where only selected people may sign in the person waits for staff. The answer
 * never says which detail did not match or which staff decision refused. Attempts are limited per
 * IP and per account number; repeated misses for one account alert its owners.
 */
export async function unsafeConfirmRegistration(rawToken: string, ip?: string): Promise<RegistrationOutcome> {
  const [pending] = await db
    .select({ accountNumber: registrations.accountNumber })
    .from(registrations)
    .innerJoin(tokens, eq(tokens.registrationId, registrations.id))
    .where(eq(tokens.tokenHash, hashToken(rawToken)))
    .limit(1);
  const accountNumber = pending?.accountNumber.replace(/\s/g, "").toUpperCase();
  const verdict = await takeThrottle("registration-confirm", { ip, account: accountNumber });
  if (!verdict.isAllowed) return { outcome: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  if (!pending) return { outcome: "link_unusable" };

  const brand = await getPublicBranding();
  return db.transaction(async (tx) => {
    const token = await consumeToken(tx, "registration", rawToken);
    if (!token?.registrationId) return { outcome: "link_unusable" };
    const [registration] = await tx.select().from(registrations).where(eq(registrations.id, token.registrationId));
    if (!registration) return { outcome: "link_unusable" };

    // Nested SQL, so drizzle qualifies the account's columns inside the subquery (see correlated()).
    const isProven = sql<boolean>`${normalise(accounts.billingPostcode)} = ${normalise(registration.billingPostcode)} and exists (
      select 1 from ${invoices} where ${invoices.accountId} = ${accounts.id} and ${invoices.number} = ${registration.invoiceNumber.trim()}
        and ${invoices.status} <> 'draft' and ${invoices.issuedOn} >= current_date - ${env.REGISTRATION_INVOICE_WINDOW_DAYS}::int)`;
    const [account] = await tx
      .select({ id: accounts.id, name: accounts.name, portalAccess: accounts.portalAccess, isProven: correlated(isProven) })
      .from(accounts)
      .where(eq(accounts.number, registration.accountNumber.trim()))
      .limit(1);
    const [existing] = await tx
      .select({
        id: users.id,
        kind: users.kind,
        loginState: users.loginState,
        hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      })
      .from(users)
      .where(eq(users.email, registration.email));
    const notifyOwners = (outcome: RegistrationNoticeOutcome, link: string) =>
      queueOwnerNotice(tx, { brand, registration, accountName: account!.name, outcome, link });

    if (!account?.isProven || existing?.kind === "staff") {
      await recordAudit(tx, { action: "registration.unmatched", ip, accountId: account?.id, detail: { email: registration.email } });
      if (account && (await countRecentMisses(tx, account.id)) === MISSES_BEFORE_ALERT)
        await notifyOwners("misses", `${env.APP_URL}/console/accounts/${account.id}`);
      return { outcome: "no_match" };
    }

    const [membership] = existing
      ? await tx
          .select({ loginState: accountContacts.loginState })
          .from(accountContacts)
          .where(and(eq(accountContacts.accountId, account.id), eq(accountContacts.contactId, existing.id)))
      : [];
    if (account.portalAccess === "disabled" || existing?.loginState === "off" || membership?.loginState === "off") {
      await recordAudit(tx, {
        action: "registration.refused",
        subjectUserId: existing?.id,
        accountId: account.id,
        ip,
        detail: { email: registration.email },
      });
      await notifyOwners("refused", `${env.APP_URL}/console/accounts/${account.id}`);
      return { outcome: "no_match" };
    }

    const contactId =
      existing?.id ??
      (
        await tx.insert(users).values({ kind: "contact", email: registration.email, name: registration.name }).returning({ id: users.id })
      )[0]!.id;
    // Proving the link makes them a contact of the account; whether they may sign in is still
    // staff's rule (the account's mode, the business switch), never raised by registering.
    await tx.insert(accountContacts).values({ accountId: account.id, contactId }).onConflictDoNothing();
    const [access] = await tx
      .select({ mayUse: mayUseAccount })
      .from(accountContacts)
      .innerJoin(users, eq(users.id, accountContacts.contactId))
      .innerJoin(accounts, eq(accounts.id, accountContacts.accountId))
      .where(and(eq(accountContacts.accountId, account.id), eq(accountContacts.contactId, contactId)));
    const contactUrl = `${env.APP_URL}/console/contacts/${contactId}`;
    if (!access?.mayUse) {
      await recordAudit(tx, {
        action: "registration.awaiting_staff",
        actorUserId: contactId,
        subjectUserId: contactId,
        accountId: account.id,
        ip,
      });
      await notifyOwners("awaiting", contactUrl);
      return { outcome: "awaiting_staff" };
    }
    await recordAudit(tx, { action: "registration.joined", actorUserId: contactId, subjectUserId: contactId, accountId: account.id, ip });
    await notifyOwners("joined", contactUrl);
    if (existing?.hasPassword) return { outcome: "joined", needsPassword: false };
    const passwordLink = await issueToken(tx, { purpose: "password_reset", userId: contactId, ttlHours: env.PASSWORD_RESET_TTL_HOURS });
    return { outcome: "joined", needsPassword: true, passwordToken: passwordLink.raw };
  });
}

async function countRecentMisses(tx: Transaction, accountId: string) {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, "registration.unmatched"),
        eq(auditEvents.accountId, accountId),
        sql`${auditEvents.createdAt} > now() - interval '1 hour'`,
      ),
    );
  return row?.count ?? 0;
}

async function queueOwnerNotice(
  tx: Transaction,
  notice: {
    brand: Awaited<ReturnType<typeof getPublicBranding>>;
    registration: { name: string; email: string };
    accountName: string;
    outcome: RegistrationNoticeOutcome;
    link: string;
  },
) {
  const owners = await tx
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.kind, "staff"), eq(users.staffRole, "owner")));
  for (const owner of owners) {
    await queueEmail(tx, {
      to: owner.email,
      template: "registration-notice",
      props: {
        brand: notice.brand.emailBrand,
        name: notice.registration.name,
        email: notice.registration.email,
        accountName: notice.accountName,
        contactUrl: notice.link,
        outcome: notice.outcome,
      },
    });
  }
}
