import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emails, notifications, projects } from "@/db/schema";
import { makeUnsubscribeToken } from "@/lib/security/unsubscribe-token";
import { createContactViewer, createStaffViewer, viewedAs } from "../../testing/fixtures";
import { postMessageAsContact } from "./messages";
import {
  countMyUnread,
  getMyNotificationModes,
  listMyNotifications,
  markMyNotificationsRead,
  saveMyNotificationModes,
  unsafeQueueDigests,
  unsafeUnsubscribe,
} from "./notifications";
import type { StaffViewer } from "../viewer/viewer";

// Each person chooses per kind: an email now, a daily digest, or none; the bell lists everything.

async function managedProject() {
  const client = await createContactViewer({ "projects.view": true });
  const staff = await createStaffViewer();
  const [project] = await db
    .insert(projects)
    .values({ accountId: client.accountId, name: "Rebrand", managerId: staff.userId })
    .returning({ id: projects.id });
  const write = (body = "A question") =>
    postMessageAsContact(client, { recordType: "project", recordId: project!.id, body, requestKey: randomUUID() });
  return { client, staff, write };
}

const messageMail = (staff: StaffViewer, template = "notification") =>
  db
    .select()
    .from(emails)
    .where(and(eq(emails.toAddress, staff.email), eq(emails.template, template)));
const modes = (messages: "immediate" | "digest" | "off") =>
  ({
    tasks: "immediate",
    messages,
    files: "immediate",
    tickets: "immediate",
    timesheets: "immediate",
    sign_offs: "immediate",
    quotes: "immediate",
    payments: "immediate",
  }) as const;

describe("notifications", () => {
  it("immediately by default: an email and an unread entry in the bell, which can be marked read", async () => {
    const { staff, write } = await managedProject();
    expect((await getMyNotificationModes(staff)).messages).toBe("immediate");
    await write();
    expect(await messageMail(staff)).toHaveLength(1);
    expect(await countMyUnread(staff)).toBe(1);
    const [entry] = await listMyNotifications(staff);
    await markMyNotificationsRead(staff, entry!.id);
    expect(await countMyUnread(staff)).toBe(0);
  });

  it("'off' sends no email, though the bell still lists it", async () => {
    const { staff, write } = await managedProject();
    await saveMyNotificationModes(staff, modes("off"));
    await write();
    expect(await messageMail(staff)).toHaveLength(0);
    expect(await countMyUnread(staff)).toBe(1);
  });

  it("'digest' waits for the digest job, which sends one email of the unread ones, once", async () => {
    const { staff, write } = await managedProject();
    await saveMyNotificationModes(staff, modes("digest"));
    await write("First");
    await write("Second");
    await write("Third");
    expect(await messageMail(staff)).toHaveLength(0);
    const [, , oldest] = await listMyNotifications(staff);
    await markMyNotificationsRead(staff, oldest!.id);
    await Promise.all([unsafeQueueDigests(), unsafeQueueDigests()]);
    const digests = await messageMail(staff, "digest");
    expect(digests).toHaveLength(1);
    expect((digests[0]!.props as { items: unknown[] }).items).toHaveLength(2);
    expect(digests[0]!.subject).toMatch(/^2 updates from /);
    await unsafeQueueDigests();
    expect(await messageMail(staff, "digest")).toHaveLength(1);
  });

  it("one-click unsubscribe turns that kind off for that person; an altered link changes nothing", async () => {
    const { staff, write } = await managedProject();
    const token = makeUnsubscribeToken(staff.userId, "messages");
    expect(await unsafeUnsubscribe(token.slice(0, -2) + "xx")).toBeNull();
    expect(await unsafeUnsubscribe(token.replace(".messages.", ".tasks."))).toBeNull();
    expect((await getMyNotificationModes(staff)).messages).toBe("immediate");
    expect(await unsafeUnsubscribe(token)).toBe("messages");
    expect(await unsafeUnsubscribe(token)).toBe("messages");
    expect(await getMyNotificationModes(staff)).toMatchObject({ messages: "off", tasks: "immediate" });
    await write();
    expect(await messageMail(staff)).toHaveLength(0);
  });

  it("a contact's bell shows their current account only, and staff viewing as them change nothing", async () => {
    const client = await createContactViewer();
    await db.insert(notifications).values([
      { userId: client.userId, accountId: client.accountId, kind: "messages", text: "Here", path: "/projects/x" },
      {
        userId: client.userId,
        accountId: (await createContactViewer()).accountId,
        kind: "messages",
        text: "Elsewhere",
        path: "/projects/y",
      },
    ]);
    expect((await listMyNotifications(client)).map((n) => n.text)).toEqual(["Here"]);
    await markMyNotificationsRead(viewedAs(client));
    expect(await countMyUnread(client)).toBe(1);
    expect(await saveMyNotificationModes(viewedAs(client), modes("off"))).toBe(false);
  });
});
