import { and, eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { accounts, auditEvents, businessSettings, emails, sessions, trustedBrowsers, users } from "@/db/schema";
import { hashPassword } from "@/lib/security/passwords";
import { hashToken } from "@/lib/security/tokens";
import { parseTotpKey, totpCodeAt } from "@/lib/security/totp";
import { endAllSessions } from "./sessions";
import { unsafeCheckPassword, type PasswordCheck } from "./password-check";
import { unsafeCheckSignInCode, unsafeRequestSignInCode } from "./codes";
import { createContact, ensureBusiness } from "../../testing/fixtures";
import {
  checkSecondStep,
  confirmEnrolment,
  getEnrolmentKey,
  getTwoFactorStatus,
  replaceRecoveryCodes,
  resetContactTwoFactor,
  resetStaffTwoFactor,
  turnOffTwoFactor,
} from "./two-factor";
import type { PendingSignIn, StaffViewer, Viewer } from "../viewer/viewer";

const PASSWORD = "amber-violin-tundra-seven";

beforeAll(async () => {
  await ensureBusiness();
  await db.update(businessSettings).set({ requireTwoFactorForAdmins: true });
});
afterAll(() => db.update(businessSettings).set({ requireTwoFactorForAdmins: true }));

async function createStaff(role: StaffViewer["role"]): Promise<StaffViewer> {
  const email = `staff-${randomUUID()}@example.test`;
  const [row] = await db
    .insert(users)
    .values({ kind: "staff", staffRole: role, name: `Test ${role}`, email, passwordHash: await hashPassword(PASSWORD) })
    .returning({ id: users.id });
  return { kind: "staff", userId: row!.id, sessionId: randomUUID(), name: `Test ${role}`, email, role };
}

async function databaseSeconds() {
  const [row] = await db.execute<{ seconds: number }>(sql`select extract(epoch from now())::float8 as seconds`);
  return Number(row!.seconds);
}

/** The code the person's app would show, `offsetSteps` steps from now (each use must be a later step). */
async function appCode(typedKey: string, offsetSteps = 0) {
  return totpCodeAt(parseTotpKey(typedKey), (await databaseSeconds()) + offsetSteps * 30);
}

/** What the sign-in step pages are given for a session waiting for its next step. */
async function pendingOf(check: PasswordCheck, person: { userId: string; email: string }): Promise<PendingSignIn> {
  if (check.outcome !== "signed_in") throw new Error(`expected a session, got ${check.outcome}`);
  const [session] = await db.select({ step: sessions.pendingStep }).from(sessions).where(eq(sessions.id, check.person.sessionId));
  if (!session?.step) throw new Error("expected the session to wait for a step");
  return {
    kind: "pending",
    userId: person.userId,
    sessionId: check.person.sessionId,
    step: session.step,
    name: "Test",
    email: person.email,
    personKind: "staff",
  };
}

async function stepOf(check: PasswordCheck) {
  if (check.outcome !== "signed_in") return check.outcome;
  const [session] = await db.select({ step: sessions.pendingStep }).from(sessions).where(eq(sessions.id, check.person.sessionId));
  return session?.step ?? "signed_in";
}

/** A member who has enrolled by choice, with their key and recovery codes. */
async function enrolledMember() {
  const member = await createStaff("member");
  const key = await getEnrolmentKey(member);
  if (key.state !== "ready") throw new Error("expected a key");
  const enrolled = await confirmEnrolment(member, await appCode(key.typedKey, -1));
  if (enrolled.outcome !== "accepted") throw new Error(`expected enrolment, got ${enrolled.outcome}`);
  return { member, typedKey: key.typedKey, recoveryCodes: enrolled.recoveryCodes };
}

const actionsOf = async (userId: string) =>
  (await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectUserId, userId))).map((row) => row.action);

