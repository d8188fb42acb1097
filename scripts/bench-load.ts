// `npm run bench:load`: the production server under 50 concurrent connections, on a scratch
// database of 100,000 contacts in 20,000 accounts. Builds, starts server.ts, signs in a client and a
// staff member, then for each page prints, beside the floor (a minimal dynamic page of the same
// server, measured just before it):
//   load <name> conns=50 p50_ms=<> p95_ms=<> rps=<> floor_p95_ms=<> ratio=<p95/floor_p95>
// and after five minutes of mixed load (memory first read after one):
//   load soak conns=50 seconds=<> rss_start_mb=<> rss_end_mb=<> rss_growth=<end/start>
import autocannon from "autocannon";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { seedBenchData } from "./lib/bench-data";
import { buildForProduction, startProductionServer, type ProductionServer } from "./lib/production-server";
import { signedInCookie } from "./lib/signed-in-cookie";
import { createScratchDatabase } from "./lib/scratch-database";

const CONNECTIONS = 50;
const SECONDS_PER_PAGE = Number(process.env.LOAD_SECONDS ?? 15);
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const PASSWORD = "load-bench-harbour-lantern-93";

const scratch = await createScratchDatabase(process.env.DATABASE_URL);
process.env.DATABASE_URL = scratch.url;
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
const sql = postgres(scratch.url, { max: 2, onnotice: () => {} });
let server: ProductionServer | undefined;

try {
  await seedBenchData(sql, { contacts: 100_000, accounts: 20_000 });
  const people = await seedPeople();
  await buildForProduction("bench:load");
  server = await startProductionServer();
  const { base } = server;

  const client = await signedInCookie(people.client, PASSWORD, "bench:load");
  const staff = await signedInCookie(people.staff, PASSWORD, "bench:load");
  const pages = [
    { name: "portal-home", path: "/", cookie: client },
    { name: "portal-invoices", path: "/invoices", cookie: client },
    { name: "console-accounts", path: "/console/accounts", cookie: staff },
    { name: "console-contacts", path: "/console/contacts", cookie: staff },
  ];
  for (const page of [...pages, { name: "floor", path: "/load-floor", cookie: client }]) await expectPage(base, page);

  for (const page of pages) {
    const floor = await measure(base, { path: "/load-floor", cookie: page.cookie }, SECONDS_PER_PAGE);
    const result = await measure(base, page, SECONDS_PER_PAGE);
    console.log(
      `load ${page.name} conns=${CONNECTIONS} p50_ms=${result.p50.toFixed(1)} p95_ms=${result.p95.toFixed(1)} rps=${result.rps.toFixed(0)} floor_p95_ms=${floor.p95.toFixed(1)} ratio=${(result.p95 / floor.p95).toFixed(2)}`,
    );
  }

  // Soak: the four pages and the floor in turn, memory read after one minute and at the end.
  const mixed = [...pages, { name: "floor", path: "/load-floor", cookie: client }];
  let rssStart = 0;
  const startTimer = setTimeout(() => (rssStart = rssMegabytes(server!.process.pid!)), Math.min(60, SOAK_SECONDS / 5) * 1000);
  await measureMixed(base, mixed, SOAK_SECONDS);
  clearTimeout(startTimer);
  const rssEnd = rssMegabytes(server.process.pid!);
  console.log(
    `load soak conns=${CONNECTIONS} seconds=${SOAK_SECONDS} rss_start_mb=${rssStart.toFixed(0)} rss_end_mb=${rssEnd.toFixed(0)} rss_growth=${(rssEnd / rssStart).toFixed(2)}`,
  );
} finally {
  await server?.stop();
  await sql.end();
  await scratch.dispose();
}
process.exit(0);

async function seedPeople() {
  const { hashPassword } = await import("../lib/security/passwords");
  const hash = await hashPassword(PASSWORD);
  // The owner signs in with a password alone (as in the demo business): the figures are of pages,
  // not of the two-factor step, which would hold the session at its code page.
  await sql`update business_settings set allow_customer_login = true, require_two_factor_for_admins = false`;
  const [staff] = await sql<{ email: string }[]>`
    insert into users (kind, staff_role, name, email, password_hash) values ('staff', 'owner', 'Load Staff', 'staff@load.example', ${hash}) returning email`;
  // The client: one of the 100,000, with a password and 60 issued invoices at their account.
  const [client] = await sql<{ email: string; account_id: string }[]>`
    update users set password_hash = ${hash} where email = 'contact000001@bench.example'
    returning email, (select account_id from account_contacts where contact_id = users.id limit 1)`;
  // Their own layer (the bench data denies invoices to everyone) lets them see the invoices.
  await sql`update contact_capabilities set is_allowed = true where contact_id = (select id from users where email = ${client!.email})`;
  await sql`insert into invoices (account_id, number, status, issued_on, due_on, total_cents)
    select ${client!.account_id}, 'INV-LOAD-' || g, 'open', current_date - g, current_date + 30 - g, 10000 + g from generate_series(1, 60) g`;
  await sql`vacuum analyze`;
  return { client: client!.email, staff: staff!.email };
}

async function expectPage(base: string, page: { name: string; path: string; cookie: string }) {
  const response = await fetch(`${base}${page.path}`, { headers: { cookie: page.cookie }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${page.name} (${page.path}) answered ${response.status}, not 200`);
}

async function measure(base: string, page: { path: string; cookie: string }, seconds: number) {
  return measureMixed(base, [page], seconds);
}

// autocannon reports p97.5 but not p95: every response time is kept and the percentiles taken here.
async function measureMixed(base: string, pages: { path: string; cookie: string }[], seconds: number) {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = {
      url: base,
      connections: CONNECTIONS,
      duration: seconds,
      requests: pages.map((page) => ({ method: "GET" as const, path: page.path, headers: { cookie: page.cookie } })),
    };
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) times.push(responseTime);
    });
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  times.sort((a, b) => a - b);
  const at = (quantile: number) => times[Math.min(times.length - 1, Math.floor(quantile * times.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), rps: times.length / seconds };
}

function rssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kilobytes / 1024;
}
