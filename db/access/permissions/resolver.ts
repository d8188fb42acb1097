import "server-only";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, objectCapabilities, users } from "@/db/schema";
import { capabilities, type Capability, type ObjectType } from "./capabilities";
import type { ContactViewer } from "../viewer/viewer";

// The one permission resolver. "May this contact, acting for this account, do C (on object O)?"
// Layers, most specific first; each says allow, deny or nothing; nothing anywhere means deny:
export const layers = ["object", "contact", "group", "account", "module", "global"] as const;
export type Layer = (typeof layers)[number];
// Everything is SQL so that a list page filters all its rows in the same query that reads them,
// and so that a change made by staff counts on the very next request (nothing is cached).

/** A contact acting for one account: whose permissions are asked about. */
export type Acting = { contactId: string; accountId: string };
// The type may be a column too, for rows naming records of several kinds (files, activity).
export type ObjectRef = { type: ObjectType | AnyColumn; id: SQL | AnyColumn | string };

export function actingAs(viewer: ContactViewer): Acting {
  return { contactId: viewer.userId, accountId: viewer.accountId };
}

/** The object layer: a rule on this record, if any. */
function objectAnswer(who: Acting, capability: SQL | string, object: ObjectRef) {
  return sql<boolean | null>`(select ${objectCapabilities.isAllowed} from ${objectCapabilities}
    where ${objectCapabilities.objectId} = ${object.id} and ${objectCapabilities.objectType} = ${object.type}
      and ${objectCapabilities.capability} = ${capability} and ${objectCapabilities.accountId} = ${who.accountId})`;
}

/**
 * The layers above the object, decided in the database (permission_base, migration 0014). As a
 * scalar subquery with constant arguments it runs once per query, not once per row.
 */
function baseAnswer(who: Acting, capability: SQL | string) {
  return sql<boolean | null>`(select permission_base(${who.contactId}::uuid, ${who.accountId}::uuid, ${capability}::text))`;
}

/**
 * The effective answer as a SQL boolean, to put in a WHERE or a column. With an object whose id is
 * a column (projects.id), a whole list is filtered in one query: one indexed lookup per row for
 * the record's own rule, the rest computed once.
 */
export function allowedSql(who: Acting, capability: Capability, object?: ObjectRef): SQL<boolean> {
  // Wrapped once more so that it is safe as a selected column too (see correlated() in record-lists.ts).
  return object
    ? sql<boolean>`${sql`coalesce(${objectAnswer(who, capability, object)}, ${baseAnswer(who, capability)}, false)`}`
    : sql<boolean>`${sql`coalesce(${baseAnswer(who, capability)}, false)`}`;
}

/**
 * Tag visibility (knowledge-base articles, web forms): a record with no tags is for everyone; a
 * tagged one for contacts whose own or whose account's tags share one of its tags.
 */
export function tagsVisibleSql(who: Acting, tags: SQL | AnyColumn): SQL<boolean> {
  return sql<boolean>`${sql`(cardinality(${tags}) = 0 or ${tags} && (
    select ${users.tags} || ${accounts.tags} from ${users}, ${accounts} where ${users.id} = ${who.contactId} and ${accounts.id} = ${who.accountId}))`}`;
}

/** One check, one round trip: may the viewer do this (on this object)? */
export async function can(viewer: ContactViewer, capability: Capability, object?: { type: ObjectType; id: string }) {
  const rows = await db.execute<{ allowed: boolean }>(sql`select ${allowedSql(actingAs(viewer), capability, object)} as allowed`);
  return rows[0]?.allowed === true;
}

export type Explanation = {
  capability: Capability;
  isAllowed: boolean;
  decidedBy: Layer | "nothing set";
  answers: Record<Layer, boolean | null>;
};

/** Every layer's answer for the given capabilities (all by default), in one query, and which decided. */
export async function explainCapabilities(
  who: Acting,
  wanted: readonly Capability[] = capabilities.map((c) => c.key),
  object?: { type: ObjectType; id: string },
): Promise<Explanation[]> {
  const rows = await db.execute<{ capability: Capability } & Record<Layer, boolean | null>>(sql`
    select wanted.capability, ${object ? objectAnswer(who, sql`wanted.capability`, object) : sql`null::boolean`} as object,
      l.contact_answer as contact, l.group_answer as group, l.account_answer as account, l.module_answer as module, l.global_answer as global
    from unnest(${textArray(wanted)}) as wanted(capability)
    cross join lateral permission_layers(${who.contactId}::uuid, ${who.accountId}::uuid, wanted.capability) l`);
  const byCapability = new Map(rows.map((row) => [row.capability, row]));
  return wanted.map((capability) => {
    const row = byCapability.get(capability)!;
    const answers = Object.fromEntries(layers.map((layer) => [layer, row[layer]])) as Record<Layer, boolean | null>;
    return { capability, ...decide(answers), answers };
  });
}

function textArray(values: readonly string[]) {
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
}

/** The most specific layer with an answer decides; none means deny. */
export function decide(answers: Record<Layer, boolean | null>): { isAllowed: boolean; decidedBy: Layer | "nothing set" } {
  const deciding = layers.find((layer) => answers[layer] !== null);
  return deciding ? { isAllowed: answers[deciding]!, decidedBy: deciding } : { isAllowed: false, decidedBy: "nothing set" };
}

/**
 * The modules a contact may use, for their navigation: a capability counts when the layers above
 * the objects allow it, or when at least one record of their account is opened to them.
 */
export async function usableCapabilities(viewer: ContactViewer): Promise<Set<Capability>> {
  const who = actingAs(viewer);
  const rows = await db.execute<{ capability: Capability }>(sql`
    select wanted.capability from unnest(${textArray(capabilities.map((c) => c.key))}) as wanted(capability)
    where coalesce(permission_base(${who.contactId}::uuid, ${who.accountId}::uuid, wanted.capability), false)
       or exists (select 1 from ${objectCapabilities} where ${objectCapabilities.accountId} = ${who.accountId}
                    and ${objectCapabilities.capability} = wanted.capability and ${objectCapabilities.isAllowed})`);
  return new Set(rows.map((row) => row.capability));
}
