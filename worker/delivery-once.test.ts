import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emails } from "@/db/schema";
import { sendInvitation } from "@/db/access/onboarding/invitations";
import { createContact, createStaffViewer } from "@/db/testing/fixtures";
import { env } from "@/env";
import { startFakeResend } from "../emails/testing/fake-resend";
import { resendTransport } from "../emails/transport";
import { deliverDueEmails } from "./worker";

// The fault found in production: the provider accepted a batch, the database went away before
// the worker recorded it, and the emails were later sent again inside a different batch under a
// different idempotency key. Here the connection recording the delivery is killed while it
// waits, and new email is queued meanwhile; every person must still get their email once.

const other = postgres(env.DATABASE_URL!, { max: 2, onnotice: () => {} });
afterAll(() => other.end());

async function queueInvitation() {
  const contact = await createContact();
  await sendInvitation(await createStaffViewer(), { contactId: contact.id, requestKey: randomUUID() });
  return contact.email;
}

describe("an email accepted by the provider", () => {
  beforeAll(async () => {
    await db
      .update(emails)
      .set({ status: "captured" })
      .where(sql`${emails.status} in ('queued', 'sending')`);
  });

  it("is never delivered again, though the database failed between the provider's answer and the commit", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding: Promise<unknown> | undefined;
    const provider = await startFakeResend({
      // The moment Resend has accepted the first batch: the outbox table becomes unreachable.
      beforeAnswer: async () => {
        if (holding) return;
        let locked!: () => void;
        const isLocked = new Promise<void>((resolve) => (locked = resolve));
        holding = other.begin(async (tx) => {
          await tx`lock table emails in access exclusive mode`;
          locked();
          await released;
        });
        await isLocked;
      },
    });
    try {
      const transport = resendTransport("re_test_key", provider.baseUrl);
      const first = [await queueInvitation(), await queueInvitation()];

      // The worker's writes wait on the lock; their connections are killed, as in an outage.
      const delivering = deliverDueEmails({ transport }).then(
        () => "finished",
        () => "failed",
      );
      let outcome: string | undefined;
      void delivering.then((value) => (outcome = value));
      while (!outcome) {
        await other`select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid() and state = 'active'`;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      release();
      await holding;
      expect(outcome).toBe("failed");
      expect(first.map(provider.deliveriesTo)).toEqual([1, 1]);

      // Later: the lease runs out, and more email has been queued meanwhile.
      await db
        .update(emails)
        .set({ leaseUntil: sql`now() - interval '1 second'` })
        .where(inArray(emails.toAddress, first));
      const later = await queueInvitation();
      while ((await deliverDueEmails({ transport })) > 0);

      expect([...first, later].map(provider.deliveriesTo)).toEqual([1, 1, 1]);
      const rows = await db
        .select({ status: emails.status })
        .from(emails)
        .where(inArray(emails.toAddress, [...first, later]));
      expect(rows.map((row) => row.status)).toEqual(["sent", "sent", "sent"]);
    } finally {
      release();
      await provider.close();
    }
  });

  it("keeps its batch and key when the provider refuses, so the retry is the same request", async () => {
    const provider = await startFakeResend();
    try {
      const to = await queueInvitation();
      const keys: string[] = [];
      const refusing = async (_batch: unknown[], options: { batchKey: string }) => {
        keys.push(options.batchKey);
        throw new Error("Resend refused the batch (500): unavailable");
      };
      await deliverDueEmails({ transport: refusing });
      await db
        .update(emails)
        .set({ nextAttemptAt: sql`now()` })
        .where(eq(emails.toAddress, to));
      await deliverDueEmails({ transport: refusing });
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
    } finally {
      await provider.close();
    }
  });
});