describe("two-factor enrolment", () => {
  it("shows the same key until confirmed by a right code, then makes ten single-use recovery codes", async () => {
    const member = await createStaff("member");
    const first = await getEnrolmentKey(member);
    const again = await getEnrolmentKey(member);
    expect(first.state === "ready" && again.state === "ready" && first.typedKey === again.typedKey).toBe(true);
    if (first.state !== "ready") return;
    expect(first.keyUri).toMatch(/^otpauth:\/\/totp\//);
    expect(await confirmEnrolment(member, "000000")).toEqual({ outcome: "refused" });
    expect((await getTwoFactorStatus(member)).isEnrolled).toBe(false);

    const enrolled = await confirmEnrolment(member, await appCode(first.typedKey));
    expect(enrolled.outcome).toBe("accepted");
    if (enrolled.outcome !== "accepted") return;
    expect(enrolled.recoveryCodes).toHaveLength(10);
    expect(new Set(enrolled.recoveryCodes).size).toBe(10);
    expect(enrolled.recoveryCodes[0]).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect(await getTwoFactorStatus(member)).toMatchObject({ isEnrolled: true, recoveryCodesLeft: 10, requirement: null });
    expect(await getEnrolmentKey(member)).toEqual({ state: "enrolled" });
    expect(await actionsOf(member.userId)).toEqual(expect.arrayContaining(["two_factor.failed", "two_factor.enrolled"]));
  });

  it("is required where the policy says: owners and admins by the business setting, a contact by their account", async () => {
    const [owner, admin, member, designer] = await Promise.all([
      createStaff("owner"),
      createStaff("admin"),
      createStaff("member"),
      createStaff("designer"),
    ]);
    const signIn = (person: { email: string }) => unsafeCheckPassword({ email: person.email, password: PASSWORD });
    expect(await stepOf(await signIn(owner))).toBe("enrolment");
    expect(await stepOf(await signIn(admin))).toBe("enrolment");
    expect(await stepOf(await signIn(member))).toBe("signed_in");
    expect(await stepOf(await signIn(designer))).toBe("signed_in");

    await db.update(businessSettings).set({ requireTwoFactorForAdmins: false });
    expect(await stepOf(await signIn(owner))).toBe("signed_in");
    await db.update(businessSettings).set({ requireTwoFactorForAdmins: true });

    const contact = await createContact({ passwordHash: await hashPassword(PASSWORD) });
    expect(await stepOf(await signIn(contact))).toBe("signed_in");
    await db.update(accounts).set({ requireTwoFactor: true }).where(eq(accounts.id, contact.accountId));
    expect(await stepOf(await signIn(contact))).toBe("enrolment");
  });

  it("completes a sign-in that was waiting for it, which opened nothing until then", async () => {
    const admin = await createStaff("admin");
    const check = await unsafeCheckPassword({ email: admin.email, password: PASSWORD });
    const pending = await pendingOf(check, admin);
    expect(pending.step).toBe("enrolment");
    const [waiting] = await db.select({ expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.id, pending.sessionId));
    expect(waiting!.expiresAt.getTime()).toBeLessThan(Date.now() + 20 * 60_000);
    const key = await getEnrolmentKey(pending);
    if (key.state !== "ready") throw new Error("expected a key");
    expect((await confirmEnrolment(pending, await appCode(key.typedKey))).outcome).toBe("accepted");
    const [session] = await db
      .select({ step: sessions.pendingStep, expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(eq(sessions.id, pending.sessionId));
    expect(session!.step).toBeNull();
    expect(session!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
  });
});

describe("signing in with two-factor", () => {
  it("asks an enrolled person for a code after the password, and takes each code once", async () => {
    const { member, typedKey } = await enrolledMember();
    const pending = await pendingOf(await unsafeCheckPassword({ email: member.email, password: PASSWORD }), member);
    expect(pending.step).toBe("two_factor");
    expect(await checkSecondStep(pending, { code: "123456", trustBrowser: false })).toEqual({ outcome: "refused" });
    const code = await appCode(typedKey);
    expect((await checkSecondStep(pending, { code, trustBrowser: false })).outcome).toBe("accepted");

    // The same code, replayed on another sign-in, is refused.
    const replay = await pendingOf(await unsafeCheckPassword({ email: member.email, password: PASSWORD }), member);
    expect(await checkSecondStep(replay, { code, trustBrowser: false })).toEqual({ outcome: "refused" });
    expect((await checkSecondStep(replay, { code: await appCode(typedKey, 1), trustBrowser: false })).outcome).toBe("accepted");
  });

  it("takes a recovery code once, in any case and with or without its dash", async () => {
    const { member, recoveryCodes } = await enrolledMember();
    const first = await pendingOf(await unsafeCheckPassword({ email: member.email, password: PASSWORD }), member);
    expect(
      (await checkSecondStep(first, { code: ` ${recoveryCodes[0]!.replace("-", "").toUpperCase()} `, trustBrowser: false })).outcome,
    ).toBe("accepted");
    const second = await pendingOf(await unsafeCheckPassword({ email: member.email, password: PASSWORD }), member);
    expect(await checkSecondStep(second, { code: recoveryCodes[0]!, trustBrowser: false })).toEqual({ outcome: "refused" });
    expect((await getTwoFactorStatus(member)).recoveryCodesLeft).toBe(9);
    expect(await actionsOf(member.userId)).toEqual(expect.arrayContaining(["two_factor.recovery_code_used", "two_factor.failed"]));
  });

  it("skips the code in a trusted browser: only for that person, for 30 days, until they sign out everywhere", async () => {
    const { member, typedKey } = await enrolledMember();
    const pending = await pendingOf(await unsafeCheckPassword({ email: member.email, password: PASSWORD }), member);
    const trusted = await checkSecondStep(pending, { code: await appCode(typedKey), trustBrowser: true });
    if (trusted.outcome !== "accepted" || !trusted.trustedBrowserToken) throw new Error("expected a trusted browser");
    const token = trusted.trustedBrowserToken;
    const [row] = await db
      .select()
      .from(trustedBrowsers)
      .where(eq(trustedBrowsers.tokenHash, hashToken(token)));
    expect(row).toMatchObject({ userId: member.userId, grantedInSessionId: pending.sessionId, forgottenAt: null });
    expect(row!.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600_000);
    expect(await stepOf(await unsafeCheckPassword({ email: member.email, password: PASSWORD, trustedBrowserToken: token }))).toBe(
      "signed_in",
    );
    expect(await stepOf(await unsafeCheckPassword({ email: member.email, password: PASSWORD, trustedBrowserToken: "made-up" }))).toBe(
      "two_factor",
    );

    const other = await enrolledMember();
    expect(await stepOf(await unsafeCheckPassword({ email: other.member.email, password: PASSWORD, trustedBrowserToken: token }))).toBe(
      "two_factor",
    );

    await endAllSessions({ ...member, sessionId: pending.sessionId } as Viewer);
    expect(await stepOf(await unsafeCheckPassword({ email: member.email, password: PASSWORD, trustedBrowserToken: token }))).toBe(
      "two_factor",
    );
  });

  it("follows an emailed sign-in code as it follows a password", async () => {
    const contact = await createContact();
    const viewer = { kind: "contact", userId: contact.id, email: contact.email } as Viewer;
    const key = await getEnrolmentKey(viewer);
    if (key.state !== "ready") throw new Error("expected a key");
    expect((await confirmEnrolment(viewer, await appCode(key.typedKey))).outcome).toBe("accepted");
    await db.update(businessSettings).set({ signInCodesEnabled: true });
    try {
      await unsafeRequestSignInCode(contact.email);
      const [email] = await db
        .select({ props: emails.props })
        .from(emails)
        .where(and(eq(emails.toAddress, contact.email), eq(emails.template, "sign-in-code")));
      const code = (email!.props as { code: string }).code;
      expect(await stepOf(await unsafeCheckSignInCode({ email: contact.email, code }))).toBe("two_factor");
    } finally {
      await db.update(businessSettings).set({ signInCodesEnabled: false });
    }
  });

  it("limits tries at codes like passwords: after ten wrong ones even the right code waits", async () => {
    const { member, typedKey } = await enrolledMember();
    const pending = await pendingOf(await unsafeCheckPassword({ email: member.email, password: PASSWORD }), member);
    for (let attempt = 0; attempt < 10; attempt++)
      await checkSecondStep(pending, { code: "000000", trustBrowser: false }, `198.51.100.${attempt}`);
    expect(await checkSecondStep(pending, { code: await appCode(typedKey), trustBrowser: false })).toMatchObject({ outcome: "throttled" });
    const throttled = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, member.userId), eq(auditEvents.action, "two_factor.throttled")));
    expect(throttled.length).toBeGreaterThan(0);
  });
});

describe("managing two-factor", () => {
  it("makes new recovery codes for an app code, and the old ones stop working", async () => {
    const { member, typedKey, recoveryCodes } = await enrolledMember();
    const fresh = await replaceRecoveryCodes(member, await appCode(typedKey));
    if (fresh.outcome !== "accepted") throw new Error("expected new codes");
    const pending = await pendingOf(await unsafeCheckPassword({ email: member.email, password: PASSWORD }), member);
    expect(await checkSecondStep(pending, { code: recoveryCodes[1]!, trustBrowser: false })).toEqual({ outcome: "refused" });
    expect((await checkSecondStep(pending, { code: fresh.recoveryCodes[1]!, trustBrowser: false })).outcome).toBe("accepted");
  });

  it("turns off only with the password and a code, and never where it is required", async () => {
    const { member, typedKey } = await enrolledMember();
    expect(await turnOffTwoFactor(member, { password: "wrong-password", code: await appCode(typedKey) })).toEqual({
      outcome: "wrong_password",
    });
    expect(await turnOffTwoFactor(member, { password: PASSWORD, code: "000000" })).toEqual({ outcome: "refused" });
    expect((await getTwoFactorStatus(member)).isEnrolled).toBe(true);
    expect(await turnOffTwoFactor(member, { password: PASSWORD, code: await appCode(typedKey) })).toEqual({ outcome: "accepted" });
    expect((await getTwoFactorStatus(member)).isEnrolled).toBe(false);
    expect(await stepOf(await unsafeCheckPassword({ email: member.email, password: PASSWORD }))).toBe("signed_in");

    const admin = await createStaff("admin");
    expect(await turnOffTwoFactor(admin, { password: PASSWORD, code: "000000" })).toEqual({ outcome: "required", requirement: "role" });
  });

  it("can be reset by an owner for a colleague (whose sessions end), by nobody else, and never for a client", async () => {
    const { member } = await enrolledMember();
    const owner = await createStaff("owner");
    const admin = await createStaff("admin");
    await expect(resetStaffTwoFactor(admin, member.userId)).rejects.toThrow();
    const check = await unsafeCheckPassword({ email: member.email, password: PASSWORD });
    expect(await resetStaffTwoFactor(owner, member.userId, "203.0.113.4")).toBe(true);
    expect((await getTwoFactorStatus(member)).isEnrolled).toBe(false);
    if (check.outcome === "signed_in") {
      const [session] = await db.select({ endedAt: sessions.endedAt }).from(sessions).where(eq(sessions.id, check.person.sessionId));
      expect(session!.endedAt).not.toBeNull();
    }
    expect(await actionsOf(member.userId)).toContain("two_factor.reset");
    expect(await resetStaffTwoFactor(owner, member.userId)).toBe(false);

    const contact = await createContact({ passwordHash: await hashPassword(PASSWORD) });
    expect(await resetStaffTwoFactor(owner, contact.id)).toBe(false);
    expect(await resetStaffTwoFactor(owner, "not-an-id")).toBe(false);
  });

  it("can be reset for a client by staff who work with clients, not by a designer, and only for a client", async () => {
    const contact = await createContact();
    const viewer = { kind: "contact", userId: contact.id, email: contact.email } as Viewer;
    const key = await getEnrolmentKey(viewer);
    if (key.state !== "ready") throw new Error("expected a key");
    await confirmEnrolment(viewer, await appCode(key.typedKey));
    const designer = await createStaff("designer");
    await expect(resetContactTwoFactor(designer, contact.id)).rejects.toThrow();
    const { member: enrolledColleague } = await enrolledMember();
    const member = await createStaff("member");
    expect(await resetContactTwoFactor(member, enrolledColleague.userId)).toBe(false);
    expect(await resetContactTwoFactor(member, contact.id)).toBe(true);
    expect((await getTwoFactorStatus(viewer)).isEnrolled).toBe(false);
    expect(await actionsOf(contact.id)).toContain("two_factor.reset");
  });
});
