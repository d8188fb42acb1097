import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword, needsRehash, verifyAgainstDecoy, verifyPassword } from "@/db/security/passwords";
import { recordAudit } from "./audit";
import { maySignIn } from "./login-rule";

/**
 * Checks an email and password. Runs without a viewer (it is how one is made), so it answers
 * only "this person" or null, never why, and takes the same time whether or not the email is known.
 */
export async function unsafeVerifyCredentials(input: { email: string; password: string; ip?: string }) {
  const [person] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion, maySignIn })
    .from(users)
    .where(eq(users.email, input.email))
    .limit(1);

  const hash = person?.maySignIn ? person.passwordHash : null;
  const isValid = hash ? await verifyPassword(hash, input.password) : await verifyAgainstDecoy(input.password);

  if (!person || !isValid) {
    await recordAudit(db, {
      action: "sign_in.failed",
      subjectUserId: person?.id,
      ip: input.ip,
      detail: { email: input.email },
    });
    return null;
  }

  // A hash imported from a previous website is replaced by our own now that we know the password.
  const upgraded = hash && needsRehash(hash) ? { passwordHash: await hashPassword(input.password) } : {};
  await db.transaction(async (tx) => {
    await tx.update(users).set({ lastLoginAt: sql`now()`, ...upgraded }).where(eq(users.id, person.id));
    await recordAudit(tx, { action: "sign_in.succeeded", actorUserId: person.id, subjectUserId: person.id, ip: input.ip });
  });
  return { id: person.id, sessionVersion: person.sessionVersion };
}
