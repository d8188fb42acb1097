import "server-only";
import { and, asc, eq, gte, inArray, isNotNull, lt, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { importRows, imports } from "@/db/schema";
import type { ContactRow } from "@/lib/csv/contacts-csv";
import { recordAudit } from "../kit/audit";
import { isUuid } from "../kit/ids";
import { assertStaff, type StaffViewer } from "../viewer/viewer";
import { allowLongStatements } from "../kit/long-work";

const STAGE_CHUNK = 20_000;
const COMMIT_CHUNK = 20_000;

export type ImportResult = {
  accountsCreated: number;
  accountsUpdated: number;
  contactsCreated: number;
  contactsUpdated: number;
  membershipsCreated: number;
};

/** Staff: keeps a parsed file's rows (good and bad) for the preview. Nothing real is written yet. */
export async function stageImport(viewer: StaffViewer, fileName: string, rows: ContactRow[]) {
  assertStaff(viewer);
  return db.transaction(async (tx) => {
    await allowLongStatements(tx);
    const [created] = await tx
      .insert(imports)
      .values({
        fileName: fileName.slice(0, 200),
        totalRows: rows.length,
        errorRows: rows.filter((row) => row.error).length,
        createdByUserId: viewer.userId,
      })
      .returning({ id: imports.id });
    // Column arrays unnested by the server: one statement per chunk, whatever its number of rows.
    for (let start = 0; start < rows.length; start += STAGE_CHUNK) {
      const chunk = rows.slice(start, start + STAGE_CHUNK);
      // sql.param passes each array as one parameter (a bare array would become a list of them).
      const column = (pick: (row: ContactRow) => string | null) => sql.param(chunk.map(pick));
      await tx.execute(sql`
        insert into ${importRows} (import_id, line, account_number, account_name, billing_postcode, email, name, password_hash, error)
        select ${created!.id}::uuid, * from unnest(
          ${sql.param(chunk.map((row) => row.line))}::int[], ${column((r) => r.accountNumber)}::text[], ${column((r) => r.accountName)}::text[],
          ${column((r) => r.billingPostcode)}::text[], ${column((r) => r.email)}::text[], ${column((r) => r.name)}::text[],
          ${column((r) => r.passwordHash)}::text[], ${column((r) => r.error)}::text[])`);
    }
    // The commit never turns a staff address into a contact: say so on the row, so the counts are true.
    const staffRows = await tx.execute(sql`
      update ${importRows} set error = 'This address belongs to a member of staff; staff are never made contacts.'
      where import_id = ${created!.id}::uuid and error is null and email in (select email from users where kind = 'staff')`);
    if (staffRows.count)
      await tx
        .update(imports)
        .set({ errorRows: sql`${imports.errorRows} + ${staffRows.count}` })
        .where(eq(imports.id, created!.id));
    return created!.id;
  });
}

/** Staff: an import's state and progress, and its first problems. */
export async function getImport(viewer: StaffViewer, importId: string) {
  assertStaff(viewer);
  if (!isUuid(importId)) return null;
  const [found] = await db.select().from(imports).where(eq(imports.id, importId));
  if (!found) return null;
  const problems = await db
    .select({ line: importRows.line, email: importRows.email, error: importRows.error })
    .from(importRows)
    .where(and(eq(importRows.importId, importId), isNotNull(importRows.error)))
    .orderBy(asc(importRows.line))
    .limit(100);
  // Only before committing: while the worker writes, the page refreshes and the answer would move.
  const preview = found.status === "previewed" || found.status === "failed" ? await previewOf(importId) : null;
  return { ...found, result: found.result as Partial<ImportResult>, problems, preview };
}

export type ImportPreview = { create: number; update: number; unchanged: number };

/**
 * What committing would do, row by row, against the data as it is now: a row creates when its
 * account, its person or their membership is new; updates when it changes a name, a postcode or
 * gives a first password; otherwise leaves things as they are. Refused rows are the import's errors.
 */
async function previewOf(importId: string): Promise<ImportPreview> {
  const [counts] = await db.execute<ImportPreview>(sql`
    with outcomes as (
      select case
        when a.id is null or u.id is null or ac.contact_id is null then 'create'
        when a.name is distinct from g.account_name
          or a.billing_postcode is distinct from coalesce(g.billing_postcode, a.billing_postcode)
          or u.name is distinct from g.name
          or (u.password_hash is null and g.password_hash is not null) then 'update'
        else 'unchanged' end as outcome
      from ${importRows} g
      left join accounts a on a.number = g.account_number
      left join users u on u.email = g.email
      left join account_contacts ac on ac.account_id = a.id and ac.contact_id = u.id
      where g.import_id = ${importId}::uuid and g.error is null)
    select count(*) filter (where outcome = 'create')::int as "create",
      count(*) filter (where outcome = 'update')::int as "update",
      count(*) filter (where outcome = 'unchanged')::int as "unchanged"
    from outcomes`);
  return counts ?? { create: 0, update: 0, unchanged: 0 };
}

/** Staff: commits a previewed import; the worker writes it in the background. Only once. */
export async function queueImport(viewer: StaffViewer, importId: string, ip?: string) {
  assertStaff(viewer);
  if (!isUuid(importId)) return false;
  return db.transaction(async (tx) => {
    // A failed import may be queued again ("Try again"): its rows were never written.
    const queued = await tx
      .update(imports)
      .set({ status: "queued", attempts: 0, processedRows: 0, lastError: null, finishedAt: null })
      .where(and(eq(imports.id, importId), inArray(imports.status, ["previewed", "failed"])))
      .returning({ id: imports.id, totalRows: imports.totalRows, errorRows: imports.errorRows });
    if (queued.length === 0) return false;
    await recordAudit(tx, {
      action: "import.committed",
      actorUserId: viewer.userId,
      ip,
      detail: { importId, rows: queued[0]!.totalRows - queued[0]!.errorRows },
    });
    return true;
  });
}

/**
 * Worker only: writes one queued import. All its rows go in one transaction (nothing half-written),
 * set-based in chunks; progress is recorded outside that transaction so the console can show it.
 * Re-importing the same file changes nothing: rows already as the file says are left alone.
 */
export async function unsafeRunNextImport(): Promise<boolean> {
  await failAbandonedImports();
  const [job] = await db.execute<{ id: string; total_rows: number }>(sql`
    update ${imports} set status = 'running', attempts = attempts + 1, processed_rows = 0, lease_until = now() + ${IMPORT_LEASE}
    where id = (
      select id from ${imports}
      where status = 'queued' or (status = 'running' and lease_until < now())
      order by created_at limit 1 for update skip locked)
    returning id, total_rows`);
  if (!job) return false;
  // Fresh rows have no statistics yet; without them the planner picks nested loops over 100,000 rows.
  await db.execute(sql`analyze ${importRows}`);
  try {
    const result = await db.transaction(async (tx) => {
      await allowLongStatements(tx);
      const totals: ImportResult = {
        accountsCreated: 0,
        accountsUpdated: 0,
        contactsCreated: 0,
        contactsUpdated: 0,
        membershipsCreated: 0,
      };
      const lastLine = job.total_rows + 1;
      for (let from = 2; from <= lastLine; from += COMMIT_CHUNK) {
        const to = Math.min(from + COMMIT_CHUNK - 1, lastLine);
        const counts = await commitChunk(tx, job.id, from, to);
        for (const key of Object.keys(totals) as (keyof ImportResult)[]) totals[key] += counts[key];
        await db
          .update(imports)
          .set({ processedRows: to - 1, leaseUntil: sql`now() + ${IMPORT_LEASE}` })
          .where(eq(imports.id, job.id));
      }
      return totals;
    });
    await db
      .update(imports)
      .set({ status: "done", result, processedRows: job.total_rows, finishedAt: sql`now()`, leaseUntil: null })
      .where(eq(imports.id, job.id));
  } catch (error) {
    const message = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    await db
      .update(imports)
      .set({ status: "failed", lastError: message.slice(0, 2000), finishedAt: sql`now()`, leaseUntil: null })
      .where(eq(imports.id, job.id));
  }
  return true;
}

// A worker writing an import renews its lease with every chunk; this long without news, it died.
const IMPORT_LEASE = sql`interval '2 minutes'`;
const MAX_IMPORT_ATTEMPTS = 3;

// An import whose worker died this many times is not tried again by itself: staff see why and "Try again".
async function failAbandonedImports() {
  await db
    .update(imports)
    .set({
      status: "failed",
      lastError: "the import was interrupted several times (the worker stopped while writing it)",
      finishedAt: sql`now()`,
      leaseUntil: null,
    })
    .where(and(eq(imports.status, "running"), lt(imports.leaseUntil, sql`now()`), gte(imports.attempts, MAX_IMPORT_ATTEMPTS)));
}

// Three set-based statements per chunk of lines: accounts, contacts, then who belongs where (run
// after the first two, so it sees their rows). Staff addresses are never turned into contacts or
// attached to accounts; passwords already chosen are kept.
async function commitChunk(tx: Transaction, importId: string, from: number, to: number): Promise<ImportResult> {
  const good = sql`(select * from ${importRows} where import_id = ${importId}::uuid and error is null and line between ${from} and ${to})`;
  const [accountCounts] = await tx.execute<{ created: number; updated: number }>(sql`
    with upserted as (
      insert into accounts (number, name, billing_postcode)
      select distinct on (account_number) account_number, account_name, billing_postcode from ${good} good order by account_number, line
      on conflict (number) do update set name = excluded.name, billing_postcode = coalesce(excluded.billing_postcode, accounts.billing_postcode)
        where (accounts.name, accounts.billing_postcode) is distinct from (excluded.name, coalesce(excluded.billing_postcode, accounts.billing_postcode))
      returning (xmax = 0) as is_new)
    select count(*) filter (where is_new)::int as created, count(*) filter (where not is_new)::int as updated from upserted`);
  const [contactCounts] = await tx.execute<{ created: number; updated: number }>(sql`
    with upserted as (
      insert into users (kind, email, name, password_hash, password_set_at)
      select distinct on (email) 'contact', email, name, password_hash, case when password_hash is not null then now() end
      from ${good} good order by email, line
      on conflict (email) do update set name = excluded.name, password_hash = coalesce(users.password_hash, excluded.password_hash)
        where users.kind = 'contact' and (users.name is distinct from excluded.name or (users.password_hash is null and excluded.password_hash is not null))
      returning (xmax = 0) as is_new)
    select count(*) filter (where is_new)::int as created, count(*) filter (where not is_new)::int as updated from upserted`);
  const memberships = await tx.execute(sql`
    insert into account_contacts (account_id, contact_id)
    select distinct a.id, u.id from ${good} good
    join accounts a on a.number = good.account_number
    join users u on u.email = good.email and u.kind = 'contact'
    on conflict do nothing`);
  return {
    accountsCreated: accountCounts?.created ?? 0,
    accountsUpdated: accountCounts?.updated ?? 0,
    contactsCreated: contactCounts?.created ?? 0,
    contactsUpdated: contactCounts?.updated ?? 0,
    membershipsCreated: memberships.count ?? 0,
  };
}
