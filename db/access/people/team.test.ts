import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emails, users } from "@/db/schema";
import {
  cancelStaffInvitation,
  inviteStaff,
  listTeam,
  setStaffActive,
  setStaffRole,
  unsafeAcceptStaffInvitation,
  unsafeInspectStaffInvitation,
} from "./team";
import { createStaffViewer, isSessionOpen, openSession } from "../../testing/fixtures";
import type { StaffViewer } from "../viewer/viewer";

const asRole = (viewer: StaffViewer, role: StaffViewer["role"]) => ({ ...viewer, role });

async function invite(viewer: StaffViewer, role: StaffViewer["role"] = "member") {
  const email = `colleague-${randomUUID()}@example.test`;
  const requestKey = randomUUID();
  expect(await inviteStaff(viewer, { email, name: "Sam Patel", role, requestKey })).toEqual({ ok: true });
  expect(await inviteStaff(viewer, { email, name: "Sam Patel", role, requestKey })).toEqual({ ok: true }); // a double submit sends once
  const [person] = await db.select().from(users).where(eq(users.email, email));
  const sent = await db
    .select()
    .from(emails)
    .where(and(eq(emails.toAddress, email), eq(emails.template, "staff-invitation")));
  expect(sent).toHaveLength(1);
  const token = (sent[0]!.props as { acceptUrl: string }).acceptUrl.split("/team-invitation/")[1]!;
  return { person: person!, token };
}

describe("the staff team", () => {
  it("invites a colleague with a role, who accepts once by choosing a password", async () => {
    const owner = await createStaffViewer();
    const { person, token } = await invite(owner, "admin");
    expect(person).toMatchObject({ kind: "staff", staffRole: "admin", passwordHash: null });
    expect((await listTeam(owner)).find((row) => row.id === person.id)).toMatchObject({ state: "invited", role: "admin" });
    expect(await unsafeInspectStaffInvitation(token)).toMatchObject({ state: "valid", email: person.email });
    expect(await unsafeAcceptStaffInvitation(token, "$argon2id$staff")).toEqual({ email: person.email });
    expect(await unsafeAcceptStaffInvitation(token, "$argon2id$again")).toBeNull();
    expect((await listTeam(owner)).find((row) => row.id === person.id)).toMatchObject({ state: "active" });
  });

  it("keeps owners' matters to owners: an admin cannot invite, change or deactivate an owner", async () => {
    const owner = await createStaffViewer();
    const admin = asRole(await createStaffViewer(), "admin");
    expect(
      await inviteStaff(admin, { email: `o-${randomUUID()}@example.test`, name: "O", role: "owner", requestKey: randomUUID() }),
    ).toEqual({ ok: false, error: "not_allowed" });
    expect(await setStaffRole(admin, owner.userId, "member")).toEqual({ ok: false, error: "not_allowed" });
    expect(await setStaffActive(admin, owner.userId, false)).toEqual({ ok: false, error: "not_allowed" });
    await expect(listTeam(asRole(owner, "member"))).rejects.toThrow(/does not include team/);
  });

  it("never leaves the business without an active owner", async () => {
    // Every other owner in the shared database steps aside for this test.
    const owner = await createStaffViewer();
    const others = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.staffRole, "owner"), eq(users.kind, "staff")));
    await db
      .update(users)
      .set({ staffRole: "admin" })
      .where(and(eq(users.staffRole, "owner"), eq(users.kind, "staff")));
    await db.update(users).set({ staffRole: "owner" }).where(eq(users.id, owner.userId));
    try {
      const second = await createStaffViewer(); // also an owner
      expect(await setStaffRole(owner, second.userId, "admin")).toEqual({ ok: true });
      expect(await setStaffRole(owner, owner.userId, "admin")).toEqual({ ok: false, error: "last_owner" });
      expect(await setStaffActive(asRole(second, "owner"), owner.userId, false)).toEqual({ ok: false, error: "last_owner" });
      expect(await setStaffActive(owner, owner.userId, false)).toEqual({ ok: false, error: "self" });
    } finally {
      for (const { id } of others) await db.update(users).set({ staffRole: "owner" }).where(eq(users.id, id));
    }
  });

  it("deactivating ends the colleague's sessions at once, and reactivating lets them back", async () => {
    const owner = await createStaffViewer();
    const colleague = await createStaffViewer();
    await db.update(users).set({ staffRole: "member" }).where(eq(users.id, colleague.userId));
    const session = await openSession(colleague.userId);
    expect(await setStaffActive(owner, colleague.userId, false)).toEqual({ ok: true });
    expect(await isSessionOpen(session)).toBe(false);
    expect((await listTeam(owner)).find((row) => row.id === colleague.userId)).toMatchObject({ state: "deactivated" });
    expect(await setStaffActive(owner, colleague.userId, true)).toEqual({ ok: true });
  });

  it("a cancelled invitation link no longer works", async () => {
    const owner = await createStaffViewer();
    const { person, token } = await invite(owner);
    expect(await cancelStaffInvitation(owner, person.id)).toEqual({ ok: true });
    expect(await unsafeInspectStaffInvitation(token)).toEqual({ state: "cancelled" });
  });
});
