import type { Sql } from "postgres";
import type { ContactViewer } from "../../db/access/viewer/viewer";

/**
 * The benchmarks' business: `contacts` people in `accounts` accounts (five each, by email order),
 * with a module default and two settings of every contact's own, so the permission layers have rows.
 */
export async function seedBenchData(sql: Sql, size: { contacts: number; accounts: number }) {
  await sql`insert into business_settings (id, name) values (1, 'Bench Business')`;
  await sql`insert into accounts (number, name, billing_postcode)
    select 'B-' || lpad(g::text, 5, '0'), 'Account ' || lpad(g::text, 5, '0'), 'PC' || g from generate_series(1, ${size.accounts}) g`;
  await sql`insert into users (kind, name, email)
    select 'contact', 'Contact ' || g, 'contact' || lpad(g::text, 6, '0') || '@bench.example' from generate_series(1, ${size.contacts}) g`;
  await sql`insert into account_contacts (account_id, contact_id)
    select a.id, u.id
    from (select id, row_number() over (order by email) as n from users where kind = 'contact') u
    join (select id, row_number() over (order by number) as n from accounts) a on a.n = (u.n - 1) / ${size.contacts / size.accounts} + 1`;
  await sql`insert into capability_defaults (capability, is_allowed) values ('invoices.view', true), ('tickets.view', false)`;
  await sql`insert into contact_capabilities (contact_id, capability, is_allowed)
    select id, capability, false from users cross join (values ('invoices.view'), ('tickets.view')) v(capability) where kind = 'contact'`;
  await sql`vacuum analyze`;
}

/** A session id no browser holds: the benchmarks call the access layer directly, as this viewer. */
const NO_SESSION = "00000000-0000-0000-0000-000000000000";

/** The benchmarks' owner, as the access layer sees a signed-in staff member. */
export function benchStaffViewer(userId: string) {
  return { kind: "staff", userId, sessionId: NO_SESSION, name: "Bench Staff", email: "staff@bench.example", role: "owner" } as const;
}

/** A contact of one account, as the access layer sees them signed in. */
export function benchContactViewer(userId: string, accountId: string, accountName: string): ContactViewer {
  return {
    kind: "contact",
    userId,
    sessionId: NO_SESSION,
    name: "Perm Contact",
    email: "perm@bench.example",
    accountId,
    accountName,
    accounts: [],
    hasChosenAccount: true,
  };
}
