import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { projects, tasks, taskStatus } from "@/db/schema";
import { humanize } from "@/lib/format";
import { recordActivity } from "../collaboration/activity";
import { addFollowers, unsafeFollowersOf } from "../collaboration/followers";
import { notify } from "../collaboration/notify";
import { unsafeListAttachedFiles } from "./files";
import { isUuid } from "../kit/ids";
import { actingAs } from "../permissions/resolver";
import { correlated, isOneOf, pageOfRows, searchCondition, sortBy, sortText, type ListQuery } from "./lists";
import { accountNumberSchema, contactEmailSchema, managerSchema, optionalDateSchema, titleSchema, parentIdSchema } from "./inputs";
import { accountContactByEmail, accountName, contactEmail, personName, saveAccountRecord } from "./save";
import { mayViewRecord } from "./visibility";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";

export const taskStatuses = taskStatus.enumValues;
const taskSorts = { due: sortText(tasks.dueOn), title: sortBy(tasks.title), recent: sortText(tasks.createdAt, "desc") };

/** A task's project, by name, only when the viewer may see that project too. */
const projectName = (who: ReturnType<typeof actingAs> | null) =>
  who
    ? correlated(
        sql<
          string | null
        >`(select ${projects.name} from ${projects} where ${projects.id} = ${tasks.projectId} and ${mayViewRecord(who, "project")})`,
      )
    : correlated(sql<string | null>`(select ${projects.name} from ${projects} where ${projects.id} = ${tasks.projectId})`);

/** A task as every list names it, and what both a client and staff see of one. */
const taskKey = { id: tasks.id, title: tasks.title, status: tasks.status };
const taskColumns = { ...taskKey, description: tasks.description, dueOn: tasks.dueOn };

/** Contact: the tasks of their account they may see, one page. */
export async function listMyTasks(viewer: ContactViewer, options: ListQuery = {}) {
  const who = actingAs(viewer);
  return pageOfRows({
    table: tasks,
    select: {
      ...taskKey,
      dueOn: tasks.dueOn,
      projectId: tasks.projectId,
      projectName: projectName(who),
    },
    where: [
      eq(tasks.accountId, who.accountId),
      mayViewRecord(who, "task"),
      searchCondition(options.query, [tasks.title]),
      isOneOf(taskStatuses, options.status) ? eq(tasks.status, options.status) : undefined,
    ],
    sort: taskSorts[isOneOf(["due", "title", "recent"] as const, options.sort) ? options.sort : "due"],
    cursor: options.cursor,
  });
}

/** Contact: one task, or null (missing, another account's, or not allowed look alike). */
export async function getMyTask(viewer: ContactViewer, taskId: string) {
  if (!isUuid(taskId)) return null;
  const who = actingAs(viewer);
  const [task] = await db
    .select({
      ...taskColumns,
      projectId: tasks.projectId,
      projectName: projectName(who),
      managerName: personName(tasks.managerId),
      // Who at the account the task is for: colleagues are named to each other in the portal already.
      assigneeName: personName(tasks.assignedContactId),
    })
    .from(tasks)
    .where(and(eq(tasks.id, taskId), eq(tasks.accountId, who.accountId), mayViewRecord(who, "task")));
  if (!task) return null;
  return { ...task, files: await unsafeListAttachedFiles(who.accountId, taskId) };
}

export const taskInputSchema = z.object({
  accountNumber: accountNumberSchema.optional(),
  projectId: parentIdSchema,
  title: titleSchema("Title"),
  description: z.string().trim().max(5000, "Keep the description under 5,000 characters."),
  status: z.enum(taskStatuses, "Choose a status."),
  dueOn: optionalDateSchema,
  assigneeEmail: contactEmailSchema.optional().default(null),
  managerId: managerSchema,
});
export type TaskInput = z.infer<typeof taskInputSchema>;

/** Staff: every task, newest first. */
export async function listTasks(viewer: StaffViewer, options: ListQuery = {}) {
  assertStaff(viewer);
  return pageOfRows({
    table: tasks,
    select: {
      ...taskKey,
      accountName: accountName(tasks.accountId),
      managerName: personName(tasks.managerId),
    },
    where: [
      searchCondition(options.query, [tasks.title, accountName(tasks.accountId)]),
      isOneOf(taskStatuses, options.status) ? eq(tasks.status, options.status) : undefined,
    ],
    sort: taskSorts.recent,
    cursor: options.cursor,
  });
}

/** Staff: one task, to edit. */
export async function getTask(viewer: StaffViewer, taskId: string) {
  assertStaff(viewer);
  if (!isUuid(taskId)) return null;
  const [task] = await db
    .select({
      ...taskColumns,
      managerId: tasks.managerId,
      accountId: tasks.accountId,
      accountName: accountName(tasks.accountId),
      projectName: projectName(null),
      assigneeEmail: contactEmail(tasks.assignedContactId),
    })
    .from(tasks)
    .where(eq(tasks.id, taskId));
  return task ?? null;
}

/** Staff: creates a task at an account (optionally on one of its projects) or updates one. */
export async function saveTask(viewer: StaffViewer, taskId: string | null, input: TaskInput, requestKey?: string) {
  let before: { status: string; assignedContactId: string | null; accountId: string } | undefined;
  let assignee: string | null = null;
  return saveAccountRecord(viewer, "task", taskId, input, requestKey, {
    prepare: async (tx, { accountId: newAccountId, errors }) => {
      if (taskId)
        [before] = await tx
          .select({ status: tasks.status, assignedContactId: tasks.assignedContactId, accountId: tasks.accountId })
          .from(tasks)
          .where(eq(tasks.id, taskId))
          .for("update");
      const accountId = before?.accountId ?? newAccountId;
      assignee = await accountContactByEmail(tx, accountId, input.assigneeEmail, "assigneeEmail", errors);
      let projectId: string | undefined;
      if (!taskId && input.projectId && accountId) {
        const [project] = await tx
          .select({ id: projects.id })
          .from(projects)
          .where(and(eq(projects.id, input.projectId), eq(projects.accountId, accountId)));
        if (project) projectId = project.id;
        else errors.form = "That project belongs to another account.";
      }
      const values = {
        title: input.title,
        description: input.description,
        status: input.status,
        dueOn: input.dueOn,
        assignedContactId: assignee,
        managerId: input.managerId,
      };
      // A task stays on the project it was made on.
      return projectId ? { ...values, projectId } : values;
    },
    // A client newly assigned hears of it (and follows it); its followers (the client who added it
    // among them) hear when staff move it on; in the same transaction as the change.
    after: async (tx, saved) => {
      const record = { type: "task" as const, id: saved.id, accountId: saved.accountId };
      if (assignee && assignee !== before?.assignedContactId) {
        await addFollowers(tx, record, [assignee]);
        await notify(tx, {
          kind: "tasks",
          record,
          to: [assignee],
          actorId: viewer.userId,
          headline: `${viewer.name} assigned you the task “${input.title}”`,
          excerpt: input.description || null,
          actionLabel: "See the task",
        });
      }
      if (!before || before.status === input.status) return;
      await recordActivity(tx, { ...record, actorId: viewer.userId, verb: "status", title: input.title });
      await notify(tx, {
        kind: "tasks",
        record,
        to: await unsafeFollowersOf(tx, saved.id),
        actorId: viewer.userId,
        headline: `The task “${input.title}” is now ${humanize(input.status).toLowerCase()}`,
        actionLabel: "See the task",
      });
    },
  });
}
