import "server-only";
import { randomBytes } from "node:crypto";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { and, count, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { recoveryCodes, sessions, twoFactorSecrets, users } from "@/db/schema";
import { keyedHash, seal, unseal } from "@/lib/security/server-keys";
import { formatTotpKey, matchTotpStep, newTotpKey, totpKeyUri } from "@/lib/security/totp";
import { recordAudit } from "../kit/audit";
import { getPublicBranding } from "../branding/live";
import { isUuid } from "../kit/ids";
import { endOpenSessions } from "./sessions";
import { completeSignIn, confirmOwnPassword } from "./password-check";
import { takeThrottle } from "./throttle";
import { forgetTrustedBrowsers, trustBrowser, twoFactorRequirement, type TwoFactorRequirement } from "./two-factor-policy";
import { assertStaff, type PendingSignIn, type StaffViewer, type Viewer } from "../viewer/viewer";

// Two-factor sign-in with an authenticator app: enrolling (confirmed by a first code, then ten
// recovery codes shown once), the code after the password, new recovery codes, turning it off
// (password and code), and an owner resetting a colleague's. Every code is tried under the
// "second-factor" limits, counts once, and every outcome is in the audit log.

const RECOVERY_CODE_COUNT = 10;
// An enrolment not confirmed within this time starts again with a new key.
const ENROLMENT_KEY_MINUTES = 30;

/** A signed-in person acting for themselves (never while viewing as someone), or a sign-in owing enrolment. */
type Enroller = Viewer | PendingSignIn;

export type CodeCheck<T> = ({ outcome: "accepted" } & T) | { outcome: "refused" } | { outcome: "throttled"; retryAfterSeconds: number };

function assertActsForThemselves(who: Enroller) {
  if (who.kind === "contact" && who.viewAs) throw new Error("Nothing may be changed while viewing as someone.");
  if (who.kind === "pending" && who.step !== "enrolment") throw new Error("This sign-in is waiting for a code, not for enrolment.");
}

/** Any signed-in person: whether they use two-factor, whether they must, and how many recovery codes are left. */
export async function getTwoFactorStatus(viewer: Viewer) {
  const [row] = await db
    .select({
      confirmedAt: twoFactorSecrets.confirmedAt,
      requirement: twoFactorRequirement,
      recoveryCodesLeft: sql<number>`(select count(*)::int from ${recoveryCodes} where ${recoveryCodes.userId} = ${users.id} and ${recoveryCodes.usedAt} is null)`,
    })
    .from(users)
    .leftJoin(twoFactorSecrets, eq(twoFactorSecrets.userId, users.id))
    .where(eq(users.id, viewer.userId))
    .limit(1);
  return {
    isEnrolled: Boolean(row?.confirmedAt),
    enrolledAt: row?.confirmedAt ?? null,
    requirement: (row?.requirement ?? null) as TwoFactorRequirement,
    recoveryCodesLeft: row?.recoveryCodesLeft ?? 0,
  };
}

/**
 * The key to put into an authenticator app: the one being enrolled if it is recent (so a reload
 * shows the same QR code), else a new one. Nothing counts until confirmEnrolment.
 */
export async function getEnrolmentKey(
  who: Enroller,
): Promise<{ state: "enrolled" } | { state: "ready"; typedKey: string; keyUri: string }> {
  assertActsForThemselves(who);
  const [existing] = await db
    .select({
      sealedSecret: twoFactorSecrets.sealedSecret,
      confirmedAt: twoFactorSecrets.confirmedAt,
      isRecent: sql<boolean>`${twoFactorSecrets.createdAt} > now() - make_interval(mins => ${ENROLMENT_KEY_MINUTES})`,
    })
    .from(twoFactorSecrets)
    .where(eq(twoFactorSecrets.userId, who.userId))
    .limit(1);
  if (existing?.confirmedAt) return { state: "enrolled" };
  let key = existing?.isRecent ? unseal("two-factor-secret", existing.sealedSecret, who.userId) : null;
  if (!key) {
    key = newTotpKey();
    const sealedSecret = seal("two-factor-secret", key, who.userId);
    // Never replaces a confirmed key: a second tab confirming meanwhile wins.
    await db
      .insert(twoFactorSecrets)
      .values({ userId: who.userId, sealedSecret })
      .onConflictDoUpdate({
        target: twoFactorSecrets.userId,
        set: { sealedSecret, createdAt: sql`now()`, lastUsedStep: 0 },
        setWhere: isNull(twoFactorSecrets.confirmedAt),
      });
  }
  const { portalName } = await getPublicBranding();
  return { state: "ready", typedKey: formatTotpKey(key), keyUri: totpKeyUri(portalName, who.email, key) };
}

/**
 * The first code from the app proves it holds the key: two-factor is on from now, ten recovery
 * codes are made (returned once, stored hashed), and a sign-in that was waiting for enrolment is done.
 */
export async function confirmEnrolment(who: Enroller, code: string, ip?: string): Promise<CodeCheck<{ recoveryCodes: string[] }>> {
  assertActsForThemselves(who);
  const verdict = await takeThrottle("second-factor", { person: who.userId, ip });
  if (!verdict.isAllowed) return { outcome: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  const result = await db.transaction(async (tx) => {
    const [pending] = await tx
      .select({ sealedSecret: twoFactorSecrets.sealedSecret })
      .from(twoFactorSecrets)
      .where(and(eq(twoFactorSecrets.userId, who.userId), isNull(twoFactorSecrets.confirmedAt)))
      .for("update");
    const key = pending ? unseal("two-factor-secret", pending.sealedSecret, who.userId) : null;
    const step = key ? matchTotpStep(key, normaliseCode(code), await databaseSeconds(tx), 0) : null;
    if (step === null) return null;
    await tx
      .update(twoFactorSecrets)
      .set({ confirmedAt: sql`now()`, lastUsedStep: step })
      .where(eq(twoFactorSecrets.userId, who.userId));
    const codes = await replaceCodes(tx, who.userId);
    await recordAudit(tx, { action: "two_factor.enrolled", actorUserId: who.userId, subjectUserId: who.userId, ip });
    if (who.kind === "pending") await completeSignIn(tx, { userId: who.userId, sessionId: who.sessionId, ip }, "enrolment");
    return codes;
  });
  if (!result) return refuse(who.userId, ip, "enrolment");
  return { outcome: "accepted", recoveryCodes: result };
}

/**
 * The step after the password for someone enrolled: a code from their app, or one of their
 * recovery codes. On success the session is signed in and, if asked, this browser is trusted
 * for 30 days (the token for its cookie is returned).
 */
export async function checkSecondStep(
  pending: PendingSignIn,
  input: { code: string; trustBrowser: boolean },
  ip?: string,
): Promise<CodeCheck<{ trustedBrowserToken?: string }>> {
  if (pending.step !== "two_factor") return { outcome: "refused" };
  const verdict = await takeThrottle("second-factor", { person: pending.userId, ip });
  if (!verdict.isAllowed) return { outcome: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  const result = await db.transaction(async (tx) => {
    const used = await useCode(tx, pending.userId, input.code);
    if (!used) return null;
    // Only a session still waiting moves on: two tabs with one code sign in once.
    const [stillPending] = await tx
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.id, pending.sessionId), isNotNull(sessions.pendingStep), isNull(sessions.endedAt)))
      .for("update");
    if (!stillPending) return null;
    await completeSignIn(tx, { userId: pending.userId, sessionId: pending.sessionId, ip }, used.method);
    const trustedBrowserToken = input.trustBrowser ? await trustBrowser(tx, pending.userId, pending.sessionId) : undefined;
    if (trustedBrowserToken)
      await recordAudit(tx, { action: "two_factor.browser_trusted", actorUserId: pending.userId, subjectUserId: pending.userId, ip });
    return { trustedBrowserToken };
  });
  if (!result) return refuse(pending.userId, ip, "sign_in");
  return { outcome: "accepted", ...result };
}

