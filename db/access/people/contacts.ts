import "server-only";
import { and, asc, desc, eq, ilike, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, invitations, tokens, users } from "@/db/schema";
import { isUuid } from "../kit/ids";
import { contactLoginState, mayUseAccount } from "../viewer/login-rule";
import { decodeCursor, PAGE_SIZE, toPage } from "../kit/paging";
import { containsPattern } from "../kit/search";
import { hasTwoFactor } from "../sign-in/two-factor-policy";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

export type ContactStatus = "active" | "invited" | "invitation_expired" | "not_invited";

// Derived, not stored: a contact is active once they have a password; otherwise their latest invitation tells.
const contactStatus = sql<ContactStatus>`case
  when ${users.passwordHash} is not null then 'active'
  else coalesce((
    select case when t.used_at is null and t.cancelled_at is null and t.expires_at > now() then 'invited' else 'invitation_expired' end
    from ${invitations} i join ${tokens} t on t.id = i.token_id
    where i.contact_id = ${users}.id and t.cancelled_at is null
    order by i.created_at desc limit 1), 'not_invited') end`;

const accountNames = sql<string>`coalesce((
  select string_agg(a.name, ', ' order by a.name) from ${accountContacts} ac join ${accounts} a on a.id = ac.account_id
  where ac.contact_id = ${users}.id), '')`;

/** Staff: every client contact by email, searchable by email or name, a page at a time (keyset, so it holds at 100,000). */
export async function listContacts(viewer: StaffViewer, options: { query?: string; cursor?: string | null } = {}) {
  assertStaff(viewer);
  const after = decodeCursor(options.cursor);
  const query = options.query?.trim();
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, status: contactStatus, accountNames })
    .from(users)
    .where(
      and(
        eq(users.kind, "contact"),
        query ? or(ilike(users.email, containsPattern(query)), ilike(users.name, containsPattern(query))) : undefined,
        after ? sql`(${users.email}, ${users.id}) > (${after.value}, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(users.email), asc(users.id))
    .limit(PAGE_SIZE + 1);
  const { page, nextCursor } = toPage(rows, (row) => [row.email, row.id]);
  return { contacts: page, nextCursor };
}

/** Staff: one contact, the accounts they belong to and their invitations, newest first. */
export async function getContact(viewer: StaffViewer, contactId: string) {
  assertStaff(viewer);
  if (!isUuid(contactId)) return null;
  const [contact] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      status: contactStatus,
      loginState: contactLoginState,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
      hasTwoFactor,
    })
    .from(users)
    .where(and(eq(users.id, contactId), eq(users.kind, "contact")))
    .limit(1);
  if (!contact) return null;

  const memberships = await db
    .select({ id: accounts.id, name: accounts.name, number: accounts.number, maySignIn: mayUseAccount })
    .from(accountContacts)
    .innerJoin(accounts, eq(accounts.id, accountContacts.accountId))
    .innerJoin(users, eq(users.id, accountContacts.contactId))
    .where(eq(accountContacts.contactId, contactId))
    .orderBy(asc(accounts.name));

  const inviter = sql<string | null>`(select name from ${users} u where u.id = ${invitations.invitedByUserId})`;
  const history = await db
    .select({
      id: invitations.id,
      sentAt: invitations.createdAt,
      accountName: accounts.name,
      invitedBy: inviter,
      state: sql<"accepted" | "cancelled" | "expired" | "pending">`case
        when ${tokens.usedAt} is not null then 'accepted'
        when ${tokens.cancelledAt} is not null then 'cancelled'
        when ${tokens.expiresAt} <= now() then 'expired'
        else 'pending' end`,
    })
    .from(invitations)
    .innerJoin(tokens, eq(tokens.id, invitations.tokenId))
    .innerJoin(accounts, eq(accounts.id, invitations.accountId))
    .where(eq(invitations.contactId, contactId))
    .orderBy(desc(invitations.createdAt))
    .limit(20);

  return { ...contact, accounts: memberships, invitations: history };
}

/** Staff: every contact with their accounts, a page of rows at a time (for the CSV export). */
export async function* exportContacts(viewer: StaffViewer) {
  assertStaff(viewer);
  let after: { email: string; id: string } | null = null;
  for (;;) {
    const rows: { id: string; email: string; name: string; status: ContactStatus; accountNames: string }[] = await db
      .select({ id: users.id, email: users.email, name: users.name, status: contactStatus, accountNames })
      .from(users)
      .where(and(eq(users.kind, "contact"), after ? sql`(${users.email}, ${users.id}) > (${after.email}, ${after.id}::uuid)` : undefined))
      .orderBy(asc(users.email), asc(users.id))
      .limit(5_000);
    if (rows.length === 0) return;
    yield rows;
    const last = rows.at(-1)!;
    after = { email: last.email, id: last.id };
  }
}
