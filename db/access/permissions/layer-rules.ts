import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { db, type Database, type Transaction } from "@/db/client";
import {
  accountCapabilities,
  accountContacts,
  accounts,
  businessSettings,
  capabilityDefaults,
  contactCapabilities,
  contactGroups,
  groupCapabilities,
  objectCapabilities,
  users,
} from "@/db/schema";
import { recordAudit } from "../kit/audit";
import { capabilities, isCapability, type Capability, type ObjectType } from "./capabilities";
import { unsafeFindObjectAccount } from "../records/object-accounts";
import { isUuid } from "../kit/ids";
import { explainCapabilities, type Acting, type Explanation } from "./resolver";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

// Staff editing each layer of customer permissions where it lives, and the Explain panel. The
// answers themselves come only from the resolver (permission-resolver.ts).

export type RuleTarget =
  | { layer: "module" }
  | { layer: "account"; accountId: string }
  | { layer: "group"; groupId: string }
  | { layer: "contact"; contactId: string }
  | { layer: "object"; objectType: ObjectType; objectId: string };

/** A layer's own settings: capability → allow (true) or deny (false); absent means inherit. */
export type LayerRules = Partial<Record<Capability, boolean>>;

const staffRuleIsCurrent = sql`(${contactCapabilities.source} = 'inviter' or (select ${businessSettings.defaultsAppliedAt} from ${businessSettings} where ${businessSettings.id} = 1) is null
  or ${contactCapabilities.setAt} > (select ${businessSettings.defaultsAppliedAt} from ${businessSettings} where ${businessSettings.id} = 1))`;

/**
 * The layers that belong to someone or something: the table, the column naming the owner (with
 * the capability, the conflict target), and what a row carries besides. The module defaults are
 * one row per capability, in capability_defaults.
 */
const ownedLayers = {
  account: { table: accountCapabilities, owner: accountCapabilities.accountId, key: "accountId" },
  group: { table: groupCapabilities, owner: groupCapabilities.groupId, key: "groupId" },
  contact: { table: contactCapabilities, owner: contactCapabilities.contactId, key: "contactId" },
  object: { table: objectCapabilities, owner: objectCapabilities.objectId, key: "objectId" },
} as const;

/** Where a target's settings are kept, which rows are its, and how a new or changed row is written. */
function layerTable(target: RuleTarget, accountId: string | null): LayerTable {
  const isAllowed = sql`excluded.is_allowed`;
  const setAt = sql`clock_timestamp()`;
  if (target.layer === "module") {
    const t = capabilityDefaults;
    return { table: t, columns: t, owned: undefined, owner: {}, conflict: [t.capability], update: { isAllowed, updatedAt: setAt } };
  }
  const { table, owner, key } = ownedLayers[target.layer];
  const id = targetId(target)!;
  const layer = {
    table,
    columns: table,
    owned: eq(owner, id),
    conflict: [owner, table.capability],
    owner: { [key]: id },
    update: { isAllowed, setAt },
  };
  // Staff settings made before "apply the defaults to all" no longer count (decision 0006).
  if (target.layer === "contact")
    return {
      ...layer,
      shown: staffRuleIsCurrent,
      owner: { ...layer.owner, source: "staff", setAt },
      update: { ...layer.update, source: "staff" },
    };
  if (target.layer === "object") return { ...layer, owner: { ...layer.owner, objectType: target.objectType, accountId } };
  return layer;
}

type LayerTable = {
  table: PgTable;
  columns: { capability: PgColumn; isAllowed: PgColumn };
  owned: SQL | undefined;
  /** Rows that exist but no longer count, left out of what the editor shows. */
  shown?: SQL;
  owner: Record<string, unknown>;
  conflict: PgColumn[];
  update: Record<string, unknown>;
};

/** The target's id, when it is well formed (the module defaults have none). */
function targetId(target: RuleTarget) {
  switch (target.layer) {
    case "module":
      return null;
    case "account":
      return target.accountId;
    case "group":
      return target.groupId;
    case "contact":
      return target.contactId;
    case "object":
      return target.objectId;
  }
}

/** Staff: the settings one layer holds, to show in its editor. */
export async function getLayerRules(viewer: StaffViewer, target: RuleTarget): Promise<LayerRules> {
  assertStaff(viewer);
  const rows = await readRules(db, target);
  return Object.fromEntries(rows.filter((row) => isCapability(row.capability)).map((row) => [row.capability, row.isAllowed]));
}

// Through the caller's transaction when changing rules, so what is compared is what is then written.
async function readRules(executor: Database | Transaction, target: RuleTarget): Promise<{ capability: string; isAllowed: boolean }[]> {
  const id = targetId(target);
  if (id !== null && !isUuid(id)) return [];
  const { table, columns, owned, shown } = layerTable(target, null);
  const rows = await executor.select({ capability: columns.capability, isAllowed: columns.isAllowed }).from(table).where(and(owned, shown));
  return rows as { capability: string; isAllowed: boolean }[];
}

export type RuleChanges = Partial<Record<Capability, boolean | null>>;

/**
 * Staff: changes a layer's settings — allow (true), deny (false) or inherit (null) per capability
 * given; others stay. One transaction, audited. False when the target does not exist.
 */