/** Any signed-in person with two-factor: ten new recovery codes for a code from the app; the old ones stop working. */
export async function replaceRecoveryCodes(viewer: Viewer, code: string, ip?: string): Promise<CodeCheck<{ recoveryCodes: string[] }>> {
  assertActsForThemselves(viewer);
  const verdict = await takeThrottle("second-factor", { person: viewer.userId, ip });
  if (!verdict.isAllowed) return { outcome: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  const codes = await db.transaction(async (tx) => {
    const used = await useCode(tx, viewer.userId, code, { allowRecoveryCode: false });
    if (!used) return null;
    const fresh = await replaceCodes(tx, viewer.userId);
    await recordAudit(tx, { action: "two_factor.recovery_codes_replaced", actorUserId: viewer.userId, subjectUserId: viewer.userId, ip });
    return fresh;
  });
  if (!codes) return refuse(viewer.userId, ip, "new_recovery_codes");
  return { outcome: "accepted", recoveryCodes: codes };
}

export type TurnOffResult =
  CodeCheck<object> | { outcome: "required"; requirement: Exclude<TwoFactorRequirement, null> } | { outcome: "wrong_password" };

/** Any signed-in person not required to use it: turns two-factor off, given their password and a code. */
export async function turnOffTwoFactor(viewer: Viewer, input: { password: string; code: string }, ip?: string): Promise<TurnOffResult> {
  assertActsForThemselves(viewer);
  const status = await getTwoFactorStatus(viewer);
  if (status.requirement) return { outcome: "required", requirement: status.requirement };
  const password = await confirmOwnPassword(viewer, input.password, ip);
  if (password === "refused") return { outcome: "wrong_password" };
  if (password !== "confirmed") return { outcome: "throttled", retryAfterSeconds: password.retryAfterSeconds };
  const verdict = await takeThrottle("second-factor", { person: viewer.userId, ip });
  if (!verdict.isAllowed) return { outcome: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  const isOff = await db.transaction(async (tx) => {
    if (!(await useCode(tx, viewer.userId, input.code))) return false;
    await removeTwoFactor(tx, viewer.userId);
    await recordAudit(tx, { action: "two_factor.turned_off", actorUserId: viewer.userId, subjectUserId: viewer.userId, ip });
    return true;
  });
  if (!isOff) return refuse(viewer.userId, ip, "turn_off");
  return { outcome: "accepted" };
}

/**
 * Owners only: a colleague who lost their phone and their recovery codes. Their two-factor is
 * removed and their sessions end; if their role requires it, they enrol again at next sign-in.
 * Their own id, or one that is not a staff member's, answers like an unknown one (false).
 */
export async function resetStaffTwoFactor(viewer: StaffViewer, userId: string, ip?: string): Promise<boolean> {
  assertStaff(viewer, "team_security");
  return resetTwoFactorOf(viewer, userId, "staff", ip);
}

/** Staff working with clients: the same for a client (a contact's id only). */
export async function resetContactTwoFactor(viewer: StaffViewer, contactId: string, ip?: string): Promise<boolean> {
  assertStaff(viewer, "clients");
  return resetTwoFactorOf(viewer, contactId, "contact", ip);
}

async function resetTwoFactorOf(viewer: StaffViewer, userId: string, kind: "staff" | "contact", ip?: string): Promise<boolean> {
  if (!isUuid(userId) || userId === viewer.userId) return false;
  return db.transaction(async (tx) => {
    const [enrolled] = await tx
      .select({ userId: twoFactorSecrets.userId })
      .from(twoFactorSecrets)
      .innerJoin(users, eq(users.id, twoFactorSecrets.userId))
      .where(and(eq(twoFactorSecrets.userId, userId), eq(users.kind, kind)))
      .limit(1);
    if (!enrolled) return false;
    await removeTwoFactor(tx, userId);
    await endOpenSessions(tx, userId);
    await recordAudit(tx, { action: "two_factor.reset", actorUserId: viewer.userId, subjectUserId: userId, ip });
    return true;
  });
}

/** Someone part-way through signing in who gives up ("Cancel"): the waiting session ends. */
export async function cancelPendingSignIn(pending: PendingSignIn) {
  await db
    .update(sessions)
    .set({ endedAt: sql`now()` })
    .where(and(eq(sessions.id, pending.sessionId), eq(sessions.userId, pending.userId), isNull(sessions.endedAt)));
}

// Recovery codes: ten characters of base32 (50 bits), shown as two groups of five.
function newRecoveryCode(): string {
  return encodeBase32LowerCaseNoPadding(randomBytes(7)).slice(0, 10);
}

function hashRecoveryCode(userId: string, code: string): string {
  return keyedHash("recovery-code", `${userId}:${code}`).toString("hex");
}

/** What people type: spaces and dashes dropped, case ignored. */
function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]+/g, "").toLowerCase();
}

