import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, viewAsSessions } from "@/db/schema";
import { endViewAs, startViewAs } from "./view-as";
import { createContact, createStaffViewer } from "../../testing/fixtures";

describe("view as a contact", () => {
  it("starts a time-limited session for a contact who may sign in, and records start and end", async () => {
    const staff = await createStaffViewer();
    const contact = await createContact();
    const sessionId = await startViewAs(staff, contact.id);
    expect(sessionId).toBeTruthy();
    const [session] = await db.select().from(viewAsSessions).where(eq(viewAsSessions.id, sessionId!));
    expect(session).toMatchObject({ staffUserId: staff.userId, contactId: contact.id, accountId: contact.accountId, endedAt: null });
    expect(session!.expiresAt.getTime() - session!.startedAt.getTime()).toBe(30 * 60_000);

    const other = await createStaffViewer();
    expect(await endViewAs(other, sessionId!)).toBe(false); // another staff member's session is not found
    expect(await endViewAs(staff, sessionId!)).toBe(true);
    expect(await endViewAs(staff, sessionId!)).toBe(false);
    const actions = (
      await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.subjectUserId, contact.id), eq(auditEvents.actorUserId, staff.userId)))
    ).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["view_as.started", "view_as.ended"]));
  });

  it("cannot be used on staff, on a contact who may not sign in, or with another account", async () => {
    const staff = await createStaffViewer();
    const otherStaff = await createStaffViewer();
    const off = await createContact({ loginState: "off" });
    const contact = await createContact();
    const stranger = await createContact();
    expect(await startViewAs(staff, otherStaff.userId)).toBeNull();
    expect(await startViewAs(staff, off.id)).toBeNull();
    expect(await startViewAs(staff, contact.id, stranger.accountId)).toBeNull();
  });
});
