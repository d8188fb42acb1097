import "server-only";
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, users } from "@/db/schema";
import { isUuid } from "./ids";
import { contactLoginState, isAccountActive, mayUseAccount } from "./login-rule";
import { decodeCursor, PAGE_SIZE, toPage } from "./paging";
import { containsPattern } from "./search";
import { assertStaff, type StaffViewer } from "./viewer";

export type AccountFilter = { query?: string; status?: "active" | "offline" };

/** The account list's filter as one SQL condition, shared by the list and by "all N matching" bulk actions. */
export function accountFilterCondition(filter: AccountFilter) {
  const query = filter.query?.trim();
  return and(
    query ? or(ilike(accounts.name, containsPattern(query)), ilike(accounts.number, containsPattern(query))) : undefined,
    filter.status === "active" ? isAccountActive : filter.status === "offline" ? sql`not ${isAccountActive}` : undefined,
  );
}

/** Staff: client accounts by name, with a search on name or number, a page at a time. */
export async function listAccounts(
  viewer: StaffViewer,
  options: { query?: string; status?: "active" | "offline"; cursor?: string | null } = {},
) {
  assertStaff(viewer);
  const after = decodeCursor(options.cursor);
  const rows = await db
    .select({
      id: accounts.id,
      number: accounts.number,
      name: accounts.name,
      contactCount: sql<number>`(select count(*)::int from ${accountContacts} where ${accountContacts}.account_id = ${accounts}.id)`,
      isActive: isAccountActive,
    })
    .from(accounts)
    .where(
      and(accountFilterCondition(options), after ? sql`(${accounts.name}, ${accounts.id}) > (${after.value}, ${after.id}::uuid)` : undefined),
    )
    .orderBy(asc(accounts.name), asc(accounts.id))
    .limit(PAGE_SIZE + 1);
  const { page, nextCursor } = toPage(rows, (row) => [row.name, row.id]);
  return { accounts: page, nextCursor };
}

/** Staff: how many accounts match the list's filter ("select all N matching"). */
export async function countAccounts(viewer: StaffViewer, filter: AccountFilter) {
  assertStaff(viewer);
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(accounts).where(accountFilterCondition(filter));
  return row?.count ?? 0;
}

/** Staff: one account and its people (the first 500 by name; the count says how many in all). */
export async function getAccount(viewer: StaffViewer, accountId: string) {
  assertStaff(viewer);
  if (!isUuid(accountId)) return null;
  const [account] = await db
    .select({
      id: accounts.id,
      number: accounts.number,
      name: accounts.name,
      billingPostcode: accounts.billingPostcode,
      portalAccess: accounts.portalAccess,
      isActive: isAccountActive,
    })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .limit(1);
  if (!account) return null;
  const contacts = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      toggle: accountContacts.loginState,
      ownState: contactLoginState,
      maySignIn: mayUseAccount,
    })
    .from(accountContacts)
    .innerJoin(users, eq(users.id, accountContacts.contactId))
    .innerJoin(accounts, eq(accounts.id, accountContacts.accountId))
    .where(eq(accountContacts.accountId, accountId))
    .orderBy(asc(users.name), asc(users.id))
    .limit(500);
  const [{ total } = { total: 0 }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(accountContacts)
    .where(eq(accountContacts.accountId, accountId));
  return { ...account, contacts, contactTotal: total };
}
