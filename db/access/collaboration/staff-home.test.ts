import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { projects } from "@/db/schema";
import { createContactViewer, createStaffViewer } from "../../testing/fixtures";
import { postMessageAsContact, postMessageAsStaff } from "./messages";
import { getWhatNeedsStaff } from "./staff-home";

// The console home: a client's message waits for staff until a staff answer (not a note) follows it.

describe("what needs staff", () => {
  it("lists a client's unanswered message until staff answer it; a staff note does not count", async () => {
    const client = await createContactViewer({ "projects.view": true });
    const staff = await createStaffViewer();
    const [project] = await db
      .insert(projects)
      .values({ accountId: client.accountId, name: `Unanswered ${randomUUID().slice(0, 6)}` })
      .returning({ id: projects.id });
    const write = (body: string) =>
      postMessageAsContact(client, { recordType: "project", recordId: project!.id, body, requestKey: randomUUID() });
    const answer = (body: string, isInternal?: "on") =>
      postMessageAsStaff(staff, { recordType: "project", recordId: project!.id, body, isInternal, requestKey: randomUUID() });
    const waiting = async () => (await getWhatNeedsStaff(staff)).unansweredMessages.some((thread) => thread.objectId === project!.id);

    await write("Is the launch still on?");
    expect(await waiting()).toBe(true);
    await answer("Ask the designer", "on");
    expect(await waiting()).toBe(true);
    await answer("Yes, Monday.");
    expect(await waiting()).toBe(false);
  });
});
