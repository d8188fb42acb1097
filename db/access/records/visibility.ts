import "server-only";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { invoices, quotes, tickets } from "@/db/schema";
import type { ObjectType } from "../permissions/capabilities";
import { recordKindList, viewCapabilityOf } from "@/lib/record-kinds";
import { recordTables } from "./kinds";
import { allowedSql, type Acting } from "../permissions/resolver";

// Which records of their account a contact may see, per kind of record, as SQL over that
// record's own table (unaliased). Lists, detail pages, files and downloads all use these.

export const viewCapability = Object.fromEntries(recordKindList.map((kind) => [kind, viewCapabilityOf(kind)])) as {
  [K in ObjectType]: ReturnType<typeof viewCapabilityOf<K>>;
};

/** What a record needs besides the capability: drafts stay with staff; tickets are one's own unless "see all account activity". */
function beyondCapability(who: Acting, type: ObjectType): SQL | undefined {
  switch (type) {
    case "invoice":
      return sql`${invoices.status} <> 'draft'`;
    case "quote":
      return sql`${quotes.status} <> 'draft'`;
    case "ticket":
      return sql`(${tickets.contactId} = ${who.contactId} or ${allowedSql(who, "activity.all", { type: "ticket", id: tickets.id })})`;
    default:
      return undefined;
  }
}

/** May the contact see this row of the record's own table? (The account condition is the caller's.) */
export function mayViewRecord(who: Acting, type: ObjectType): SQL<boolean> {
  const extra = beyondCapability(who, type);
  const allowed = allowedSql(who, viewCapability[type], { type, id: recordTables[type].id });
  return extra ? sql<boolean>`(${allowed} and ${extra})` : allowed;
}

/** May the contact see the record a file (or anything else) is attached to, given its type and id columns? */
export function mayViewAttachedTo(who: Acting, typeColumn: AnyColumn, idColumn: AnyColumn): SQL<boolean> {
  const branches = recordKindList.map((type) => {
    const table = recordTables[type];
    return sql`when ${type} then exists (select 1 from ${table} where ${table.id} = ${idColumn} and ${table.accountId} = ${who.accountId} and ${mayViewRecord(who, type)})`;
  });
  return sql<boolean>`(case ${typeColumn} ${sql.join(branches, sql` `)} else false end)`;
}
