import postgres from "postgres";
import { createScratchDatabase } from "./lib/scratch-database";
const scratch = await createScratchDatabase(process.env.DATABASE_URL);
const sql = postgres(scratch.url, { max: 2, onnotice: () => {} });
try {
  await sql`insert into business_settings (id, name) values (1, 'Bench Business')`;
  await sql`insert into accounts (number, name, billing_postcode, portal_access) select 'B-' || lpad(g::text, 5, '0'), 'Account ' || lpad(g::text, 5, '0'), 'PC' || g, 'all' from generate_series(1, 20000) g`;
  await sql`insert into users (kind, name, email) select 'contact', 'Contact ' || g, 'contact' || lpad(g::text, 6, '0') || '@bench.example' from generate_series(1, 100000) g`;
  await sql`insert into account_contacts (account_id, contact_id) select a.id, u.id from (select id, row_number() over (order by email) as n from users where kind = 'contact') u join (select id, row_number() over (order by number) as n from accounts) a on a.n = (u.n - 1) / 5 + 1`;
  await sql`vacuum analyze`;
  const rule = `(case when (case when u.created_at <= (select logins_enabled_at from business_settings where id = 1) and (u.login_state_set_at is null or u.login_state_set_at < (select logins_enabled_at from business_settings where id = 1)) then 'on'::login_state else u.login_state end) = 'off' then false
    when ac.login_state <> 'inherit' then ac.login_state = 'on'
    when (case when u.created_at <= (select logins_enabled_at from business_settings where id = 1) and (u.login_state_set_at is null or u.login_state_set_at < (select logins_enabled_at from business_settings where id = 1)) then 'on'::login_state else u.login_state end) = 'on' then true
    when a.portal_access <> 'inherit' then a.portal_access = 'all'
    else coalesce((select allow_customer_login from business_settings where id = 1), false) end)`;
  const queries: Record<string, string> = {
    exists: `select count(*) from accounts a where exists (select 1 from account_contacts ac join users u on u.id = ac.contact_id where ac.account_id = a.id and ${rule})`,
    semijoin: `select count(*) from accounts a where a.id in (select ac.account_id from account_contacts ac join users u on u.id = ac.contact_id join accounts a on a.id = ac.account_id where ${rule})`,
    distinct: `select count(distinct ac.account_id) from account_contacts ac join users u on u.id = ac.contact_id join accounts a on a.id = ac.account_id where ${rule}`,
    plain: `select count(*) from accounts a`,
  };
  for (const [name, query] of Object.entries(queries)) {
    for (let i = 0; i < 3; i++) await sql.unsafe(query);
    const t = performance.now();
    for (let i = 0; i < 10; i++) await sql.unsafe(query);
    console.log(name, ((performance.now() - t) / 10).toFixed(1), "ms");
  }
  const plan = await sql.unsafe(`explain analyze ${queries.exists}`);
  console.log(plan.map((r) => r["QUERY PLAN"]).join("\n"));
} finally {
  await sql.end();
  await scratch.dispose();
}
process.exit(0);
