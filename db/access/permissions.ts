import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { businessSettings, capabilityDefaults, contactCapabilities, users } from "@/db/schema";
import { recordAudit } from "./audit";
import { capabilities, isCapability, type Capability } from "./capabilities";
import { isUuid } from "./ids";
import { assertStaff, type ContactViewer, type StaffViewer } from "./viewer";

// Two layers for now (the contact's own setting, then the business default; nothing set means
// deny). The object, group, account and module layers arrive with the full permission model.

const appliedAt = sql`(select ${businessSettings.defaultsAppliedAt} from ${businessSettings} where ${businessSettings.id} = 1)`;
/** A contact's own setting counts only if made after the defaults were last applied to everyone. */
const isCurrent = sql`(${appliedAt} is null or ${contactCapabilities.setAt} > ${appliedAt})`;

export type CapabilityAnswer = { capability: Capability; label: string; isAllowed: boolean; decidedBy: "contact" | "default" | "nothing set"; own: boolean | null };

/** Staff: the defaults, per capability (unset means denied). */
export async function getCapabilityDefaults(viewer: StaffViewer) {
  assertStaff(viewer);
  const rows = await db.select({ capability: capabilityDefaults.capability, isAllowed: capabilityDefaults.isAllowed }).from(capabilityDefaults);
  const allowed = new Set(rows.filter((row) => row.isAllowed).map((row) => row.capability));
  return capabilities.map((capability) => ({ ...capability, isAllowed: allowed.has(capability.key) }));
}

/** Staff: sets every default at once (the form shows them all). */
export async function setCapabilityDefaults(viewer: StaffViewer, allowed: Capability[], ip?: string) {
  assertStaff(viewer);
  const allowedSet = new Set(allowed);
  await db.transaction(async (tx) => {
    await tx
      .insert(capabilityDefaults)
      .values(capabilities.map(({ key }) => ({ capability: key, isAllowed: allowedSet.has(key) })))
      .onConflictDoUpdate({ target: capabilityDefaults.capability, set: { isAllowed: sql`excluded.is_allowed`, updatedAt: sql`now()` } });
    await recordAudit(tx, { action: "settings.defaults_changed", actorUserId: viewer.userId, ip, detail: { allowed: [...allowedSet] } });
  });
}

/** Staff: how many contacts have a setting of their own that "apply to all" would overwrite. */
export async function countContactsWithOwnPermissions(viewer: StaffViewer) {
  assertStaff(viewer);
  const [row] = await db.select({ count: sql<number>`count(distinct ${contactCapabilities.contactId})::int` }).from(contactCapabilities).where(isCurrent);
  return row?.count ?? 0;
}

/**
 * Staff: "apply the defaults to all existing contacts". Records the moment (one row) instead of
 * rewriting every contact's permissions; settings made before it stop counting.
 */
export async function applyDefaultsToAllContacts(viewer: StaffViewer, ip?: string) {
  assertStaff(viewer);
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ count: sql<number>`count(distinct ${contactCapabilities.contactId})::int` }).from(contactCapabilities).where(isCurrent);
    await tx.update(businessSettings).set({ defaultsAppliedAt: sql`clock_timestamp()`, updatedAt: sql`now()` }).where(eq(businessSettings.id, 1));
    await recordAudit(tx, { action: "settings.defaults_applied_to_all", actorUserId: viewer.userId, ip, detail: { contacts: row?.count ?? 0 } });
    return row?.count ?? 0;
  });
}

/** Staff: a contact's answer for every capability, and which layer gave it. */
export async function explainContactCapabilities(viewer: StaffViewer, contactId: string): Promise<CapabilityAnswer[]> {
  assertStaff(viewer);
  if (!isUuid(contactId)) return [];
  return answersFor(contactId);
}

/** Staff: a contact's own allow / deny for one capability, or null to follow the default. */
export async function setContactCapability(viewer: StaffViewer, contactId: string, capability: Capability, isAllowed: boolean | null, ip?: string) {
  assertStaff(viewer);
  if (!isUuid(contactId) || !isCapability(capability)) return false;
  return db.transaction(async (tx) => {
    const [contact] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, contactId), eq(users.kind, "contact")));
    if (!contact) return false;
    if (isAllowed === null) {
      await tx.delete(contactCapabilities).where(and(eq(contactCapabilities.contactId, contactId), eq(contactCapabilities.capability, capability)));
    } else {
      await tx
        .insert(contactCapabilities)
        .values({ contactId, capability, isAllowed, setAt: sql`clock_timestamp()` })
        .onConflictDoUpdate({ target: [contactCapabilities.contactId, contactCapabilities.capability], set: { isAllowed, setAt: sql`clock_timestamp()` } });
    }
    await recordAudit(tx, { action: "contact.permission_changed", actorUserId: viewer.userId, subjectUserId: contactId, ip, detail: { capability, isAllowed } });
    return true;
  });
}

/** The signed-in contact (or a staff member viewing as them): what they may do, for pages and actions. */
export async function getMyCapabilities(viewer: ContactViewer): Promise<Set<Capability>> {
  if (viewer.kind !== "contact") return new Set();
  return new Set((await answersFor(viewer.userId)).filter((answer) => answer.isAllowed).map((answer) => answer.capability));
}

async function answersFor(contactId: string): Promise<CapabilityAnswer[]> {
  const [defaults, own] = await Promise.all([
    db.select({ capability: capabilityDefaults.capability, isAllowed: capabilityDefaults.isAllowed }).from(capabilityDefaults),
    db
      .select({ capability: contactCapabilities.capability, isAllowed: contactCapabilities.isAllowed })
      .from(contactCapabilities)
      .where(and(eq(contactCapabilities.contactId, contactId), inArray(contactCapabilities.capability, capabilities.map((c) => c.key)), isCurrent)),
  ]);
  const defaultOf = new Map(defaults.map((row) => [row.capability, row.isAllowed]));
  const ownOf = new Map(own.map((row) => [row.capability, row.isAllowed]));
  return capabilities.map(({ key, label }) => {
    const mine = ownOf.get(key);
    if (mine !== undefined) return { capability: key, label, isAllowed: mine, decidedBy: "contact", own: mine };
    const fallback = defaultOf.get(key);
    return { capability: key, label, isAllowed: fallback ?? false, decidedBy: fallback === undefined ? "nothing set" : "default", own: null };
  });
}
