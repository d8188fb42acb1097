import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listAuditEvents } from "../people/audit-log";
import { cancelInvitation, sendInvitation } from "./invitations";
import { listPendingActivations } from "./pending";
import { createContact, createStaffViewer } from "../../testing/fixtures";

describe("pending activation", () => {
  it("lists people who may sign in without a password, with their latest invitation", async () => {
    const staff = await createStaffViewer();
    const invited = await createContact();
    const never = await createContact();
    const active = await createContact({ passwordHash: "$argon2id$x" });
    const off = await createContact({ loginState: "off" });
    await sendInvitation(staff, { contactId: invited.id, requestKey: randomUUID() });

    const find = async (id: string, filter?: "invited" | "never_invited") => {
      const email = [invited, never, active, off].find((c) => c.id === id)!.email;
      return (await listPendingActivations(staff, { query: email, filter })).people;
    };
    expect(await find(invited.id)).toEqual([
      expect.objectContaining({ state: "invited", invitedBy: "Test Staff", accountNames: invited.accountName }),
    ]);
    expect(await find(never.id)).toEqual([expect.objectContaining({ state: "never_invited", sentAt: null })]);
    expect(await find(active.id)).toEqual([]);
    expect(await find(off.id)).toEqual([]);
    expect(await find(invited.id, "never_invited")).toEqual([]);
    expect(await find(never.id, "invited")).toEqual([]);

    const byAccount = (await listPendingActivations(staff, { query: invited.accountName })).people.map((p) => p.id);
    expect(byAccount).toContain(invited.id);
    expect((await listPendingActivations(staff, { query: invited.email, invitedBy: "client" })).people).toEqual([]);
    expect((await listPendingActivations(staff, { query: invited.email, invitedBy: "staff" })).people).toHaveLength(1);

    await cancelInvitation(staff, invited.id);
    expect(await find(invited.id)).toEqual([expect.objectContaining({ state: "never_invited" })]);
  });

  it("pages by invitation date, newest first, each person once", async () => {
    const staff = await createStaffViewer();
    for (let i = 0; i < 3; i++) {
      const contact = await createContact();
      await sendInvitation(staff, { contactId: contact.id, requestKey: randomUUID() });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let previous = Infinity;
    do {
      const page: Awaited<ReturnType<typeof listPendingActivations>> = await listPendingActivations(staff, {
        sort: "sent",
        filter: "invited",
        cursor,
      });
      for (const person of page.people) {
        expect(person.sentAt!.getTime()).toBeLessThanOrEqual(previous);
        previous = person.sentAt!.getTime();
        seen.push(person.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(3);
  });
});

describe("audit log", () => {
  it("shows who did what to whom, filterable by event family and person", async () => {
    const staff = await createStaffViewer();
    const contact = await createContact();
    await sendInvitation(staff, { contactId: contact.id, requestKey: randomUUID() });
    const { events } = await listAuditEvents(staff, { action: "invitation", person: contact.email });
    expect(events[0]).toMatchObject({ action: "invitation.sent", actorName: "Test Staff", subjectEmail: contact.email });
    expect((await listAuditEvents(staff, { action: "sign_in", person: contact.email })).events).toEqual([]);
  });
});
