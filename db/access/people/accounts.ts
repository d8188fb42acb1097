import "server-only";
import { and, asc, desc, eq, ilike, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, users } from "@/db/schema";
import { isUuid } from "../kit/ids";
import { contactLoginState, isAccountActive, mayUseAccount } from "../viewer/login-rule";
import { decodeCursor, PAGE_SIZE, toPage } from "../kit/paging";
import { containsPattern } from "../kit/search";
import { hasTwoFactor } from "../sign-in/two-factor-policy";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

export type LastLoginFilter = "30d" | "over30d" | "never";
export type AccountFilter = { query?: string; status?: "active" | "offline"; lastLogin?: LastLoginFilter; tag?: string };
export type AccountSort = "name" | "last_login";

// The most recent sign-in of anyone at the account.
const lastLoginAt = sql<Date | null>`(select max(u.last_login_at) from ${accountContacts} ac join ${users} u on u.id = ac.contact_id
  where ac.account_id = ${accounts}.id)`;

/**
 * The account list's filter as one SQL condition, shared by the list and by "all N matching" bulk
 * actions. Customers only: the staff's own test client is shown apart and never bulk-changed.
 */
export function accountFilterCondition(filter: AccountFilter) {
  const query = filter.query?.trim();
  const tag = filter.tag?.trim();
  return and(
    eq(accounts.isTest, false),
    query ? or(ilike(accounts.name, containsPattern(query)), ilike(accounts.number, containsPattern(query))) : undefined,
    filter.status === "active" ? isAccountActive : filter.status === "offline" ? sql`not ${isAccountActive}` : undefined,
    filter.lastLogin === "30d" ? sql`${lastLoginAt} > now() - interval '30 days'` : undefined,
    filter.lastLogin === "over30d" ? sql`${lastLoginAt} <= now() - interval '30 days'` : undefined,
    filter.lastLogin === "never" ? sql`${lastLoginAt} is null` : undefined,
    tag ? sql`${accounts.tags} @> array[${tag}]::text[]` : undefined,
  );
}

/** Staff: client accounts by name, with a search on name or number, a page at a time. */
export async function listAccounts(viewer: StaffViewer, options: AccountFilter & { sort?: AccountSort; cursor?: string | null } = {}) {
  assertStaff(viewer);
  const after = decodeCursor(options.cursor);
  // "Most recent sign-in" pages newest first, accounts where nobody ever signed in last.
  const byLogin = options.sort === "last_login";
  const sortValue = byLogin ? sql<string>`coalesce(${lastLoginAt}::text, '')` : sql<string>`${accounts.name}`;
  const rows = await db
    .select({
      id: accounts.id,
      number: accounts.number,
      name: accounts.name,
      tags: accounts.tags,
      contactCount: sql<number>`(select count(*)::int from ${accountContacts} where ${accountContacts}.account_id = ${accounts}.id)`,
      isActive: isAccountActive,
      lastLoginAt,
      sortValue,
    })
    .from(accounts)
    .where(
      and(
        accountFilterCondition(options),
        after
          ? byLogin
            ? sql`(${sortValue}, ${accounts.id}) < (${after.value}, ${after.id}::uuid)`
            : sql`(${sortValue}, ${accounts.id}) > (${after.value}, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(...(byLogin ? [desc(sortValue), desc(accounts.id)] : [asc(sortValue), asc(accounts.id)]))
    .limit(PAGE_SIZE + 1);
  const { page, nextCursor } = toPage(rows, (row) => [row.sortValue, row.id]);
  return { accounts: page.map((row) => ({ ...row, lastLoginAt: row.lastLoginAt ? new Date(row.lastLoginAt) : null })), nextCursor };
}

/** Staff: the account's labels, replaced as a whole (trimmed, no duplicates, at most 20). */
export async function setAccountTags(viewer: StaffViewer, accountId: string, tags: string[]) {
  assertStaff(viewer);
  if (!isUuid(accountId)) return false;
  const clean = [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))].slice(0, 20);
  const updated = await db.update(accounts).set({ tags: clean }).where(eq(accounts.id, accountId)).returning({ id: accounts.id });
  return updated.length > 0;
}

/** Past this many, the list says "1,000+" for a filter that looks at every account's people. */
export const ACCOUNT_COUNT_CAP = 1000;

/**
 * Staff: how many accounts match the list's filter ("select all N matching"). A filter on status or
 * last sign-in asks the login rule (or the sign-ins) of every account's people, which at 20,000
 * accounts costs more than the page itself; so it counts only up to ACCOUNT_COUNT_CAP and says
 * "at least". Bulk actions on "all matching" never use this number: they select on the server.
 */
export async function countAccounts(viewer: StaffViewer, filter: AccountFilter): Promise<{ count: number; isAtLeast: boolean }> {
  assertStaff(viewer);
  const isCostly = filter.status !== undefined || filter.lastLogin !== undefined;
  const matching = db.select({ id: accounts.id }).from(accounts).where(accountFilterCondition(filter));
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from((isCostly ? matching.limit(ACCOUNT_COUNT_CAP + 1) : matching).as("matching"));
  const count = row?.count ?? 0;
  return isCostly && count > ACCOUNT_COUNT_CAP ? { count: ACCOUNT_COUNT_CAP, isAtLeast: true } : { count, isAtLeast: false };
}

/** Staff: the test client's account (for trying the portal), if anyone has used it yet. */
export async function getTestAccount(viewer: StaffViewer) {
  assertStaff(viewer);
  const [account] = await db.select({ id: accounts.id, name: accounts.name }).from(accounts).where(eq(accounts.isTest, true)).limit(1);
  return account ?? null;
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
      requireTwoFactor: accounts.requireTwoFactor,
      tags: accounts.tags,
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
      hasTwoFactor,
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
