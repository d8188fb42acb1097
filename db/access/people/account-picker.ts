import "server-only";
import { asc, ilike, or } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts } from "@/db/schema";
import { containsPattern } from "../kit/search";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

export type PickableAccount = { number: string; name: string; isTest: boolean };

const SHOWN = 8;

/**
 * Staff: the accounts a record form's account picker offers for what was typed (a part of the name
 * or number; nothing typed offers the first few by name). Customers come before the test client,
 * which is still offered so staff can try a record in its portal.
 */
export async function pickableAccounts(viewer: StaffViewer, typed: string): Promise<PickableAccount[]> {
  assertStaff(viewer, "clients");
  const text = typed.trim().slice(0, 100);
  const pattern = containsPattern(text);
  return db
    .select({ number: accounts.number, name: accounts.name, isTest: accounts.isTest })
    .from(accounts)
    .where(text ? or(ilike(accounts.name, pattern), ilike(accounts.number, pattern)) : undefined)
    .orderBy(asc(accounts.isTest), asc(accounts.name))
    .limit(SHOWN);
}
