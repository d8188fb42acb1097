import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import { z } from "zod";
import { db } from "@/db/client";
import { projects, projectStatus, tasks } from "@/db/schema";
import { unsafeListAttachedFiles } from "./files";
import { isUuid } from "../kit/ids";
import { mayViewRecord } from "./visibility";
import { actingAs, allowedSql, type Acting } from "../permissions/resolver";
import { isOneOf, pageOfRows, searchCondition, sortBy, sortText, type ListQuery } from "./lists";
import { managerSchema, moneySchema, optionalDateSchema, titleSchema, accountNumberSchema } from "./inputs";
import { accountName, accountNumber, personName, saveAccountRecord } from "./save";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";

export const projectStatuses = projectStatus.enumValues;
const projectSorts = { name: sortBy(projects.name), due: sortText(projects.dueOn), recent: sortText(projects.createdAt, "desc") };

const asObject = { type: "project", id: projects.id } as const;
const mayView = (who: Acting) => mayViewRecord(who, "project");
/** Budget figures only where "see project budgets" is allowed for this project; otherwise null. */
const budgetColumns = (who: Acting) => ({
  budgetCents: projects.budgetCents,
  budgetUsedCents: projects.budgetUsedCents,
  isBudgetShown: allowedSql(who, "projects.budget.view", asObject),
});
function withBudget<Row extends { budgetCents: number; budgetUsedCents: number; isBudgetShown: boolean }>({
  isBudgetShown,
  budgetCents,
  budgetUsedCents,
  ...row
}: Row) {
  return { ...row, budgetCents: isBudgetShown ? budgetCents : null, budgetUsedCents: isBudgetShown ? budgetUsedCents : null };
}

/** A project as every list names it. */
const projectKey = { id: projects.id, name: projects.name, status: projects.status };

/** Contact: the projects of their account they may see, one page, filtered in the same query. */
export async function listMyProjects(viewer: ContactViewer, options: ListQuery = {}) {
  const who = actingAs(viewer);
  const { rows, nextCursor } = await accountProjectsPage(who.accountId, options, budgetColumns(who), mayView(who));
  return { rows: rows.map(withBudget), nextCursor };
}

/** Staff: one account's projects, the very list its clients get but with nothing withheld. */
export async function listAccountProjects(viewer: StaffViewer, accountId: string, options: ListQuery = {}) {
  assertStaff(viewer);
  if (!isUuid(accountId)) return { rows: [], nextCursor: null };
  return accountProjectsPage(accountId, options, { budgetCents: projects.budgetCents, budgetUsedCents: projects.budgetUsedCents });
}

function accountProjectsPage<Extra extends SelectedFields>(accountId: string, options: ListQuery, extra: Extra, permitted?: SQL) {
  return pageOfRows({
    table: projects,
    select: {
      ...projectKey,
      progressPercent: projects.progressPercent,
      dueOn: projects.dueOn,
      ...extra,
    },
    where: [
      eq(projects.accountId, accountId),
      permitted,
      searchCondition(options.query, [projects.name]),
      isOneOf(projectStatuses, options.status) ? eq(projects.status, options.status) : undefined,
    ],
    sort: projectSorts[isOneOf(Object.keys(projectSorts) as (keyof typeof projectSorts)[], options.sort) ? options.sort : "name"],
    cursor: options.cursor,
  });
}

/** Contact: one project with its visible tasks and files, or null — missing, another account's and not allowed all look alike. */
export async function getMyProject(viewer: ContactViewer, projectId: string) {
  if (!isUuid(projectId)) return null;
  const who = actingAs(viewer);
  const [project] = await db
    .select({
      id: projects.id,
      name: projects.name,
      description: projects.description,
      status: projects.status,
      progressPercent: projects.progressPercent,
      startsOn: projects.startsOn,
      dueOn: projects.dueOn,
      managerName: personName(projects.managerId),
      ...budgetColumns(who),
    })
    .from(projects)
    .where(and(eq(projects.id, projectId), eq(projects.accountId, who.accountId), mayView(who)));
  if (!project) return null;
  const [projectTasks, files] = await Promise.all([
    db
      .select({ id: tasks.id, title: tasks.title, status: tasks.status, dueOn: tasks.dueOn })
      .from(tasks)
      .where(and(eq(tasks.projectId, projectId), eq(tasks.accountId, who.accountId), mayViewRecord(who, "task")))
      .orderBy(tasks.createdAt),
    unsafeListAttachedFiles(who.accountId, projectId),
  ]);
  return { ...withBudget(project), tasks: projectTasks, files };
}

export const projectInputSchema = z.object({
  accountNumber: accountNumberSchema.optional(),
  name: titleSchema("Name"),
  description: z.string().trim().max(5000, "Keep the description under 5,000 characters."),
  status: z.enum(projectStatuses, "Choose a status."),
  progressPercent: z.coerce
    .number("Enter progress as a number.")
    .int()
    .min(0, "Progress is between 0 and 100.")
    .max(100, "Progress is between 0 and 100."),
  budget: moneySchema,
  budgetUsed: moneySchema,
  startsOn: optionalDateSchema,
  dueOn: optionalDateSchema,
  managerId: managerSchema,
});
export type ProjectInput = z.infer<typeof projectInputSchema>;

/** Staff: every project, newest first, searchable by name or client. */
export async function listProjects(viewer: StaffViewer, options: ListQuery = {}) {
  assertStaff(viewer);
  return pageOfRows({
    table: projects,
    select: {
      ...projectKey,
      accountName: accountName(projects.accountId),
      managerName: personName(projects.managerId),
    },
    where: [
      searchCondition(options.query, [projects.name, accountName(projects.accountId)]),
      isOneOf(projectStatuses, options.status) ? eq(projects.status, options.status) : undefined,
    ],
    sort: projectSorts.recent,
    cursor: options.cursor,
  });
}

/** Staff: one project, to edit. */
export async function getProject(viewer: StaffViewer, projectId: string) {
  assertStaff(viewer);
  if (!isUuid(projectId)) return null;
  const [project] = await db
    .select({
      ...projectColumns,
      accountId: projects.accountId,
      accountName: accountName(projects.accountId),
      accountNumber: accountNumber(projects.accountId),
    })
    .from(projects)
    .where(eq(projects.id, projectId));
  return project ?? null;
}

const projectColumns = {
  id: projects.id,
  name: projects.name,
  description: projects.description,
  status: projects.status,
  progressPercent: projects.progressPercent,
  budgetCents: projects.budgetCents,
  budgetUsedCents: projects.budgetUsedCents,
  startsOn: projects.startsOn,
  dueOn: projects.dueOn,
  managerId: projects.managerId,
};

/** Staff: creates a project (for the account with the given number) or updates one (its account stays). */
export async function saveProject(viewer: StaffViewer, projectId: string | null, input: ProjectInput, requestKey?: string) {
  return saveAccountRecord(viewer, "project", projectId, input, requestKey, {
    prepare: async () => ({
      name: input.name,
      description: input.description,
      status: input.status,
      progressPercent: input.progressPercent,
      budgetCents: input.budget,
      budgetUsedCents: input.budgetUsed,
      startsOn: input.startsOn,
      dueOn: input.dueOn,
      managerId: input.managerId,
    }),
  });
}
