import { and, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, sessions } from "@/db/schema";
import { hashPassword } from "@/lib/security/passwords";
import { unsafeCheckPassword } from "./password-check";
import { createContact, readUser } from "../../testing/fixtures";

const PASSWORD = "amber-violin-tundra-seven";

describe("checking a password", () => {
  it("signs in the right password, opens a session and records it", async () => {
    const contact = await createContact({ passwordHash: await hashPassword(PASSWORD) });
    const check = await unsafeCheckPassword({ email: contact.email, password: PASSWORD, ip: "203.0.113.9", userAgent: "Firefox on Linux" });
    expect(check).toEqual({ outcome: "signed_in", person: { id: contact.id, sessionId: expect.any(String) } });
    expect((await readUser(contact.id)).lastLoginAt).not.toBeNull();
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectUserId, contact.id), eq(auditEvents.action, "sign_in.succeeded")));
    expect(event).toMatchObject({ actorUserId: contact.id, ip: "203.0.113.9" });
    if (check.outcome !== "signed_in") return;
    const [session] = await db.select().from(sessions).where(eq(sessions.id, check.person.sessionId));
    expect(session).toMatchObject({ userId: contact.id, ip: "203.0.113.9", userAgent: "Firefox on Linux", endedAt: null });
    expect(session!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
  });

  it("answers the same for a wrong password, an unknown email, no password yet, and login off", async () => {
    const withPassword = await createContact({ passwordHash: await hashPassword(PASSWORD) });
    const noPassword = await createContact();
    const loginOff = await createContact({ passwordHash: await hashPassword(PASSWORD), loginState: "off" });
    const answers = await Promise.all([
      unsafeCheckPassword({ email: withPassword.email, password: "wrong-password-entirely" }),
      unsafeCheckPassword({ email: "nobody-here@example.test", password: PASSWORD }),
      unsafeCheckPassword({ email: noPassword.email, password: PASSWORD }),
      unsafeCheckPassword({ email: loginOff.email, password: PASSWORD }),
    ]);
    expect(answers).toEqual(Array(4).fill({ outcome: "refused" }));
    const failures = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectUserId, withPassword.id), eq(auditEvents.action, "sign_in.failed")));
    expect(failures).toHaveLength(1);
  });

  it("refuses even the right password once the address has used up its attempts, and logs it", async () => {
    const contact = await createContact({ passwordHash: await hashPassword(PASSWORD) });
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(await unsafeCheckPassword({ email: contact.email, password: `wrong-guess-${attempt}`, ip: `198.51.100.${attempt}` })).toEqual({
        outcome: "refused",
      });
    }
    const check = await unsafeCheckPassword({ email: contact.email, password: PASSWORD, ip: "198.51.100.99" });
    expect(check).toMatchObject({ outcome: "throttled", retryAfterSeconds: expect.any(Number) });
    const throttled = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "sign_in.throttled"), eq(auditEvents.ip, "198.51.100.99")));
    expect(throttled.map((event) => event.detail)).toContainEqual({ email: contact.email });
  });

  it("counts attempts per IP across addresses", async () => {
    const ip = `2001:db8::${randomUUID().slice(0, 4)}`;
    const outcomes = [];
    for (let attempt = 0; attempt < 52; attempt++) {
      outcomes.push((await unsafeCheckPassword({ email: `guess-${attempt}-${randomUUID()}@example.test`, password: "nope", ip })).outcome);
    }
    // SIGN_IN_LIMIT_PER_IP is 50 by default.
    expect(outcomes.slice(0, 50)).toEqual(Array(50).fill("refused"));
    expect(outcomes.slice(50)).toEqual(["throttled", "throttled"]);
  });
});
