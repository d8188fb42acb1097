import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emails } from "@/db/schema";
import { sendInvitation } from "@/db/access/onboarding/invitations";
import { MAX_DELIVERY_ATTEMPTS } from "@/db/access/outbox/outbox";
import { createContact, createStaffViewer } from "@/db/testing/fixtures";
import type { OutgoingEmail, Transport } from "../emails/transport";
import { deliverDueEmails } from "./worker";

async function queueInvitation() {
  const contact = await createContact();
  await sendInvitation(await createStaffViewer(), { contactId: contact.id, requestKey: randomUUID() });
  return contact.email;
}

const readEmail = async (to: string) => (await db.select().from(emails).where(eq(emails.toAddress, to)))[0]!;
const captureAll: Transport = async (batch) => batch.map(() => ({ status: "captured" }));
const makeDue = (to: string) =>
  db
    .update(emails)
    .set({ nextAttemptAt: sql`now()` })
    .where(eq(emails.toAddress, to));

describe("mail worker", () => {
  // Start every test from an outbox with nothing due, so each sees only its own email.
  beforeEach(async () => {
    await db
      .update(emails)
      .set({ status: "captured" })
      .where(sql`${emails.status} in ('queued', 'sending')`);
  });

  it("renders and delivers a queued email once", async () => {
    const to = await queueInvitation();
    const delivered: OutgoingEmail[] = [];
    const transport: Transport = async (batch) => (
      delivered.push(...batch),
      batch.map(() => ({ status: "sent", providerMessageId: "msg-1" }))
    );

    expect(await deliverDueEmails({ transport })).toBe(1);
    expect(await deliverDueEmails({ transport })).toBe(0);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ to, subject: expect.stringContaining("invited you") });
    expect(delivered[0]!.html).toContain("/invitation/");
    expect(await readEmail(to)).toMatchObject({ status: "sent", attempts: 1, providerMessageId: "msg-1", lastError: null });
  });

  it("forgets the link of a really sent email, but keeps a captured one's", async () => {
    const sentTo = await queueInvitation();
    await deliverDueEmails({ transport: async (batch) => batch.map(() => ({ status: "sent" as const })) });
    const sent = (await readEmail(sentTo)).props as { acceptUrl: string; contactName: string };
    expect(sent.acceptUrl).not.toContain("/invitation/");
    expect(sent.contactName).toBe("Casey Contact");

    const capturedTo = await queueInvitation();
    await deliverDueEmails({ transport: captureAll });
    expect(((await readEmail(capturedTo)).props as { acceptUrl: string }).acceptUrl).toContain("/invitation/");
  });

  it("keeps an email after a failing transport and delivers it on a later attempt", async () => {
    const to = await queueInvitation();
    const failing: Transport = async () => {
      throw new Error("provider unavailable (503)");
    };
    await deliverDueEmails({ transport: failing });
    const afterFailure = await readEmail(to);
    expect(afterFailure).toMatchObject({ status: "queued", attempts: 1, lastError: "provider unavailable (503)" });
    expect(afterFailure.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    // Not due yet: backing off means the next run leaves it alone.
    expect(await deliverDueEmails({ transport: captureAll })).toBe(0);

    await makeDue(to);
    await deliverDueEmails({ transport: captureAll });
    expect(await readEmail(to)).toMatchObject({ status: "captured", attempts: 2, lastError: null });
  });

  it("marks an email failed after the last attempt", async () => {
    const to = await queueInvitation();
    const failing: Transport = async () => {
      throw new Error("rejected");
    };
    for (let attempt = 0; attempt < MAX_DELIVERY_ATTEMPTS; attempt++) {
      await makeDue(to);
      await deliverDueEmails({ transport: failing });
    }
    expect(await readEmail(to)).toMatchObject({ status: "failed", attempts: MAX_DELIVERY_ATTEMPTS, lastError: "rejected" });
    await makeDue(to);
    expect(await deliverDueEmails({ transport: failing })).toBe(0);
  });

  it("sends up to 100 emails in one call, and puts a refused batch back whole", async () => {
    const recipients = await Promise.all(Array.from({ length: 3 }, () => queueInvitation()));
    const calls: number[] = [];
    const refusing: Transport = async (batch) => {
      calls.push(batch.length);
      throw new Error("Resend refused the batch (429): rate limited");
    };
    await deliverDueEmails({ transport: refusing });
    expect(calls).toEqual([3]);
    for (const to of recipients)
      expect(await readEmail(to)).toMatchObject({ status: "queued", attempts: 1, lastError: expect.stringContaining("429") });
  });

  it("fails an email whose props no longer fit its template, without holding up the others", async () => {
    const good = await queueInvitation();
    const bad = await queueInvitation();
    await db
      .update(emails)
      .set({ props: { broken: true } })
      .where(eq(emails.toAddress, bad));
    await deliverDueEmails({ transport: captureAll });
    expect(await readEmail(good)).toMatchObject({ status: "captured" });
    expect(await readEmail(bad)).toMatchObject({ status: "failed", lastError: expect.stringContaining("Could not render") });
  });

  it("claims again an email whose worker died mid-send (lease expired)", async () => {
    const to = await queueInvitation();
    await db
      .update(emails)
      .set({ status: "sending", attempts: 1, leaseUntil: sql`now() - interval '1 second'` })
      .where(eq(emails.toAddress, to));
    await deliverDueEmails({ transport: captureAll });
    expect(await readEmail(to)).toMatchObject({ status: "captured", attempts: 2 });
  });
});