export async function setLayerRules(viewer: StaffViewer, target: RuleTarget, changes: RuleChanges, ip?: string) {
  assertStaff(viewer, target.layer === "module" ? "settings" : "clients");
  const entries = Object.entries(changes).filter(([capability]) => isCapability(capability)) as [Capability, boolean | null][];
  return db.transaction(async (tx) => {
    const accountId = await accountOfTarget(tx, target);
    if (accountId === undefined) return false;
    const current = Object.fromEntries((await readRules(tx, target)).map((row) => [row.capability, row.isAllowed]));
    const changed = entries.filter(([capability, isAllowed]) => (current[capability] ?? null) !== isAllowed);
    if (changed.length === 0) return true;
    const removed = changed.filter(([, isAllowed]) => isAllowed === null).map(([capability]) => capability);
    const set = changed.filter((entry): entry is [Capability, boolean] => entry[1] !== null);
    const { table, columns, owned, owner, conflict, update } = layerTable(target, accountId);
    if (removed.length) await tx.delete(table).where(and(owned, inArray(columns.capability, removed)));
    if (set.length)
      await tx
        .insert(table)
        .values(set.map(([capability, isAllowed]) => ({ ...owner, capability, isAllowed })))
        .onConflictDoUpdate({ target: conflict, set: update });
    await recordAudit(tx, {
      action: "permission.changed",
      actorUserId: viewer.userId,
      subjectUserId: target.layer === "contact" ? target.contactId : undefined,
      accountId,
      ip,
      detail: { ...target, changes: Object.fromEntries(changed) },
    });
    return true;
  });
}

/** The account a rule target belongs to (null for business-wide layers); undefined when it does not exist. */
async function accountOfTarget(tx: Transaction, target: RuleTarget): Promise<string | null | undefined> {
  switch (target.layer) {
    case "module":
      return null;
    case "account": {
      if (!isUuid(target.accountId)) return undefined;
      const [account] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, target.accountId));
      return account?.id;
    }
    case "group": {
      if (!isUuid(target.groupId)) return undefined;
      const [group] = await tx
        .select({ accountId: contactGroups.accountId })
        .from(contactGroups)
        .where(eq(contactGroups.id, target.groupId));
      return group?.accountId;
    }
    case "contact": {
      if (!isUuid(target.contactId)) return undefined;
      const [contact] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, target.contactId), eq(users.kind, "contact")));
      return contact ? null : undefined;
    }
    case "object":
      return (await unsafeFindObjectAccount(target.objectType, target.objectId, tx)) ?? undefined;
  }
}

/** Staff: the global default (one answer for anything no layer sets; null means deny). */
export async function getGlobalDefault(viewer: StaffViewer) {
  assertStaff(viewer);
  const [row] = await db
    .select({ defaultAllowed: businessSettings.defaultAllowed })
    .from(businessSettings)
    .where(eq(businessSettings.id, 1));
  return row?.defaultAllowed ?? null;
}

/** Staff: sets the global default. */
export async function setGlobalDefault(viewer: StaffViewer, isAllowed: boolean | null, ip?: string) {
  assertStaff(viewer, "settings");
  await db.transaction(async (tx) => {
    await tx
      .update(businessSettings)
      .set({ defaultAllowed: isAllowed, updatedAt: sql`now()` })
      .where(eq(businessSettings.id, 1));
    await recordAudit(tx, { action: "permission.changed", actorUserId: viewer.userId, ip, detail: { layer: "global", isAllowed } });
  });
}

/** Staff: how many contacts have a setting of their own that "apply to all" would overwrite. */
export async function countContactsWithOwnPermissions(viewer: StaffViewer) {
  assertStaff(viewer);
  const [row] = await db
    .select({ count: sql<number>`count(distinct ${contactCapabilities.contactId})::int` })
    .from(contactCapabilities)
    .where(and(eq(contactCapabilities.source, "staff"), staffRuleIsCurrent));
  return row?.count ?? 0;
}

/**
 * Staff: "apply the defaults to all existing contacts". Records the moment (one row) instead of
 * rewriting every contact's permissions; staff settings made before it stop counting. Limits set
 * by an inviting colleague stay.
 */
export async function applyDefaultsToAllContacts(viewer: StaffViewer, ip?: string) {
  assertStaff(viewer, "settings");
  const count = await countContactsWithOwnPermissions(viewer);
  await db.transaction(async (tx) => {
    await tx
      .update(businessSettings)
      .set({ defaultsAppliedAt: sql`clock_timestamp()`, updatedAt: sql`now()` })
      .where(eq(businessSettings.id, 1));
    await recordAudit(tx, { action: "settings.defaults_applied_to_all", actorUserId: viewer.userId, ip, detail: { contacts: count } });
  });
  return count;
}

/** Staff: the Explain panel — for a contact at one of their accounts, every (or one) capability's answer and deciding layer. */
export async function explainForContact(
  viewer: StaffViewer,
  request: { contactId: string; accountId: string; capability?: Capability; object?: { type: ObjectType; id: string } },
): Promise<Explanation[]> {
  assertStaff(viewer);
  if (!isUuid(request.contactId) || !isUuid(request.accountId)) return [];
  const [member] = await db
    .select({ contactId: accountContacts.contactId })
    .from(accountContacts)
    .where(and(eq(accountContacts.contactId, request.contactId), eq(accountContacts.accountId, request.accountId)));
  if (!member) return [];
  const who: Acting = { contactId: request.contactId, accountId: request.accountId };
  const object = request.object && isUuid(request.object.id) ? request.object : undefined;
  return explainCapabilities(who, request.capability ? [request.capability] : capabilities.map((c) => c.key), object);
}
