import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { projects, tasks } from "@/db/schema";
import { unsafeStartThread } from "../collaboration/messages";
import { notify } from "../collaboration/notify";
import { isUuid } from "../kit/ids";
import { actingAs, allowedSql } from "../permissions/resolver";
import { optionalDateSchema, titleSchema } from "./inputs";
import { auditClientChange, earlierRecord, rememberRecord } from "./save";
import { mayViewRecord } from "./visibility";
import type { ContactViewer } from "../viewer/viewer";

// Clients adding tasks from the portal. A task made here belongs to the client's account and to the
// project it was added to, has nobody assigned, and the project's manager is emailed about it.

export const clientTaskSchema = z.object({
  projectId: z.uuid(),
  title: titleSchema("Title"),
  description: z.string().trim().max(5000, "Keep the description under 5,000 characters."),
  dueOn: optionalDateSchema,
  requestKey: z.uuid(),
});
export type ClientTaskInput = z.infer<typeof clientTaskSchema>;

/** What a project shows a contact about adding tasks to it. */
export async function mayAddTaskTo(viewer: ContactViewer, projectId: string) {
  if (viewer.viewAs || !isUuid(projectId)) return false;
  const [row] = await db
    .select({ id: projects.id })
    .from(projects)
    .where(and(...projectWhere(viewer, projectId)));
  return Boolean(row);
}

/**
 * Contact: adds a task to a project they can see, if they may create tasks there. A project of
 * another account, one they cannot see and one that does not exist answer alike ("not_found"). A
 * retried submission (same request key) answers the task the first one made, and emails nobody again.
 */
export async function createTaskFromClient(
  viewer: ContactViewer,
  input: ClientTaskInput,
  ip?: string,
): Promise<{ ok: true; id: string } | { ok: false; error: "not_found" }> {
  if (viewer.viewAs) return { ok: false, error: "not_found" };
  return db.transaction(async (tx) => {
    const earlier = await earlierRecord(tx, viewer, input.requestKey, "client-task");
    if (earlier) return { ok: true, id: earlier };
    const [project] = await tx
      .select({ id: projects.id, name: projects.name, managerId: projects.managerId })
      .from(projects)
      .where(and(...projectWhere(viewer, input.projectId)));
    if (!project) return { ok: false, error: "not_found" };
    const [task] = await tx
      .insert(tasks)
      .values({
        accountId: viewer.accountId,
        projectId: project.id,
        title: input.title,
        description: input.description,
        dueOn: input.dueOn,
        createdByContactId: viewer.userId,
      })
      .returning({ id: tasks.id });
    await auditClientChange(tx, viewer, { action: "record.created", type: "task", id: task!.id }, ip);
    const record = { type: "task" as const, id: task!.id, accountId: viewer.accountId };
    await unsafeStartThread(tx, { actorId: viewer.userId, record, title: input.title, verb: "created" });
    await notify(tx, {
      kind: "tasks",
      record,
      to: [project.managerId],
      actorId: viewer.userId,
      headline: `${viewer.name} added a task: ${input.title}`,
      excerpt: `On ${project.name}, for ${viewer.accountName}.${input.description ? `\n\n${input.description}` : ""}`,
      actionLabel: "See the task",
    });
    await rememberRecord(tx, input.requestKey, task!.id);
    return { ok: true, id: task!.id };
  });
}

/** The project, at the viewer's account, visible to them, with "create tasks" allowed on it. */
function projectWhere(viewer: ContactViewer, projectId: string) {
  const who = actingAs(viewer);
  return [
    eq(projects.id, projectId),
    eq(projects.accountId, who.accountId),
    mayViewRecord(who, "project"),
    allowedSql(who, "tasks.create", { type: "project", id: projects.id }),
  ];
}
