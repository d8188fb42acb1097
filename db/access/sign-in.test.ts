import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { hashPassword } from "@/db/security/passwords";
import { unsafeVerifyCredentials } from "./sign-in";
import { createContact, readUser } from "./test-fixtures";

const PASSWORD = "amber-violin-tundra-seven";

describe("verifying credentials", () => {
  it("signs in the right password and records it", async () => {
    const contact = await createContact({ passwordHash: await hashPassword(PASSWORD) });
    const person = await unsafeVerifyCredentials({ email: contact.email, password: PASSWORD, ip: "203.0.113.9" });
    expect(person).toEqual({ id: contact.id, sessionVersion: 1 });
    expect((await readUser(contact.id)).lastLoginAt).not.toBeNull();
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.subjectUserId, contact.id), eq(auditEvents.action, "sign_in.succeeded")));
    expect(event).toMatchObject({ actorUserId: contact.id, ip: "203.0.113.9" });
  });

  it("answers the same null for a wrong password, an unknown email, no password yet, and login off", async () => {
    const withPassword = await createContact({ passwordHash: await hashPassword(PASSWORD) });
    const noPassword = await createContact();
    const loginOff = await createContact({ passwordHash: await hashPassword(PASSWORD), loginState: "off" });
    const answers = await Promise.all([
      unsafeVerifyCredentials({ email: withPassword.email, password: "wrong-password-entirely" }),
      unsafeVerifyCredentials({ email: "nobody-here@example.test", password: PASSWORD }),
      unsafeVerifyCredentials({ email: noPassword.email, password: PASSWORD }),
      unsafeVerifyCredentials({ email: loginOff.email, password: PASSWORD }),
    ]);
    expect(answers).toEqual([null, null, null, null]);
    const failures = await db.select().from(auditEvents).where(and(eq(auditEvents.subjectUserId, withPassword.id), eq(auditEvents.action, "sign_in.failed")));
    expect(failures).toHaveLength(1);
  });
});
