import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, businessSettings, users } from "@/db/schema";
import { recordAudit, type AuditAction } from "../kit/audit";
import { isUuid } from "../kit/ids";
import { contactLoginState } from "../viewer/login-rule";
import { assertStaff, type StaffViewer } from "../viewer/viewer";
import { endOpenSessions } from "../sign-in/sessions";

export type LoginState = "inherit" | "on" | "off";
export type PortalAccess = "inherit" | "disabled" | "all" | "selected";

/** Staff: the business-wide switches, and how many contacts "enable for all" would switch on. */
export async function getLoginSettings(viewer: StaffViewer) {
  assertStaff(viewer);
  const [settings] = await db
    .select({
      allowCustomerLogin: businessSettings.allowCustomerLogin,
      loginsEnabledAt: businessSettings.loginsEnabledAt,
      signInCodesEnabled: businessSettings.signInCodesEnabled,
      requireTwoFactorForAdmins: businessSettings.requireTwoFactorForAdmins,
      isDemo: businessSettings.isDemo,
    })
    .from(businessSettings)
    .where(eq(businessSettings.id, 1));
  const [{ notYetOn } = { notYetOn: 0 }] = await db
    .select({ notYetOn: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.kind, "contact"), sql`${contactLoginState} <> 'on'`));
  return {
    allowCustomerLogin: settings?.allowCustomerLogin ?? false,
    signInCodesEnabled: settings?.signInCodesEnabled ?? false,
    loginsEnabledAt: settings?.loginsEnabledAt ?? null,
    requireTwoFactorForAdmins: settings?.requireTwoFactorForAdmins ?? true,
    isDemo: settings?.isDemo ?? false,
    notYetOn,
  };
}

/** Staff: "allow customers to sign in". One row, whatever the number of contacts. */
export async function setAllowCustomerLogin(viewer: StaffViewer, isAllowed: boolean, ip?: string) {
  assertStaff(viewer, "settings");
  await db.transaction(async (tx) => {
    await tx
      .update(businessSettings)
      .set({ allowCustomerLogin: isAllowed, updatedAt: sql`now()` })
      .where(eq(businessSettings.id, 1));
    await recordAudit(tx, {
      action: "settings.customer_login_changed",
      actorUserId: viewer.userId,
      ip,
      detail: { allowCustomerLogin: isAllowed },
    });
  });
}

/** Owners and admins: offer clients "email me a sign-in code" on the sign-in page. */
export async function setSignInCodesEnabled(viewer: StaffViewer, isEnabled: boolean, ip?: string) {
  assertStaff(viewer, "settings");
  await db.transaction(async (tx) => {
    await tx
      .update(businessSettings)
      .set({ signInCodesEnabled: isEnabled, updatedAt: sql`now()` })
      .where(eq(businessSettings.id, 1));
    await recordAudit(tx, {
      action: "settings.sign_in_codes_changed",
      actorUserId: viewer.userId,
      ip,
      detail: { signInCodesEnabled: isEnabled },
    });
  });
}

/**
 * Owners only: whether owners and admins must use two-factor sign-in. It applies from their next
 * sign-in (those without it set up enrol right after their password).
 */
export async function setRequireTwoFactorForAdmins(viewer: StaffViewer, isRequired: boolean, ip?: string) {
  assertStaff(viewer, "team_security");
  await db.transaction(async (tx) => {
    await tx
      .update(businessSettings)
      .set({ requireTwoFactorForAdmins: isRequired, updatedAt: sql`now()` })
      .where(eq(businessSettings.id, 1));
    await recordAudit(tx, {
      action: "settings.two_factor_changed",
      actorUserId: viewer.userId,
      ip,
      detail: { requireTwoFactorForAdmins: isRequired },
    });
  });
}

/**
 * Staff: "enable login for all existing contacts". Records the moment instead of rewriting every
 * contact (see login-rule.ts), so it costs one row for 10 contacts or 100,000; a contact's own
 * setting made later still counts, and contacts created later follow the usual rules.
 */
export async function enableLoginForAllContacts(viewer: StaffViewer, ip?: string) {
  assertStaff(viewer, "settings");
  return db.transaction(async (tx) => {
    const [{ changed } = { changed: 0 }] = await tx
      .select({ changed: sql<number>`count(*)::int` })
      .from(users)
      .where(and(eq(users.kind, "contact"), sql`${contactLoginState} <> 'on'`));
    await tx
      .update(businessSettings)
      .set({ loginsEnabledAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(businessSettings.id, 1));
    await recordAudit(tx, { action: "settings.login_enabled_for_all", actorUserId: viewer.userId, ip, detail: { contacts: changed } });
    return changed;
  });
}

export type AccountSignIn = {
  portalAccess: PortalAccess;
  requireTwoFactor: boolean;
  /** Each listed person's own toggle at this account; people not listed keep theirs. */
  people: { contactId: string; state: LoginState }[];
};

/**
 * Staff: who at one account may sign in (the account's mode, two-factor, each person's toggle),
 * saved together in one transaction; each change that is really a change is audited.
 */
export async function setAccountSignIn(viewer: StaffViewer, accountId: string, settings: AccountSignIn, ip?: string) {
  assertStaff(viewer, "clients");
  if (!isUuid(accountId) || !settings.people.every((person) => isUuid(person.contactId))) return false;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ portalAccess: accounts.portalAccess, requireTwoFactor: accounts.requireTwoFactor })
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .for("update");
    if (!before) return false;
    const audit = (action: AuditAction, detail: Record<string, unknown>, subjectUserId?: string) =>
      recordAudit(tx, { action, actorUserId: viewer.userId, subjectUserId, accountId, ip, detail });
    if (before.portalAccess !== settings.portalAccess || before.requireTwoFactor !== settings.requireTwoFactor) {
      await tx
        .update(accounts)
        .set({ portalAccess: settings.portalAccess, requireTwoFactor: settings.requireTwoFactor })
        .where(eq(accounts.id, accountId));
      if (before.portalAccess !== settings.portalAccess) await audit("account.portal_access_changed", { mode: settings.portalAccess });
      if (before.requireTwoFactor !== settings.requireTwoFactor)
        await audit("account.two_factor_changed", { requireTwoFactor: settings.requireTwoFactor });
    }
    for (const person of settings.people) {
      const changed = await tx
        .update(accountContacts)
        .set({ loginState: person.state })
        .where(
          and(
            eq(accountContacts.accountId, accountId),
            eq(accountContacts.contactId, person.contactId),
            ne(accountContacts.loginState, person.state),
          ),
        )
        .returning({ contactId: accountContacts.contactId });
      if (changed.length) await audit("account.contact_login_changed", { state: person.state }, person.contactId);
    }
    return true;
  });
}

/**
 * Staff: a contact's own login setting. Switching it off also ends their sessions at once
 * (revoke access): the next request of any of their browsers finds a newer session version.
 */
export async function setContactLogin(viewer: StaffViewer, contactId: string, state: LoginState, ip?: string) {
  assertStaff(viewer);
  if (!isUuid(contactId)) return false;
  const isRevoke = state === "off";
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({
        loginState: state,
        loginStateSetAt: sql`now()`,
      })
      .where(and(eq(users.id, contactId), eq(users.kind, "contact"), ne(users.id, viewer.userId)))
      .returning({ id: users.id });
    if (updated.length === 0) return false;
    if (isRevoke) await endOpenSessions(tx, contactId);
    await recordAudit(tx, {
      action: isRevoke ? "contact.access_revoked" : "contact.login_changed",
      actorUserId: viewer.userId,
      subjectUserId: contactId,
      ip,
      detail: { state },
    });
    return true;
  });
}