async function replaceCodes(tx: Transaction, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(userId, code) })));
  return codes.map((code) => `${code.slice(0, 5)}-${code.slice(5)}`);
}

async function removeTwoFactor(tx: Transaction, userId: string) {
  await tx.delete(twoFactorSecrets).where(eq(twoFactorSecrets.userId, userId));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await forgetTrustedBrowsers(tx, userId);
}

/**
 * Inside the caller's transaction: spends a code of this enrolled person, a six-digit one from
 * their app (only a step later than the last accepted, so never the same code twice) or a
 * recovery code (once). Null when it is neither.
 */
async function useCode(tx: Transaction, userId: string, typed: string, options = { allowRecoveryCode: true }) {
  const code = normaliseCode(typed);
  const [secret] = await tx
    .select({ sealedSecret: twoFactorSecrets.sealedSecret, lastUsedStep: twoFactorSecrets.lastUsedStep })
    .from(twoFactorSecrets)
    .where(and(eq(twoFactorSecrets.userId, userId), isNotNull(twoFactorSecrets.confirmedAt)))
    .for("update");
  if (!secret) return null;
  if (/^\d{6}$/.test(code)) {
    const key = unseal("two-factor-secret", secret.sealedSecret, userId);
    const step = key ? matchTotpStep(key, code, await databaseSeconds(tx), secret.lastUsedStep) : null;
    if (step === null) return null;
    await tx.update(twoFactorSecrets).set({ lastUsedStep: step }).where(eq(twoFactorSecrets.userId, userId));
    return { method: "authenticator" as const };
  }
  if (!options.allowRecoveryCode || !/^[a-z2-7]{10}$/.test(code)) return null;
  const spent = await tx
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(userId, code)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  if (spent.length === 0) return null;
  const [left] = await tx
    .select({ value: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  await recordAudit(tx, {
    action: "two_factor.recovery_code_used",
    actorUserId: userId,
    subjectUserId: userId,
    detail: { left: left?.value ?? 0 },
  });
  return { method: "recovery_code" as const, recoveryCodesLeft: left?.value ?? 0 };
}

// Codes are checked against the database's clock, like every other expiry.
async function databaseSeconds(tx: Transaction): Promise<number> {
  const [row] = await tx.execute<{ seconds: number }>(sql`select extract(epoch from now())::float8 as seconds`);
  return Number(row!.seconds);
}

async function refuse(userId: string, ip: string | undefined, during: string): Promise<{ outcome: "refused" }> {
  await recordAudit(db, { action: "two_factor.failed", actorUserId: userId, subjectUserId: userId, ip, detail: { during } });
  return { outcome: "refused" };
}
