import "server-only";
import { linkHolder, type LinkHolder } from "../sign-in/guessable-words";
import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { auditEvents, tokens, users } from "@/db/schema";
import { env } from "@/env";
import { recordAudit } from "../kit/audit";
import { getPublicBranding } from "../branding/live";
import { isUuid } from "../kit/ids";
import { queueEmail } from "../outbox/outbox";
import { correlated } from "../records/lists";
import { endOpenSessions } from "../sign-in/sessions";
import { mayUseArea } from "../viewer/staff-roles";
import { cancelOpenTokens, consumeToken, issueToken, unsafeInspectToken, type TokenState } from "../onboarding/tokens";
import { hasTwoFactor } from "../sign-in/two-factor-policy";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

// Console › Team: the business's staff. Owners manage everyone; admins everyone but owners. The
// last active owner can be neither demoted nor deactivated, so a business can never lock itself out.

export type StaffRole = StaffViewer["role"];
export const roleLabels: Record<StaffRole, string> = { owner: "an owner", admin: "an admin", member: "a member", designer: "a designer" };

// Nested (correlated()), so drizzle qualifies users.id inside the subquery.
const hasOpenInvitation =
  correlated(sql<boolean>`exists (select 1 from ${tokens} t where t.user_id = ${users.id} and t.purpose = 'staff_invitation'
  and t.used_at is null and t.cancelled_at is null and t.expires_at > now())`);

/** Owners and admins: everyone on the team, with what state they are in. */
export async function listTeam(viewer: StaffViewer) {
  assertStaff(viewer, "team");
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.staffRole,
      lastLoginAt: users.lastLoginAt,
      isDeactivated: sql<boolean>`${users.loginState} = 'off'`,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      hasOpenInvitation,
      hasTwoFactor,
    })
    .from(users)
    .where(eq(users.kind, "staff"))
    .orderBy(asc(users.name), asc(users.email));
  return rows.map((row) => ({
    ...row,
    role: row.role ?? "member",
    state: row.isDeactivated
      ? ("deactivated" as const)
      : row.hasPassword
        ? ("active" as const)
        : row.hasOpenInvitation
          ? ("invited" as const)
          : ("invitation_ended" as const),
    mayManage: mayManage(viewer, row.role ?? "member") && row.id !== viewer.userId,
    mayResetTwoFactor: row.hasTwoFactor && row.id !== viewer.userId && mayUseArea(viewer, "team_security"),
  }));
}

function mayManage(viewer: StaffViewer, role: StaffRole) {
  return viewer.role === "owner" || role !== "owner";
}

export type TeamResult = { ok: true } | { ok: false; error: "not_found" | "not_allowed" | "address_taken" | "last_owner" | "self" };

/** Owners and admins: invites a colleague with a role (admins cannot make owners). A repeated request key sends once. */
export async function inviteStaff(
  viewer: StaffViewer,
  input: { email: string; name: string; role: StaffRole; message?: string; requestKey: string },
  ip?: string,
): Promise<TeamResult> {
  assertStaff(viewer, "team");
  if (!mayManage(viewer, input.role)) return { ok: false, error: "not_allowed" };
  const email = input.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const [seen] = await tx
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "team.invited"), sql`${auditEvents.detail}->>'requestKey' = ${input.requestKey}`))
      .limit(1);
    if (seen) return { ok: true };
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (taken) return { ok: false, error: "address_taken" };
    const [person] = await tx
      .insert(users)
      .values({ kind: "staff", staffRole: input.role, name: input.name.trim(), email })
      .returning({ id: users.id });
    await sendStaffInvitation(tx, viewer, { id: person!.id, email, name: input.name.trim(), role: input.role }, input.message);
    await recordAudit(tx, {
      action: "team.invited",
      actorUserId: viewer.userId,
      subjectUserId: person!.id,
      ip,
      detail: { role: input.role, requestKey: input.requestKey },
    });
    return { ok: true };
  });
}

async function sendStaffInvitation(
  tx: Transaction,
  viewer: StaffViewer,
  person: { id: string; email: string; name: string; role: StaffRole },
  message?: string,
) {
  const brand = await getPublicBranding();
  await cancelOpenTokens(tx, "staff_invitation", person.id);
  const token = await issueToken(tx, { purpose: "staff_invitation", userId: person.id, ttlHours: env.INVITATION_TTL_HOURS });
  await queueEmail(tx, {
    to: person.email,
    template: "staff-invitation",
    props: {
      brand: brand.emailBrand,
      name: person.name,
      inviterName: viewer.name,
      roleLabel: roleLabels[person.role],
      message: message?.trim() || null,
      acceptUrl: `${env.APP_URL}/team-invitation/${token.raw}`,
      expiresAt: token.expiresAt.toISOString(),
    },
  });
}

// One team member the viewer may manage, locked for the rest of the transaction.
async function lockManageable(tx: Transaction, viewer: StaffViewer, userId: string) {
  if (!isUuid(userId)) return null;
  const [person] = await tx
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.staffRole,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.kind, "staff")))
    .for("update");
  if (!person) return null;
  return { ...person, role: person.role ?? "member" };
}

// Owners' rows are locked first, so two changes at once cannot both remove "the other" owner.
async function otherActiveOwners(tx: Transaction, exceptId: string) {
  const owners = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.kind, "staff"), eq(users.staffRole, "owner"), ne(users.loginState, "off"), ne(users.id, exceptId)))
    .for("update");
  return owners.length;
}

