import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accountContacts, accounts, invitations, tokens, users } from "@/db/schema";
import { maySignIn } from "../viewer/login-rule";
import { decodeCursor, PAGE_SIZE, toPage } from "../kit/paging";
import { containsPattern } from "../kit/search";
import { assertStaff, type StaffViewer } from "../viewer/viewer";

export type PendingFilter = "all" | "invited" | "expired" | "never_invited";
export type PendingSort = "email" | "sent";

type PendingRow = {
  id: string;
  email: string;
  name: string;
  account_names: string;
  sent_at: Date | null;
  sent_at_exact: string | null;
  invited_by: string | null;
  invited_by_kind: "staff" | "contact" | null;
  state: "invited" | "expired" | "never_invited";
};

/**
 * Staff: "pending activation": everyone who may sign in but has not chosen a password, with their
 * latest invitation (when, by whom, still open or not) — including people granted access but never invited.
 */
export async function listPendingActivations(
  viewer: StaffViewer,
  options: { filter?: PendingFilter; invitedBy?: "staff" | "client"; query?: string; sort?: PendingSort; cursor?: string | null } = {},
) {
  assertStaff(viewer);
  const sort = options.sort ?? "email";
  const after = decodeCursor(options.cursor);
  const query = options.query?.trim();
  const filter = options.filter ?? "all";
  // "sent" pages newest first; people never invited come last (an empty sort value).
  const sortValue = sort === "sent" ? sql`coalesce(latest.sent_at::text, '')` : sql`${users}.email`;
  const afterClause = !after
    ? sql``
    : sort === "sent"
      ? sql`and (${sortValue}, ${users}.id) < (${after.value}, ${after.id}::uuid)`
      : sql`and (${sortValue}, ${users}.id) > (${after.value}, ${after.id}::uuid)`;
  const order = sort === "sent" ? sql`order by ${sortValue} desc, ${users}.id desc` : sql`order by ${sortValue}, ${users}.id`;

  const rows = await db.execute<PendingRow>(sql`
    select ${users}.id, ${users}.email, ${users}.name, latest.sent_at, latest.sent_at::text as sent_at_exact,
      latest.invited_by, latest.invited_by_kind,
      case when latest.sent_at is null then 'never_invited'
           when latest.is_open then 'invited' else 'expired' end as state,
      coalesce((select string_agg(a.name, ', ' order by a.name) from ${accountContacts} ac join ${accounts} a on a.id = ac.account_id
        where ac.contact_id = ${users}.id), '') as account_names
    from ${users}
    left join lateral (
      select i.created_at as sent_at, inviter.name as invited_by, inviter.kind as invited_by_kind,
        (t.used_at is null and t.cancelled_at is null and t.expires_at > now()) as is_open
      from ${invitations} i join ${tokens} t on t.id = i.token_id left join ${users} inviter on inviter.id = i.invited_by_user_id
      where i.contact_id = ${users}.id and t.cancelled_at is null
      order by i.created_at desc limit 1) latest on true
    where ${users}.kind = 'contact' and ${users}.password_hash is null and ${maySignIn}
      ${
        query
          ? sql`and (${users}.email ilike ${containsPattern(query)} or ${users}.name ilike ${containsPattern(query)} or exists (
        select 1 from ${accountContacts} ac join ${accounts} a on a.id = ac.account_id
        where ac.contact_id = ${users}.id and a.name ilike ${containsPattern(query)}))`
          : sql``
      }
      ${options.invitedBy === "staff" ? sql`and latest.invited_by_kind = 'staff'` : sql``}
      ${options.invitedBy === "client" ? sql`and latest.invited_by_kind = 'contact'` : sql``}
      ${filter === "invited" ? sql`and latest.is_open` : sql``}
      ${filter === "expired" ? sql`and latest.sent_at is not null and not latest.is_open` : sql``}
      ${filter === "never_invited" ? sql`and latest.sent_at is null` : sql``}
      ${afterClause}
    ${order}
    limit ${PAGE_SIZE + 1}`);

  const { page, nextCursor } = toPage([...rows], (row) => [sort === "sent" ? (row.sent_at_exact ?? "") : row.email, row.id]);
  return {
    people: page.map((row) => ({
      id: row.id,
      email: row.email,
      name: row.name,
      accountNames: row.account_names,
      sentAt: row.sent_at ? new Date(row.sent_at) : null,
      invitedBy: row.invited_by ? `${row.invited_by}${row.invited_by_kind === "contact" ? " (client)" : ""}` : null,
      state: row.state,
    })),
    nextCursor,
  };
}
