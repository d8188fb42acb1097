import type { Sql } from "postgres";

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
