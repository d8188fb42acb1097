// `npm run bench`: figures for the issues' speed targets, each beside a floor (the same work as
// plain SQL, measured in the same run), on a scratch database of 100,000 contacts in 20,000 accounts.
// Prints: bench <name> n=<rows> app_ms=<median> floor_ms=<median> ratio=<app/floor>
import postgres from "postgres";
import { benchStaffViewer, seedBenchData } from "./lib/bench-data";
import { benchActivity } from "./lib/bench-activity";
import { benchPermissions } from "./lib/bench-permissions";
import { createScratchDatabase } from "./lib/scratch-database";

// Viewers here are made by the benchmark, not by signing in.

// `npm run bench -- name …` prints only the named figures (the data is built in full regardless).
const only = new Set(process.argv.slice(2));

const CONTACTS = 100_000;
const ACCOUNTS = 20_000;
const RUNS = 15;

const scratch = await createScratchDatabase(process.env.DATABASE_URL);
process.env.DATABASE_URL = scratch.url;
const sql = postgres(scratch.url, { max: 4, onnotice: () => {} });

try {
  await seedBenchData(sql, { contacts: CONTACTS, accounts: ACCOUNTS });
  const { listContacts } = await import("../db/access/people/contacts");
  const { countAccounts, listAccounts } = await import("../db/access/people/accounts");
  const { enableLoginForAllContacts } = await import("../db/access/onboarding/login-settings");
  const { grantAndInvite } = await import("../db/access/onboarding/bulk-grant");
  const { applyDefaultsToAllContacts } = await import("../db/access/permissions/layer-rules");
  const { queueImport, stageImport, unsafeRunNextImport } = await import("../db/access/people/imports");
  const { parseContactsCsv } = await import("../lib/csv/contacts-csv");
  const { encodeCursor } = await import("../db/access/kit/paging");
  const [staff] = await sql<{ id: string }[]>`
    insert into users (kind, staff_role, name, email) values ('staff', 'owner', 'Bench Staff', 'staff@bench.example') returning id`;
  const viewer = benchStaffViewer(staff!.id);

  // The list's columns written by hand: the floor is the same SELECT without the access layer.
  const contactColumns = sql`u.id, u.name, u.email,
    case when u.password_hash is not null then 'active' else coalesce((
      select case when t.used_at is null and t.cancelled_at is null and t.expires_at > now() then 'invited' else 'invitation_expired' end
      from invitations i join tokens t on t.id = i.token_id where i.contact_id = u.id and t.cancelled_at is null
      order by i.created_at desc limit 1), 'not_invited') end as status,
    (select string_agg(a.name, ', ' order by a.name) from account_contacts ac join accounts a on a.id = ac.account_id
      where ac.contact_id = u.id) as account_names`;

  const [middle] = await sql<{ id: string; email: string }[]>`
    select id, email from users where kind = 'contact' order by email, id offset ${CONTACTS / 2} limit 1`;
  const cursor = encodeCursor(middle!.email, middle!.id);

  await report(
    "contacts-page",
    CONTACTS,
    () => listContacts(viewer),
    () => sql`select ${contactColumns} from users u where kind = 'contact' order by email, id limit 51`,
  );
  await report(
    "contacts-deep-page",
    CONTACTS,
    () => listContacts(viewer, { cursor }),
    () =>
      sql`select ${contactColumns} from users u where kind = 'contact' and (email, id) > (${middle!.email}, ${middle!.id}::uuid)
        order by email, id limit 51`,
  );
  await report(
    "contacts-search",
    CONTACTS,
    () => listContacts(viewer, { query: "contact04321" }),
    () =>
      sql`select ${contactColumns} from users u where kind = 'contact' and (email ilike '%contact04321%' or name ilike '%contact04321%')
        order by email, id limit 51`,
  );
  // The account list filtered to "active" (someone can sign in), sorted by name: every account's
  // people go through the login rule until a page is full.
  await sql`update business_settings set allow_customer_login = false`;
  await sql`update accounts set portal_access = 'all' where number like '%7'`;
  await report(
    "accounts-page",
    ACCOUNTS,
    () => listAccounts(viewer, { status: "active" }),
    () =>
      sql`select a.id, a.number, a.name, (select count(*)::int from account_contacts ac where ac.account_id = a.id) as contact_count
        from accounts a
        where exists (select 1 from account_contacts ac join users u on u.id = ac.contact_id
          where ac.account_id = a.id and (case
            when u.login_state = 'off' then false
            when ac.login_state <> 'inherit' then ac.login_state = 'on'
            when u.login_state = 'on' then true
            when a.portal_access <> 'inherit' then a.portal_access = 'all'
            else (select allow_customer_login from business_settings where id = 1) end))
        order by a.name, a.id limit 51`,
  );

  // The same page as a busy business sees it: every account open to all its people, every contact
  // holding an open invitation. The page lists a page of active accounts and counts them up to
  // 1,000 ("1,000+"); the floor is that list and that count written by hand.
  await sql`update accounts set portal_access = 'all'`;
  await sql`with fresh as (select u.id as contact_id, ac.account_id from users u join account_contacts ac on ac.contact_id = u.id where u.kind = 'contact'),
      new_tokens as (insert into tokens (purpose, token_hash, user_id, expires_at)
        select 'invitation', md5(contact_id::text || account_id::text), contact_id, now() + interval '7 days' from fresh returning id, user_id)
    insert into invitations (token_id, contact_id, account_id) select t.id, f.contact_id, f.account_id from new_tokens t join fresh f on f.contact_id = t.user_id`;
  await sql`vacuum analyze`;
  await report(
    "accounts-page-busy",
    ACCOUNTS,
    () => Promise.all([listAccounts(viewer, { status: "active" }), countAccounts(viewer, { status: "active" })]),
    () =>
      Promise.all([
        sql`select a.id, a.number, a.name, (select count(*)::int from account_contacts ac where ac.account_id = a.id) as contact_count
          from accounts a where exists (select 1 from account_contacts ac join users u on u.id = ac.contact_id
            where ac.account_id = a.id and u.login_state <> 'off' and ac.login_state <> 'off' and a.portal_access = 'all')
          order by a.name, a.id limit 51`,
        sql`select count(*) from (select 1 from accounts a where exists (select 1 from account_contacts ac join users u on u.id = ac.contact_id
            where ac.account_id = a.id and u.login_state <> 'off' and ac.login_state <> 'off' and a.portal_access = 'all') limit 1001) capped`,
      ]),
  );
  await sql`truncate invitations, tokens`;
  await sql`update accounts set portal_access = 'inherit'`;

  // Grant access at every account and invite all 100,000 people: tokens, invitations, outbox emails
  // and audit rows. Floor: the same rows written by one hand-made INSERT ... SELECT, no rules applied.
  const clearInvitations = async () => {
    await sql`truncate invitations, tokens, emails, bulk_operations`;
    await sql`delete from audit_events`;
    await sql`update accounts set portal_access = 'inherit'`;
  };
  await report(
    "grant-and-invite-all",
    CONTACTS,
    () => grantAndInvite(viewer, { allMatching: {} }, { invite: true, requestKey: crypto.randomUUID() }),
    () => sql`
      with fresh as (
        select u.id as contact_id, u.email, u.name, ac.account_id,
          rtrim(translate(encode(gen_random_bytes(32), 'base64'), '+/', '-_'), '=') as raw
        from users u join account_contacts ac on ac.contact_id = u.id where u.kind = 'contact'),
      new_tokens as (
        insert into tokens (purpose, token_hash, user_id, expires_at)
        select 'invitation', encode(sha256(convert_to(raw, 'UTF8')), 'hex'), contact_id, now() + interval '7 days' from fresh
        returning id, user_id),
      new_invitations as (
        insert into invitations (token_id, contact_id, account_id)
        select t.id, f.contact_id, f.account_id from new_tokens t join fresh f on f.contact_id = t.user_id returning contact_id)
      insert into emails (to_address, template, subject, props)
      select f.email, 'invitation', 'Invitation', jsonb_build_object('contactName', f.name, 'acceptUrl', 'http://localhost/invitation/' || f.raw)
      from new_tokens t join fresh f on f.contact_id = t.user_id`,
    3,
    clearInvitations,
  );
  await clearInvitations();

  // "Apply the defaults to all existing contacts" (every contact has two settings of their own)
  // beside the UPDATE that would overwrite them all.
  await report(
    "apply-defaults",
    CONTACTS,
    () => applyDefaultsToAllContacts(viewer),
    () =>
      sql`update contact_capabilities c set is_allowed = d.is_allowed, set_at = now()
        from capability_defaults d where d.capability = c.capability`,
    5,
  );

  // Import a spreadsheet of 100,000 new people in 20,000 new accounts: parse, check, stage, commit.
  // Floor: COPY of the same people straight into the users table (same indexes), no checks, no
  // accounts, no memberships.
  const importCsv = ["account_number,account_name,email,name"]
    .concat(
      Array.from({ length: CONTACTS }, (_, i) => {
        const account = Math.floor(i / (CONTACTS / ACCOUNTS));
        return `IMP-${account},Imported ${account},import${String(i).padStart(6, "0")}@bench.example,Imported ${i}`;
      }),
    )
    .join("\n");
  const clearImport = async () => {
    await sql`delete from users where email like 'import%@bench.example'`;
    await sql`delete from accounts where number like 'IMP-%'`;
    await sql`truncate imports cascade`;
  };
  const copyFloorCsv = Array.from(
    { length: CONTACTS },
    (_, i) => `contact,import${String(i).padStart(6, "0")}@bench.example,Imported ${i}`,
  ).join("\n");
  await report(
    "import-csv",
    CONTACTS,
    async () => {
      const parsed = parseContactsCsv(importCsv);
      if ("error" in parsed) throw new Error(parsed.error);
      const id = await stageImport(viewer, "bench.csv", parsed.rows);
      await queueImport(viewer, id);
      while (await unsafeRunNextImport());
    },
    async () => {
      const stream = await sql`copy users (kind, email, name) from stdin with (format csv)`.writable();
      await new Promise<void>((resolve, reject) => stream.end(copyFloorCsv, (error?: Error | null) => (error ? reject(error) : resolve())));
    },
    3,
    clearImport,
  );
  await clearImport();

  await benchPermissions(sql, report);
  await benchActivity(sql, report);

  // "Enable login for all existing contacts" beside the plain UPDATE of every contact it stands for.
  await report(
    "enable-all",
    CONTACTS,
    () => enableLoginForAllContacts(viewer),
    () => sql`update users set login_state = 'on', login_state_set_at = now() where kind = 'contact'`,
    5,
  );
} finally {
  await sql.end();
  await scratch.dispose();
}
process.exit(0);

async function median(work: () => Promise<unknown>, runs: number, reset?: () => Promise<unknown>, warmups = 1): Promise<number> {
  // Warm-up: plans cached, pages in memory, as for a server that has been running.
  for (let i = 0; i < warmups; i++) {
    await reset?.();
    await work();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await reset?.(); // untimed: every run starts from the same state
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function report(
  name: string,
  rows: number,
  app: () => Promise<unknown>,
  floor: () => Promise<unknown>,
  runs = RUNS,
  reset?: () => Promise<unknown>,
  warmups = 1,
) {
  if (only.size > 0 && !only.has(name)) return;
  const appMs = await median(app, runs, reset, warmups);
  const floorMs = await median(floor, runs, reset, warmups);
  console.log(`bench ${name} n=${rows} app_ms=${appMs.toFixed(2)} floor_ms=${floorMs.toFixed(2)} ratio=${(appMs / floorMs).toFixed(2)}`);
}
