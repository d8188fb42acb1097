import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { projects, tickets } from "@/db/schema";
import { createColleagueViewer, createContactViewer, createStaffViewer } from "../../testing/fixtures";
import { setLayerRules } from "../permissions/layer-rules";
import { openTicketFromClient } from "../records/client-tickets";
import { listClientActivity, listMyActivity } from "./activity";
import { postMessageAsContact, postMessageAsStaff } from "./messages";

// The activity feed: written with each change, and read back only where the reader may see it.

const post = (viewer: Parameters<typeof postMessageAsContact>[0], recordId: string, body: string) =>
  postMessageAsContact(viewer, { recordType: "project", recordId, body, requestKey: randomUUID() });

describe("activity feed", () => {
  it("a contact sees what they did and what happened on threads they follow; 'see all account activity' shows the rest", async () => {
    const me = await createContactViewer({ "projects.view": true, "tickets.view": true, "tickets.create": true });
    const colleague = await createColleagueViewer(me, { "projects.view": true, "tickets.view": true, "tickets.create": true });
    const staff = await createStaffViewer();
    const [mine, theirs] = await db
      .insert(projects)
      .values([
        { accountId: me.accountId, name: "Mine" },
        { accountId: me.accountId, name: "Theirs" },
      ])
      .returning({ id: projects.id });
    await post(me, mine!.id, "Mine first");
    await post(colleague, theirs!.id, "Theirs only");
    await postMessageAsStaff(staff, { recordType: "project", recordId: mine!.id, body: "Answer", requestKey: randomUUID() });
    await postMessageAsStaff(staff, {
      recordType: "project",
      recordId: mine!.id,
      body: "Note",
      isInternal: "on",
      requestKey: randomUUID(),
    });
    await openTicketFromClient(colleague, { subject: "Their ticket", body: "Help", requestKey: randomUUID() });

    const feed = await listMyActivity(me);
    expect(feed.map((item) => [item.title, item.verb])).toEqual([
      ["Mine", "posted"],
      ["Mine", "posted"],
    ]);
    expect(feed.map((item) => item.actorName)).toEqual(["Test Staff", "Casey Client"]);

    await setLayerRules(staff, { layer: "contact", contactId: me.userId }, { "activity.all": true });
    const everything = await listMyActivity(me);
    expect(everything.map((item) => item.title).sort()).toEqual(
      ["#" + (await ticketNumber(me.accountId)) + " · Their ticket", "Mine", "Mine", "Theirs"].sort(),
    );
    expect(everything.some((item) => item.verb === "noted")).toBe(false);
  });

  it("never another account's activity, nor a record the contact may not see", async () => {
    const me = await createContactViewer({ "projects.view": true, "activity.all": true });
    const stranger = await createContactViewer({ "projects.view": true });
    const [elsewhere] = await db
      .insert(projects)
      .values({ accountId: stranger.accountId, name: "Elsewhere" })
      .returning({ id: projects.id });
    await post(stranger, elsewhere!.id, "Hello");
    const [hidden] = await db.insert(projects).values({ accountId: me.accountId, name: "Hidden" }).returning({ id: projects.id });
    const staff = await createStaffViewer();
    await postMessageAsStaff(staff, { recordType: "project", recordId: hidden!.id, body: "Secret", requestKey: randomUUID() });
    await setLayerRules(staff, { layer: "contact", contactId: me.userId }, { "projects.view": false });
    expect(await listMyActivity(me)).toEqual([]);
  });

  it("the console lists what clients did, across accounts", async () => {
    const client = await createContactViewer({ "projects.view": true });
    const [project] = await db
      .insert(projects)
      .values({ accountId: client.accountId, name: "Console feed" })
      .returning({ id: projects.id });
    await post(client, project!.id, "From the client");
    const staffFeed = await listClientActivity(await createStaffViewer());
    expect(staffFeed.some((item) => item.objectId === project!.id && item.actorName === client.name)).toBe(true);
  });
});

async function ticketNumber(accountId: string) {
  const { eq } = await import("drizzle-orm");
  const [ticket] = await db.select({ number: tickets.number }).from(tickets).where(eq(tickets.accountId, accountId));
  return ticket!.number;
}
