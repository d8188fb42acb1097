import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, contactGroupMembers, contactGroups, users } from "@/db/schema";
import { recordAudit } from "../kit/audit";
import { isUuid } from "../kit/ids";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

// Named groups of an account's contacts ("Managers"), a layer of permissions between the
// account's and each contact's own.

/** Staff: an account's groups with their members, by name. */
export async function listGroups(viewer: StaffViewer, accountId: string) {
  assertStaff(viewer);
  if (!isUuid(accountId)) return [];
  const groups = await db
    .select({ id: contactGroups.id, name: contactGroups.name })
    .from(contactGroups)
    .where(eq(contactGroups.accountId, accountId))
    .orderBy(asc(contactGroups.name));
  if (groups.length === 0) return [];
  const members = await db
    .select({ groupId: contactGroupMembers.groupId, contactId: contactGroupMembers.contactId })
    .from(contactGroupMembers)
    .where(
      inArray(
        contactGroupMembers.groupId,
        groups.map((group) => group.id),
      ),
    );
  return groups.map((group) => ({
    ...group,
    memberIds: members.filter((member) => member.groupId === group.id).map((member) => member.contactId),
  }));
}

export type GroupResult = { ok: true; id: string } | { ok: false; error: "not_found" | "name_taken" };

/** Staff: a new, empty group at an account. */
export async function createGroup(viewer: StaffViewer, accountId: string, name: string, ip?: string): Promise<GroupResult> {
  assertStaff(viewer);
  if (!isUuid(accountId)) return { ok: false, error: "not_found" };
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(contactGroups)
      .select(sql`select gen_random_uuid(), id, ${name.trim()}, now() from accounts where id = ${accountId}`)
      .onConflictDoNothing()
      .returning({ id: contactGroups.id });
    if (!created) {
      const [account] = await tx.execute<{ id: string }>(sql`select id from accounts where id = ${accountId}`);
      return { ok: false, error: account ? "name_taken" : "not_found" };
    }
    await recordAudit(tx, { action: "group.created", actorUserId: viewer.userId, accountId, ip, detail: { name: name.trim() } });
    return { ok: true, id: created.id };
  });
}

/** Staff: removes a group and its rules (its members keep their own settings). */
export async function deleteGroup(viewer: StaffViewer, groupId: string, ip?: string) {
  assertStaff(viewer);
  if (!isUuid(groupId)) return false;
  return db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(contactGroups)
      .where(eq(contactGroups.id, groupId))
      .returning({ accountId: contactGroups.accountId, name: contactGroups.name });
    if (!deleted) return false;
    await recordAudit(tx, {
      action: "group.deleted",
      actorUserId: viewer.userId,
      accountId: deleted.accountId,
      ip,
      detail: { name: deleted.name },
    });
    return true;
  });
}

/** Staff: sets who is in a group. Only contacts of the group's account can be members; others are ignored. */
export async function setGroupMembers(viewer: StaffViewer, groupId: string, contactIds: string[], ip?: string) {
  assertStaff(viewer);
  if (!isUuid(groupId)) return false;
  const wanted = contactIds.filter(isUuid);
  return db.transaction(async (tx) => {
    const [group] = await tx
      .select({ accountId: contactGroups.accountId })
      .from(contactGroups)
      .where(eq(contactGroups.id, groupId))
      .for("update");
    if (!group) return false;
    await tx.delete(contactGroupMembers).where(eq(contactGroupMembers.groupId, groupId));
    if (wanted.length > 0) {
      await tx.insert(contactGroupMembers).select(
        tx
          .select({ groupId: sql<string>`${groupId}::uuid`.as("group_id"), contactId: accountContacts.contactId })
          .from(accountContacts)
          .innerJoin(users, eq(users.id, accountContacts.contactId))
          .where(and(eq(accountContacts.accountId, group.accountId), inArray(accountContacts.contactId, wanted))),
      );
    }
    await recordAudit(tx, {
      action: "group.members_changed",
      actorUserId: viewer.userId,
      accountId: group.accountId,
      ip,
      detail: { groupId, members: wanted.length },
    });
    return true;
  });
}
