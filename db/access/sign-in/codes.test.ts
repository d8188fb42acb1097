import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { businessSettings, emails, signInCodes } from "@/db/schema";
import { unsafeCheckSignInCode, unsafeRequestSignInCode } from "./codes";
import { createContact, createStaffViewer, ensureBusiness } from "../../testing/fixtures";

beforeAll(async () => {
  await ensureBusiness();
  await db.update(businessSettings).set({ signInCodesEnabled: true });
});
afterAll(() => db.update(businessSettings).set({ signInCodesEnabled: false }));

async function latestCode(to: string) {
  const [email] = await db
    .select({ props: emails.props })
    .from(emails)
    .where(and(eq(emails.toAddress, to), eq(emails.template, "sign-in-code")))
    .orderBy(desc(emails.createdAt))
    .limit(1);
  return (email?.props as { code: string } | undefined)?.code;
}

describe("emailed sign-in codes", () => {
  it("sign a client in once with the latest code, and never again with it", async () => {
    const contact = await createContact();
    await unsafeRequestSignInCode(contact.email);
    const first = await latestCode(contact.email);
    await unsafeRequestSignInCode(contact.email);
    const code = await latestCode(contact.email);
    expect(code).toMatch(/^\d{6}$/);
    if (first !== code) expect(await unsafeCheckSignInCode({ email: contact.email, code: first! })).toEqual({ outcome: "refused" }); // replaced
    expect(await unsafeCheckSignInCode({ email: contact.email, code: code! })).toMatchObject({
      outcome: "signed_in",
      person: { id: contact.id },
    });
    expect(await unsafeCheckSignInCode({ email: contact.email, code: code! })).toEqual({ outcome: "refused" });
  });

  it("stop working after ten minutes, and after five wrong tries", async () => {
    const late = await createContact();
    await unsafeRequestSignInCode(late.email);
    await db
      .update(signInCodes)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(signInCodes.userId, late.id));
    expect(await unsafeCheckSignInCode({ email: late.email, code: (await latestCode(late.email))! })).toEqual({ outcome: "refused" });

    const guessed = await createContact();
    await unsafeRequestSignInCode(guessed.email);
    const code = (await latestCode(guessed.email))!;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    for (let attempt = 0; attempt < 5; attempt++)
      expect(await unsafeCheckSignInCode({ email: guessed.email, code: wrong })).toEqual({ outcome: "refused" });
    expect(await unsafeCheckSignInCode({ email: guessed.email, code })).toEqual({ outcome: "refused" });
  });

  it("are limited like passwords, and go only to clients who may sign in", async () => {
    const contact = await createContact();
    await unsafeRequestSignInCode(contact.email);
    for (let attempt = 0; attempt < 10; attempt++)
      await unsafeCheckSignInCode({ email: contact.email, code: "000000", ip: `198.51.100.${attempt}` });
    expect(await unsafeCheckSignInCode({ email: contact.email, code: (await latestCode(contact.email))! })).toMatchObject({
      outcome: "throttled",
    });

    const staff = await createStaffViewer();
    await unsafeRequestSignInCode(staff.email);
    expect(await latestCode(staff.email)).toBeUndefined();
    const off = await createContact({ loginState: "off" });
    await unsafeRequestSignInCode(off.email);
    expect(await latestCode(off.email)).toBeUndefined();
  });

  it("are not sent, nor accepted, while the business has them switched off", async () => {
    const contact = await createContact();
    await unsafeRequestSignInCode(contact.email);
    const code = (await latestCode(contact.email))!;
    await db.update(businessSettings).set({ signInCodesEnabled: false });
    try {
      expect(await unsafeCheckSignInCode({ email: contact.email, code })).toEqual({ outcome: "refused" });
      const other = await createContact();
      await unsafeRequestSignInCode(other.email);
      expect(await latestCode(other.email)).toBeUndefined();
    } finally {
      await db.update(businessSettings).set({ signInCodesEnabled: true });
    }
  });
});
