import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, invoices, registrations, users } from "@/db/schema";
import { env } from "@/env";
import { recordAudit } from "./audit";
import { unsafeGetBranding } from "./business";
import { queueEmail } from "./outbox";
import { consumeToken, issueToken } from "./tokens";

export type RegistrationInput = { email: string; name: string; accountNumber: string; billingPostcode: string; invoiceNumber: string };

/**
 * Anyone: records a registration and emails a link to confirm the address. Nothing else exists
 * until the link is followed; the caller answers the same whatever happens here.
 */
export async function unsafeStartRegistration(input: RegistrationInput, ip?: string) {
  const email = input.email.trim().toLowerCase();
  const brand = await unsafeGetBranding();
  await db.transaction(async (tx) => {
    const [registration] = await tx.insert(registrations).values({ ...input, email }).returning({ id: registrations.id });
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
  | { outcome: "no_match" }
  | { outcome: "link_unusable" };

/**
 * Token holder: confirms the address, then attaches the person to the account only if the account
 * number, billing postcode and a recent invoice number all match; the answer never says which did
 * not. Never creates an account, never touches a staff member.
 */
export async function unsafeConfirmRegistration(rawToken: string, ip?: string): Promise<RegistrationOutcome> {
  const brand = await unsafeGetBranding();
  return db.transaction(async (tx) => {
    const token = await consumeToken(tx, "registration", rawToken);
    if (!token?.registrationId) return { outcome: "link_unusable" };
    const [registration] = await tx.select().from(registrations).where(eq(registrations.id, token.registrationId));
    if (!registration) return { outcome: "link_unusable" };

    const normalise = (value: unknown) => sql`upper(regexp_replace(${value}, '\\s', '', 'g'))`;
    const [account] = await tx
      .select({ id: accounts.id, name: accounts.name })
      .from(accounts)
      .innerJoin(invoices, eq(invoices.accountId, accounts.id))
      .where(
        and(
          eq(accounts.number, registration.accountNumber.trim()),
          sql`${normalise(accounts.billingPostcode)} = ${normalise(registration.billingPostcode)}`,
          eq(invoices.number, registration.invoiceNumber.trim()),
          sql`${invoices.issuedOn} >= current_date - ${env.REGISTRATION_INVOICE_WINDOW_DAYS}::int`,
        ),
      )
      .limit(1);
    const [existing] = await tx.select({ id: users.id, kind: users.kind, hasPassword: sql<boolean>`${users.passwordHash} is not null` }).from(users).where(eq(users.email, registration.email));
    if (!account || existing?.kind === "staff") {
      await recordAudit(tx, { action: "registration.unmatched", ip, detail: { email: registration.email } });
      return { outcome: "no_match" };
    }

    const contactId =
      existing?.id ??
      (await tx.insert(users).values({ kind: "contact", email: registration.email, name: registration.name }).returning({ id: users.id }))[0]!.id;
    // Proving the link to the account is what opens the portal for them there.
    await tx
      .insert(accountContacts)
      .values({ accountId: account.id, contactId, loginState: "on" })
      .onConflictDoUpdate({ target: [accountContacts.accountId, accountContacts.contactId], set: { loginState: "on" } });
    await recordAudit(tx, { action: "registration.joined", actorUserId: contactId, subjectUserId: contactId, accountId: account.id, ip });

    const owners = await tx.select({ email: users.email }).from(users).where(and(eq(users.kind, "staff"), eq(users.staffRole, "owner")));
    for (const owner of owners) {
      await queueEmail(tx, {
        to: owner.email,
        template: "registration-notice",
        props: {
          brand: brand.emailBrand,
          name: registration.name,
          email: registration.email,
          accountName: account.name,
          contactUrl: `${env.APP_URL}/console/contacts/${contactId}`,
        },
      });
    }
    if (existing?.hasPassword) return { outcome: "joined", needsPassword: false };
    const passwordLink = await issueToken(tx, { purpose: "password_reset", userId: contactId, ttlHours: env.PASSWORD_RESET_TTL_HOURS });
    return { outcome: "joined", needsPassword: true, passwordToken: passwordLink.raw };
  });
}
