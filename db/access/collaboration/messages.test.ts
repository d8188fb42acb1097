import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, emails, followers, notifications, projects, tickets } from "@/db/schema";
import { createColleagueViewer, createContactViewer, createStaffViewer, viewedAs } from "../../testing/fixtures";
import type { ContactViewer, StaffViewer } from "../viewer/viewer";
import { getConversation, getMyConversation, postMessageAsContact, postMessageAsStaff } from "./messages";

// Conversations on records: who may read and write, internal notes kept from clients, a retry
// posting once, and everyone on the thread (but the writer) told.

async function projectWithManager() {
  const viewer = await createContactViewer({ "projects.view": true });
  const staff = await createStaffViewer();
  const [project] = await db
    .insert(projects)
    .values({ accountId: viewer.accountId, name: `Website ${randomUUID().slice(0, 6)}`, managerId: staff.userId })
    .returning({ id: projects.id });
  return { viewer, staff, projectId: project!.id };
}

const asClient = (viewer: ContactViewer, recordId: string, body = "Can we move the launch?", requestKey = randomUUID()) =>
  postMessageAsContact(viewer, { recordType: "project", recordId, body, requestKey });
const asStaff = (staff: StaffViewer, recordId: string, body: string, isInternal?: "on") =>
  postMessageAsStaff(staff, { recordType: "project", recordId, body, isInternal, requestKey: randomUUID() });
const mailTo = (address: string) => db.select().from(emails).where(eq(emails.toAddress, address));

describe("conversations", () => {
  it("a client writes on a project they can see: once per submission, they join the thread, the manager is told", async () => {
    const { viewer, staff, projectId } = await projectWithManager();
    const key = randomUUID();
    expect(await Promise.all([asClient(viewer, projectId, "Hello", key), asClient(viewer, projectId, "Hello", key)])).toEqual([
      { ok: true },
      { ok: true },
    ]);
    expect((await getMyConversation(viewer, "project", projectId))!.messages.map((m) => m.body)).toEqual(["Hello"]);
    expect(await db.select().from(followers).where(eq(followers.objectId, projectId))).toHaveLength(1);
    const [mail] = await mailTo(staff.email);
    expect(mail).toMatchObject({ template: "notification", subject: expect.stringContaining("Casey Client wrote on the project") });
    expect(mail!.listUnsubscribe).toContain("/api/unsubscribe/");
    const [inbox] = await db.select().from(notifications).where(eq(notifications.userId, staff.userId));
    expect(inbox).toMatchObject({ kind: "messages", path: `/console/projects/${projectId}`, accountId: null });
    const [activity] = await db.select().from(activities).where(eq(activities.objectId, projectId));
    expect(activity).toMatchObject({ verb: "posted", actorId: viewer.userId, isInternal: false });
  });

  it("a colleague sees the thread only once part of it, or with 'see all account activity'", async () => {
    const { viewer, projectId } = await projectWithManager();
    await asClient(viewer, projectId);
    const colleague = await createColleagueViewer(viewer, { "projects.view": true });
    expect(await getMyConversation(colleague, "project", projectId)).toMatchObject({ isPart: false, messages: [] });
    const everything = await createColleagueViewer(viewer, { "projects.view": true, "activity.all": true });
    expect((await getMyConversation(everything, "project", projectId))!.messages).toHaveLength(1);
    await asClient(colleague, projectId, "Me too");
    expect((await getMyConversation(colleague, "project", projectId))!.messages).toHaveLength(2);
  });

  it("staff replies reach the clients on the thread; internal notes reach no client, by page or by email", async () => {
    const { viewer, staff, projectId } = await projectWithManager();
    await asClient(viewer, projectId);
    await asStaff(staff, projectId, "Yes, to the 14th.");
    await asStaff(staff, projectId, "Client is nervous about dates", "on");
    expect((await getMyConversation(viewer, "project", projectId))!.messages.map((m) => m.body)).toEqual([
      "Can we move the launch?",
      "Yes, to the 14th.",
    ]);
    expect((await getConversation(staff, "project", projectId))!.messages).toHaveLength(3);
    const toClient = await mailTo(viewer.email);
    expect(toClient).toHaveLength(1);
    expect(JSON.stringify(toClient[0]!.props)).not.toContain("nervous");
    const [note] = await db
      .select()
      .from(activities)
      .where(and(eq(activities.objectId, projectId), eq(activities.verb, "noted")));
    expect(note!.isInternal).toBe(true);
  });

  it("a message, a client's or staff's, names the files its form sends after it", async () => {
    const { viewer, staff, projectId } = await projectWithManager();
    await postMessageAsContact(viewer, {
      recordType: "project",
      recordId: projectId,
      body: "Here",
      attachmentNames: "a.pdf, b.png",
      requestKey: randomUUID(),
    });
    expect((await getMyConversation(viewer, "project", projectId))!.messages.map((m) => m.body)).toEqual([
      "Here\n\nAttached: a.pdf, b.png",
    ]);
    await postMessageAsStaff(staff, {
      recordType: "project",
      recordId: projectId,
      body: "Reviewed",
      attachmentNames: "notes.txt",
      requestKey: randomUUID(),
    });
    expect((await getConversation(staff, "project", projectId))!.messages.map((m) => m.body)).toContain("Reviewed\n\nAttached: notes.txt");
  });

  it("another account's record, one the client cannot see, and a view-as viewer answer as missing", async () => {
    const { viewer, projectId } = await projectWithManager();
    const outsider = await createContactViewer({ "projects.view": true });
    expect(await getMyConversation(outsider, "project", projectId)).toBeNull();
    expect(await asClient(outsider, projectId)).toEqual({ ok: false, error: "not_found" });
    const blind = await createColleagueViewer(viewer, { "projects.view": false });
    expect(await asClient(blind, projectId)).toEqual({ ok: false, error: "not_found" });
    expect(await asClient(viewedAs(viewer), projectId)).toEqual({ ok: false, error: "not_found" });
    expect(await db.select().from(followers).where(eq(followers.objectId, projectId))).toHaveLength(0);
  });

  it("a closed ticket takes no client message; a client's reply puts a waiting ticket back with staff", async () => {
    const viewer = await createContactViewer({ "tickets.view": true });
    const [ticket] = await db
      .insert(tickets)
      .values({ accountId: viewer.accountId, contactId: viewer.userId, subject: "Export", status: "waiting" })
      .returning({ id: tickets.id });
    const reply = () =>
      postMessageAsContact(viewer, { recordType: "ticket", recordId: ticket!.id, body: "Still broken", requestKey: randomUUID() });
    expect(await reply()).toEqual({ ok: true });
    expect((await db.select().from(tickets).where(eq(tickets.id, ticket!.id)))[0]!.status).toBe("open");
    await db.update(tickets).set({ status: "closed" }).where(eq(tickets.id, ticket!.id));
    expect(await reply()).toEqual({ ok: false, error: "closed" });
  });
});