/** Owners and admins: sends a not-yet-activated colleague a fresh invitation (the old link stops working). */
export async function resendStaffInvitation(viewer: StaffViewer, userId: string, ip?: string): Promise<TeamResult> {
  assertStaff(viewer, "team");
  return db.transaction(async (tx) => {
    const person = await lockManageable(tx, viewer, userId);
    if (!person || person.hasPassword) return { ok: false, error: "not_found" };
    if (!mayManage(viewer, person.role)) return { ok: false, error: "not_allowed" };
    await sendStaffInvitation(tx, viewer, person);
    await recordAudit(tx, { action: "team.invitation_resent", actorUserId: viewer.userId, subjectUserId: person.id, ip });
    return { ok: true };
  });
}

/** Owners and admins: cancels an open invitation; the person stays listed, and can be invited again. */
export async function cancelStaffInvitation(viewer: StaffViewer, userId: string, ip?: string): Promise<TeamResult> {
  assertStaff(viewer, "team");
  return db.transaction(async (tx) => {
    const person = await lockManageable(tx, viewer, userId);
    if (!person || person.hasPassword) return { ok: false, error: "not_found" };
    if (!mayManage(viewer, person.role)) return { ok: false, error: "not_allowed" };
    await cancelOpenTokens(tx, "staff_invitation", person.id);
    await recordAudit(tx, { action: "team.invitation_cancelled", actorUserId: viewer.userId, subjectUserId: person.id, ip });
    return { ok: true };
  });
}

/** Owners and admins: a new role (only owners make or unmake owners; the last active owner stays one). */
export async function setStaffRole(viewer: StaffViewer, userId: string, role: StaffRole, ip?: string): Promise<TeamResult> {
  assertStaff(viewer, "team");
  return db.transaction(async (tx) => {
    const person = await lockManageable(tx, viewer, userId);
    if (!person) return { ok: false, error: "not_found" };
    if (!mayManage(viewer, person.role) || !mayManage(viewer, role)) return { ok: false, error: "not_allowed" };
    if (person.role === "owner" && role !== "owner" && (await otherActiveOwners(tx, person.id)) === 0)
      return { ok: false, error: "last_owner" };
    await tx.update(users).set({ staffRole: role }).where(eq(users.id, person.id));
    await recordAudit(tx, {
      action: "team.role_changed",
      actorUserId: viewer.userId,
      subjectUserId: person.id,
      ip,
      detail: { from: person.role, to: role },
    });
    return { ok: true };
  });
}

/**
 * Owners and admins: deactivates (their sessions end at once; what they wrote keeps their name) or
 * reactivates a colleague. Nobody deactivates themselves, and the last active owner stays.
 */
export async function setStaffActive(viewer: StaffViewer, userId: string, isActive: boolean, ip?: string): Promise<TeamResult> {
  assertStaff(viewer, "team");
  if (userId === viewer.userId) return { ok: false, error: "self" };
  return db.transaction(async (tx) => {
    const person = await lockManageable(tx, viewer, userId);
    if (!person) return { ok: false, error: "not_found" };
    if (!mayManage(viewer, person.role)) return { ok: false, error: "not_allowed" };
    if (!isActive && person.role === "owner" && (await otherActiveOwners(tx, person.id)) === 0) return { ok: false, error: "last_owner" };
    await tx
      .update(users)
      .set({ loginState: isActive ? "inherit" : "off", loginStateSetAt: sql`now()` })
      .where(eq(users.id, person.id));
    if (!isActive) {
      await endOpenSessions(tx, person.id);
      await cancelOpenTokens(tx, "staff_invitation", person.id);
    }
    await recordAudit(tx, {
      action: isActive ? "team.reactivated" : "team.deactivated",
      actorUserId: viewer.userId,
      subjectUserId: person.id,
      ip,
    });
    return { ok: true };
  });
}

export type StaffInvitationView = LinkHolder | { state: Exclude<TokenState, "valid"> };

/** Token holder: what the team invitation link shows before it is used. */
export async function unsafeInspectStaffInvitation(rawToken: string): Promise<StaffInvitationView> {
  const token = await unsafeInspectToken("staff_invitation", rawToken);
  if (token.state !== "valid") return { state: token.state };
  const [person] = await db
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.id, token.userId!), eq(users.kind, "staff"), ne(users.loginState, "off")));
  return person ? linkHolder(person) : { state: "unknown" };
}

/** Token holder: uses the invitation and stores the chosen password (judged and hashed by the caller), in one transaction. */
export async function unsafeAcceptStaffInvitation(rawToken: string, passwordHash: string, ip?: string) {
  return db.transaction(async (tx) => {
    const token = await consumeToken(tx, "staff_invitation", rawToken);
    if (!token?.userId) return null;
    const [person] = await tx
      .update(users)
      .set({ passwordHash, passwordSetAt: sql`now()` })
      .where(and(eq(users.id, token.userId), eq(users.kind, "staff"), ne(users.loginState, "off"), isNull(users.passwordHash)))
      .returning({ id: users.id, email: users.email });
    if (!person) return null;
    await recordAudit(tx, { action: "team.joined", actorUserId: person.id, subjectUserId: person.id, ip });
    return { email: person.email };
  });
}
