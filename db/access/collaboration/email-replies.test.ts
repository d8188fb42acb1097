import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emails, followers, messages, projects, replyAddresses, tickets } from "@/db/schema";
import { createContactViewer, createStaffViewer } from "../../testing/fixtures";
import type { ContactViewer, StaffViewer } from "../viewer/viewer";
import { unsafeAcceptEmailReply } from "./email-replies";
import { postMessageAsContact, postMessageAsStaff } from "./messages";
import { replyTokenIn } from "./reply-addresses";

// Replying to a notification email posts into the thread as that person, once, from their own
// address, while the thread takes replies; anything else is refused and the sender told why.

const quoted = (answer: string) =>
  `${answer}\n\n--\nSam Carter\nStudio North\n\nOn Tue, 1 Dec 2026 at 14:05, Portal <x@y.z> wrote:\n> the old message\n> more of it`;

async function threadWithNotice() {
  const client = await createContactViewer({ "projects.view": true });
  const staff = await createStaffViewer();
  const [project] = await db
    .insert(projects)
    .values({ accountId: client.accountId, name: `Replies ${randomUUID().slice(0, 6)}`, managerId: staff.userId })
    .returning({ id: projects.id });
  await postMessageAsContact(client, {
    recordType: "project",
    recordId: project!.id,
    body: "When do we launch?",
    requestKey: randomUUID(),
  });
  return { client, staff, projectId: project!.id, token: await replyTokenFor(staff) };
}

async function replyTokenFor(person: StaffViewer | ContactViewer) {
  const [mail] = await db
    .select({ replyTo: emails.replyTo })
    .from(emails)
    .where(and(eq(emails.toAddress, person.email), eq(emails.template, "notification")))
    .orderBy(sql`${emails.createdAt} desc`)
    .limit(1);
  return replyTokenIn([mail!.replyTo!])!;
}

const bodies = async (objectId: string) => (await db.select().from(messages).where(eq(messages.objectId, objectId))).map((m) => m.body);
const refusalsTo = (address: string) =>
  db
    .select()
    .from(emails)
    .where(and(eq(emails.toAddress, address), eq(emails.template, "reply-refused")));

describe("replies by email", () => {
  it("a staff reply is posted as them with the quote and signature cut, the client told; the address then is used up", async () => {
    const { client, staff, projectId, token } = await threadWithNotice();
    expect(await unsafeAcceptEmailReply({ from: staff.email.toUpperCase(), token, text: quoted("Monday, all set.") })).toMatchObject({
      posted: true,
    });
    expect(await bodies(projectId)).toEqual(["When do we launch?", "Monday, all set."]);
    // The client hears, by an email they can answer in turn.
    const clientToken = await replyTokenFor(client);
    expect(await unsafeAcceptEmailReply({ from: client.email, token: clientToken, text: "Great, thanks!" })).toMatchObject({
      posted: true,
    });
    expect(await bodies(projectId)).toHaveLength(3);

    expect(await unsafeAcceptEmailReply({ from: staff.email, token, text: "Again" })).toEqual({ posted: false, reason: "used" });
    expect(await bodies(projectId)).toHaveLength(3);
    expect((await refusalsTo(staff.email))[0]!.props).toMatchObject({ reason: expect.stringContaining("used already") });
  });

  it("from another address: refused, and that sender told, nothing posted", async () => {
    const { projectId, token } = await threadWithNotice();
    const stranger = `someone-${randomUUID()}@elsewhere.test`;
    expect(await unsafeAcceptEmailReply({ from: stranger, token, text: "Let me in" })).toEqual({ posted: false, reason: "sender" });
    expect(await bodies(projectId)).toHaveLength(1);
    expect(await refusalsTo(stranger)).toHaveLength(1);
  });

  it("to a closed ticket, with an expired or unknown address, or with nothing above the quote: refused", async () => {
    const client = await createContactViewer({ "tickets.view": true });
    const staff = await createStaffViewer();
    const [ticket] = await db
      .insert(tickets)
      .values({ accountId: client.accountId, contactId: client.userId, subject: "Closed one" })
      .returning({ id: tickets.id });
    await db.insert(followers).values({ objectId: ticket!.id, objectType: "ticket", userId: client.userId, accountId: client.accountId });
    await postMessageAsStaff(staff, { recordType: "ticket", recordId: ticket!.id, body: "Still there?", requestKey: randomUUID() });
    const token = await replyTokenFor(client);

    expect(await unsafeAcceptEmailReply({ from: client.email, token, text: quoted("") })).toEqual({ posted: false, reason: "empty" });
    await db.update(tickets).set({ status: "closed" }).where(eq(tickets.id, ticket!.id));
    expect(await unsafeAcceptEmailReply({ from: client.email, token, text: "Yes" })).toEqual({ posted: false, reason: "closed" });
    await db.update(tickets).set({ status: "open" }).where(eq(tickets.id, ticket!.id));
    await db
      .update(replyAddresses)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(replyAddresses.userId, client.userId));
    expect(await unsafeAcceptEmailReply({ from: client.email, token, text: "Yes" })).toEqual({ posted: false, reason: "expired" });
    expect(await unsafeAcceptEmailReply({ from: client.email, token: "0".repeat(40), text: "Yes" })).toEqual({
      posted: false,
      reason: "unknown",
    });
  });
});
