import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import { accountContacts, accounts, businessSettings, trustedBrowsers, twoFactorSecrets, users } from "@/db/schema";
import { createRawToken, hashToken } from "@/lib/security/tokens";
import { correlated } from "../records/lists";

// Who must use two-factor sign-in, and whether this browser may skip the code. Owners and admins
// must when the business says so (the default for a real business); a contact must when any of
// their accounts requires it; anyone else may choose to.

export const TRUSTED_BROWSER_DAYS = 30;
/** The cookie carrying a trusted browser's token; it means nothing until checked against its row. */
export const TRUSTED_BROWSER_COOKIE = "portal-trusted-browser";

export type TwoFactorRequirement = "role" | "account" | null;

/** Why two-factor is required of the person in the row (a column for a select on users). */
export const twoFactorRequirement = correlated(sql<TwoFactorRequirement>`case
  when ${users.kind} = 'staff' and ${users.staffRole} in ('owner', 'admin')
    and coalesce((select ${businessSettings.requireTwoFactorForAdmins} from ${businessSettings} where ${businessSettings.id} = 1), true) then 'role'
  when ${users.kind} = 'contact' and exists (select 1 from ${accountContacts} join ${accounts} on ${accounts.id} = ${accountContacts.accountId}
    where ${accountContacts.contactId} = ${users.id} and ${accounts.requireTwoFactor}) then 'account'
end`);

/** Whether the person in the row has two-factor on (a column for a select on users). */
export const hasTwoFactor = correlated(
  sql<boolean>`exists (select 1 from ${twoFactorSecrets} where ${twoFactorSecrets.userId} = ${users.id} and ${twoFactorSecrets.confirmedAt} is not null)`,
);

/** The step a sign-in still owes once its first credential is right, or null for none. */
export async function nextSignInStep(
  tx: Transaction,
  userId: string,
  trustedBrowserToken?: string,
): Promise<"two_factor" | "enrolment" | null> {
  const [person] = await tx
    .select({ isEnrolled: sql<boolean>`${twoFactorSecrets.confirmedAt} is not null`, requirement: twoFactorRequirement })
    .from(users)
    .leftJoin(twoFactorSecrets, eq(twoFactorSecrets.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (person?.isEnrolled) return (await isTrustedBrowser(tx, userId, trustedBrowserToken)) ? null : "two_factor";
  return person?.requirement ? "enrolment" : null;
}

async function isTrustedBrowser(tx: Database | Transaction, userId: string, rawToken?: string): Promise<boolean> {
  if (!rawToken || rawToken.length > 100) return false;
  const [trusted] = await tx
    .select({ id: trustedBrowsers.id })
    .from(trustedBrowsers)
    .where(
      and(
        eq(trustedBrowsers.tokenHash, hashToken(rawToken)),
        eq(trustedBrowsers.userId, userId),
        isNull(trustedBrowsers.forgottenAt),
        gt(trustedBrowsers.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  return Boolean(trusted);
}

/** Inside the caller's transaction, after a code was right: trusts this browser; returns the cookie's token. */
export async function trustBrowser(tx: Transaction, userId: string, sessionId: string): Promise<string> {
  const rawToken = createRawToken();
  await tx.insert(trustedBrowsers).values({
    userId,
    grantedInSessionId: sessionId,
    tokenHash: hashToken(rawToken),
    expiresAt: sql`now() + make_interval(days => ${TRUSTED_BROWSER_DAYS})`,
  });
  return rawToken;
}

/** Inside the caller's transaction: no browser of this person skips the code any more. */
export async function forgetTrustedBrowsers(tx: Transaction, userId: string) {
  await tx
    .update(trustedBrowsers)
    .set({ forgottenAt: sql`now()` })
    .where(and(eq(trustedBrowsers.userId, userId), isNull(trustedBrowsers.forgottenAt)));
}
