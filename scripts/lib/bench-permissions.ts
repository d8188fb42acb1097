// Bench figures for the permission resolver (issue: perm-list, perm-check). One client account
// with 10,000 projects and a rule at every layer; the contact is in a group there.
import type { Sql } from "postgres";
import type { ContactViewer } from "../../db/access/viewer/viewer";
import { benchContactViewer, benchStaffViewer } from "./bench-data";

// Viewers here are made by the benchmark, not by signing in.

export type Report = (
  name: string,
  rows: number,
  app: () => Promise<unknown>,
  floor: () => Promise<unknown>,
  runs?: number,
  reset?: undefined,
  warmups?: number,
) => Promise<void>;

// A running server's pooled connections have each seen these queries (their plans and the
// resolver's PL/pgSQL are prepared per connection): warm every connection of the pool first.
const RUNS = 31;
const WARMUPS = 40;

const PROJECTS = 10_000;

export async function benchPermissions(sql: Sql, report: Report) {
  const { listAccountProjects, listMyProjects } = await import("../../db/access/records/projects");
  const { can } = await import("../../db/access/permissions/resolver");

  const [account] = await sql<{ id: string }[]>`insert into accounts (number, name) values ('PERM-1', 'Permissions Bench') returning id`;
  const [contact] = await sql<
    { id: string }[]
  >`insert into users (kind, name, email) values ('contact', 'Perm Contact', 'perm@bench.example') returning id`;
  const accountId = account!.id;
  await sql`insert into account_contacts (account_id, contact_id) values (${accountId}, ${contact!.id})`;
  await sql`insert into projects (account_id, name, budget_cents, budget_used_cents, due_on)
    select ${accountId}, 'Project ' || lpad(g::text, 5, '0'), g * 100, g * 40, current_date + (g % 365) from generate_series(1, ${PROJECTS}) g`;
  // Every layer says something: global allow; module allows projects, denies budgets; the account
  // allows budgets; a group allows projects; the contact denies tasks; every 10th project is hidden
  // and every 7th has its budget withheld.
  await sql`update business_settings set default_allowed = true`;
  await sql`insert into capability_defaults (capability, is_allowed) values ('projects.view', true), ('projects.budget.view', false)
    on conflict (capability) do update set is_allowed = excluded.is_allowed`;
  await sql`insert into account_capabilities (account_id, capability, is_allowed) values (${accountId}, 'projects.budget.view', true)`;
  const [group] = await sql<{ id: string }[]>`insert into contact_groups (account_id, name) values (${accountId}, 'Managers') returning id`;
  await sql`insert into contact_group_members (group_id, contact_id) values (${group!.id}, ${contact!.id})`;
  await sql`insert into group_capabilities (group_id, capability, is_allowed) values (${group!.id}, 'projects.view', true)`;
  await sql`insert into contact_capabilities (contact_id, capability, is_allowed) values (${contact!.id}, 'tasks.view', false)`;
  await sql`insert into object_capabilities (object_type, object_id, account_id, capability, is_allowed)
    select 'project'::object_type, id, account_id, 'projects.view', false from (select id, account_id, row_number() over (order by name) n from projects where account_id = ${accountId}) p where n % 10 = 0
    union all
    select 'project'::object_type, id, account_id, 'projects.budget.view', false from (select id, account_id, row_number() over (order by name) n from projects where account_id = ${accountId}) p where n % 7 = 0`;
  await sql`analyze`;

  const viewer: ContactViewer = benchContactViewer(contact!.id, accountId, "Permissions Bench");
  const [sample] = await sql<{ id: string }[]>`select id from projects where account_id = ${accountId} order by name offset 4999 limit 1`;

  const [staff] = await sql<{ id: string }[]>`select id from users where kind = 'staff' limit 1`;
  const staffViewer = benchStaffViewer(staff!.id);

  // The portal's project list, first page (name order), every row through the resolver. Floor:
  // the same list through the same code with no permission filtering (what staff see for the account).
  await report(
    "perm-list",
    PROJECTS,
    () => listMyProjects(viewer),
    () => listAccountProjects(staffViewer, accountId),
    RUNS,
    undefined,
    WARMUPS,
  );
  // One check on one record, all six layers. Floor: a primary-key read of that record.
  await report(
    "perm-check",
    1,
    () => can(viewer, "projects.budget.view", { type: "project", id: sample!.id }),
    () => sql`select id from projects where id = ${sample!.id}`,
    RUNS,
    undefined,
    WARMUPS,
  );
}
