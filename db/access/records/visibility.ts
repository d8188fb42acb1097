import "server-only";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { invoices, quotes, tickets } from "@/db/schema";
import type { Capability, ObjectType } from "../permissions/capabilities";
import { objectTables } from "./object-accounts";
import { allowedSql, type Acting } from "../permissions/resolver";

// Which records of their account a contact may see, per kind of record, as SQL over that
// record's own table (unaliased). Lists, detail pages, files and downloads all use these.

export const viewCapability: Record<ObjectType, Capability> = {
  invoice: "invoices.view",
  quote: "quotes.view",
  project: "projects.view",
  task: "tasks.view",
  ticket: "tickets.view",
  contract: "contracts.view",
  sale: "sales.view",
  timesheet: "timesheets.view",
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
  const allowed = allowedSql(who, viewCapability[type], { type, id: objectTables[type].id });
  return extra ? sql<boolean>`(${allowed} and ${extra})` : allowed;
}

/** May the contact see the record a file (or anything else) is attached to, given its type and id columns? */
export function mayViewAttachedTo(who: Acting, typeColumn: AnyColumn, idColumn: AnyColumn): SQL<boolean> {
  const branches = (Object.keys(objectTables) as ObjectType[]).map((type) => {
    const table = objectTables[type];
    return sql`when ${type} then exists (select 1 from ${table} where ${table.id} = ${idColumn} and ${table.accountId} = ${who.accountId} and ${mayViewRecord(who, type)})`;
  });
  return sql<boolean>`(case ${typeColumn} ${sql.join(branches, sql` `)} else false end)`;
}
