import "server-only";
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, users } from "@/db/schema";
import { hashPassword } from "@/lib/security/passwords";
import { recordAudit } from "../kit/audit";
import { assertStaff, type StaffViewer } from "./viewer";

const TEST_ACCOUNT_NUMBER = "TEST-CLIENT";

/**
 * Staff: makes sure the test account and its contact exist (switched on), gives the contact a
 * fresh random password nobody is shown, and returns the credentials for an immediate sign-in.
 * Each use replaces the previous password, so it is usable once.
 */
export async function prepareTestClientSignIn(viewer: StaffViewer, ip?: string) {
  assertStaff(viewer, "settings");
  const password = randomBytes(24).toString("base64url");
  const passwordHash = await hashPassword(password);
  const email = "test-client@portal.invalid";
  return db.transaction(async (tx) => {
    const [account] = await tx
      .insert(accounts)
      .values({ number: TEST_ACCOUNT_NUMBER, name: "Test client (staff)", isTest: true, portalAccess: "all" })
      .onConflictDoUpdate({ target: accounts.number, set: { portalAccess: "all" } })
      .returning({ id: accounts.id });
    const [contact] = await tx
      .insert(users)
      .values({ kind: "contact", email, name: "Test Client", passwordHash, loginState: "on", loginStateSetAt: sql`clock_timestamp()` })
      .onConflictDoUpdate({
        target: users.email,
        set: { passwordHash, loginState: "on", loginStateSetAt: sql`clock_timestamp()` },
        where: eq(users.kind, "contact"),
      })
      .returning({ id: users.id });
    if (!contact) throw new Error("The test client's address is taken by a staff member.");
    await tx.insert(accountContacts).values({ accountId: account!.id, contactId: contact.id }).onConflictDoNothing();
    await recordAudit(tx, {
      action: "test_client.signed_in",
      actorUserId: viewer.userId,
      subjectUserId: contact.id,
      accountId: account!.id,
      ip,
    });
    return { email, password };
  });
}
