// Bench figure for the portal home's activity feed (issue: portal-activity). 100,000 activity rows
// across 20,000 accounts, 2,000 of them on the contact's own account: on projects and tickets, some
// by the contact, some on threads they follow, some staff-only, the rest on colleagues' threads
// they may not see without "see all account activity".
import type { Sql } from "postgres";
import { benchContactViewer } from "./bench-data";
import type { Report } from "./bench-permissions";

const ROWS = 100_000;
const OWN_ROWS = 2_000;
const RUNS = 31;
const WARMUPS = 20;

export async function benchActivity(sql: Sql, report: Report) {
  const { listMyActivity } = await import("../../db/access/collaboration/activity");
  const [own] = await sql<{ account_id: string; contact_id: string; colleague_id: string }[]>`
    select ac.account_id, min(ac.contact_id::text)::uuid as contact_id, max(ac.contact_id::text)::uuid as colleague_id
    from account_contacts ac join accounts a on a.id = ac.account_id where a.number = 'B-00001' group by ac.account_id`;
  const { account_id: accountId, contact_id: contactId, colleague_id: colleagueId } = own!;
  await sql`insert into capability_defaults (capability, is_allowed) values ('projects.view', true)
    on conflict (capability) do update set is_allowed = true`;
  await sql`update contact_capabilities set is_allowed = true where contact_id = ${contactId} and capability = 'tickets.view'`;
  await sql`insert into projects (account_id, name) select ${accountId}::uuid, 'Feed project ' || g from generate_series(1, 100) g`;
  await sql`insert into tickets (account_id, contact_id, subject)
    select ${accountId}::uuid, case when g % 2 = 0 then ${contactId}::uuid else ${colleagueId}::uuid end, 'Feed ticket ' || g from generate_series(1, 100) g`;
  // They follow every fifth project and their own tickets.
  await sql`insert into followers (object_id, object_type, user_id, account_id)
    select id, 'project'::object_type, ${contactId}::uuid, account_id from (select id, account_id, row_number() over (order by name) n from projects where account_id = ${accountId}) p where n % 5 = 0
    union all select id, 'ticket'::object_type, ${contactId}::uuid, account_id from tickets where contact_id = ${contactId}`;
  await sql`
    with objects as (
      select id, 'project'::object_type as type, row_number() over (order by id) - 1 as n from projects where account_id = ${accountId}
      union all select id, 'ticket'::object_type, 100 + row_number() over (order by id) - 1 from tickets where account_id = ${accountId})
    insert into activities (account_id, actor_id, verb, object_type, object_id, title, is_internal, created_at)
    select ${accountId}::uuid, case when g % 5 = 0 then ${contactId}::uuid else ${colleagueId}::uuid end, 'posted', o.type, o.id,
      'Feed item ' || g, g % 10 = 3, now() - (g || ' minutes')::interval
    from generate_series(1, ${OWN_ROWS}) g join objects o on o.n = g % 200`;
  await sql`
    with others as (select id, row_number() over (order by number) as n from accounts where id <> ${accountId})
    insert into activities (account_id, verb, object_type, object_id, title, created_at)
    select o.id, 'posted', 'project', gen_random_uuid(), 'Elsewhere ' || g, now() - (g || ' seconds')::interval
    from generate_series(1, ${ROWS - OWN_ROWS}) g join others o on o.n = g % 19999 + 1`;
  await sql`vacuum analyze`;

  const viewer = benchContactViewer(contactId, accountId, "Account 00001");
  // The first page of the contact's feed, every row through the permission checks. Floor: the
  // same page of the account's activity read by hand, with no filtering.
  await report(
    "portal-activity",
    ROWS,
    () => listMyActivity(viewer),
    () => sql`select a.id, a.verb, a.object_type, a.object_id, a.title, a.created_at, u.name
      from activities a left join users u on u.id = a.actor_id where a.account_id = ${accountId} order by a.id desc limit 20`,
    RUNS,
    undefined,
    WARMUPS,
  );
}
