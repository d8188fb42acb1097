import "server-only";
import { formatHours } from "@/lib/format";
import { recordActivity } from "../collaboration/activity";
import { notify } from "../collaboration/notify";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { projects, tasks, timesheetEntries } from "@/db/schema";
import { recordAudit } from "../kit/audit";
import { isUuid } from "../kit/ids";
import { actingAs, can } from "../permissions/resolver";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";
import { requiredDateSchema } from "./inputs";
import { auditClientChange, earlierRecord, rememberRecord } from "./save";
import { mayViewRecord } from "./visibility";

// Contractors logging their time in the portal, against a project or a task they can see. Their
// entries wait for staff: approved time counts (towards contract usage too), time sent back can be
// corrected and goes back for approval. Until approved, the contractor may edit or delete their own entry.

const optionalId = z
  .union([z.literal(""), z.uuid("Choose from the list.")])
  .optional()
  .transform((value) => value || undefined);

const timeFields = {
  workedOn: requiredDateSchema,
  hours: z.coerce.number("Enter whole hours.").int("Enter whole hours.").min(0).max(24, "One entry covers at most 24 hours."),
  minutes: z.coerce.number("Enter minutes.").int("Enter whole minutes.").min(0).max(59, "Enter 0 to 59 minutes."),
  description: z.string().trim().min(1, "Say what the time was spent on.").max(1000),
  isBillable: z
    .enum(["on"])
    .optional()
    .transform((value) => value === "on"),
};
const someTime = (entry: { hours: number; minutes: number }) => entry.hours * 60 + entry.minutes > 0;
const noTime = { message: "Enter more than no time.", path: ["minutes"] };

export const clientTimeSchema = z
  .object({ ...timeFields, projectId: optionalId, taskId: optionalId, requestKey: z.uuid() })
  .refine(someTime, noTime)
  .refine((entry) => entry.projectId || entry.taskId, { message: "Choose the project or task the time was for.", path: ["projectId"] });
export const clientTimeEditSchema = z.object({ ...timeFields, entryId: z.uuid() }).refine(someTime, noTime);
export type ClientTimeInput = z.infer<typeof clientTimeSchema>;

/** May the contact log time (the "Log time" link)? */
export async function mayLogTime(viewer: ContactViewer) {
  if (viewer.viewAs) return false;
  return can(viewer, "timesheets.log");
}

/** Contact: the projects and tasks they can see, to log time against. */
export async function listTimeTargets(viewer: ContactViewer) {
  const who = actingAs(viewer);
  const [projectRows, taskRows] = await Promise.all([
    db
      .select({ id: projects.id, name: projects.name })
      .from(projects)
      .where(and(eq(projects.accountId, who.accountId), mayViewRecord(who, "project")))
      .orderBy(asc(projects.name))
      .limit(200),
    db
      .select({ id: tasks.id, name: tasks.title })
      .from(tasks)
      .where(and(eq(tasks.accountId, who.accountId), mayViewRecord(who, "task")))
      .orderBy(asc(tasks.title))
      .limit(200),
  ]);
  return { projects: projectRows, tasks: taskRows };
}

/**
 * Contact: logs time against a project or a task they can see, waiting for staff to approve it.
 * Anything they cannot see answers "not_found", like a missing one. Once per request key.
 */
export async function logTimeFromClient(
  viewer: ContactViewer,
  input: ClientTimeInput,
  ip?: string,
): Promise<{ ok: true; id: string } | { ok: false; error: "not_allowed" | "not_found" }> {
  if (!(await mayLogTime(viewer))) return { ok: false, error: "not_allowed" };
  const who = actingAs(viewer);
  return db.transaction(async (tx) => {
    const earlier = await earlierRecord(tx, viewer, input.requestKey, "client-time");
    if (earlier) return { ok: true, id: earlier };
    let projectId = input.projectId ?? null;
    let managerId: string | null = null;
    if (input.taskId) {
      const [task] = await tx
        .select({ id: tasks.id, projectId: tasks.projectId, managerId: tasks.managerId })
        .from(tasks)
        .where(and(eq(tasks.id, input.taskId), eq(tasks.accountId, who.accountId), mayViewRecord(who, "task")));
      if (!task) return { ok: false, error: "not_found" };
      projectId = task.projectId ?? projectId;
      managerId = task.managerId;
    }
    if (input.projectId) {
      const [project] = await tx
        .select({ id: projects.id, managerId: projects.managerId })
        .from(projects)
        .where(and(eq(projects.id, input.projectId), eq(projects.accountId, who.accountId), mayViewRecord(who, "project")));
      if (!project) return { ok: false, error: "not_found" };
      managerId ??= project.managerId;
    }
    const [entry] = await tx
      .insert(timesheetEntries)
      .values({
        accountId: viewer.accountId,
        projectId,
        taskId: input.taskId ?? null,
        workedOn: input.workedOn,
        minutes: input.hours * 60 + input.minutes,
        description: input.description,
        isBillable: input.isBillable,
        approval: "submitted",
        loggedByContactId: viewer.userId,
      })
      .returning({ id: timesheetEntries.id });
    await auditClientChange(tx, viewer, { action: "record.created", type: "timesheet", id: entry!.id }, ip);
    // Whoever manages the work hears there is time to approve.
    const record = { type: "timesheet" as const, id: entry!.id, accountId: viewer.accountId };
    await recordActivity(tx, { ...record, actorId: viewer.userId, verb: "logged", title: input.description });
    await notify(tx, {
      kind: "timesheets",
      record,
      to: [managerId],
      actorId: viewer.userId,
      headline: `${viewer.name} logged ${formatHours(input.hours * 60 + input.minutes)} to approve: ${input.description}`,
      actionLabel: "Review the time",
    });
    await rememberRecord(tx, input.requestKey, entry!.id);
    return { ok: true, id: entry!.id };
  });
}

/**
 * Contact: corrects an entry they logged, while staff have not approved it; one sent back goes back
 * for approval. False when it is approved, another's or gone.
 */
export async function editOwnTimeEntry(viewer: ContactViewer, input: z.infer<typeof clientTimeEditSchema>, ip?: string) {
  if (viewer.viewAs) return false;
  return db.transaction(async (tx) => {
    const [edited] = await tx
      .update(timesheetEntries)
      .set({
        workedOn: input.workedOn,
        minutes: input.hours * 60 + input.minutes,
        description: input.description,
        isBillable: input.isBillable,
        approval: "submitted",
      })
      .where(and(...ownUnapproved(viewer, input.entryId)))
      .returning({ id: timesheetEntries.id });
    if (!edited) return false;
    await auditClientChange(tx, viewer, { action: "record.updated", type: "timesheet", id: input.entryId }, ip);
    return true;
  });
}

/** An entry this contractor logged at this account, not yet approved. */
function ownUnapproved(viewer: ContactViewer, entryId: string) {
  return [
    eq(timesheetEntries.id, entryId),
    eq(timesheetEntries.accountId, viewer.accountId),
    eq(timesheetEntries.loggedByContactId, viewer.userId),
    sql`${timesheetEntries.approval} <> 'approved'`,
  ];
}

/** Contact: deletes an entry they logged, while staff have not approved it. */
export async function deleteOwnTimeEntry(viewer: ContactViewer, entryId: string, ip?: string) {
  if (viewer.viewAs || !isUuid(entryId)) return false;
  return db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(timesheetEntries)
      .where(and(...ownUnapproved(viewer, entryId)))
      .returning({ id: timesheetEntries.id });
    if (!deleted) return false;
    await auditClientChange(tx, viewer, { action: "record.deleted", type: "timesheet", id: entryId }, ip);
    return true;
  });
}

/** Staff: approves a contractor's entry, or sends it back. False when it is gone. */
export async function reviewTimeEntry(viewer: StaffViewer, entryId: string, decision: "approved" | "returned", ip?: string) {
  assertStaff(viewer);
  if (!isUuid(entryId)) return false;
  return db.transaction(async (tx) => {
    const [entry] = await tx.update(timesheetEntries).set({ approval: decision }).where(eq(timesheetEntries.id, entryId)).returning({
      accountId: timesheetEntries.accountId,
      description: timesheetEntries.description,
      loggedBy: timesheetEntries.loggedByContactId,
    });
    if (!entry) return false;
    const record = { type: "timesheet" as const, id: entryId, accountId: entry.accountId };
    const verb = decision === "approved" ? "approved" : "returned";
    await recordActivity(tx, { ...record, actorId: viewer.userId, verb, title: entry.description });
    await notify(tx, {
      kind: "timesheets",
      record,
      to: [entry.loggedBy],
      actorId: viewer.userId,
      headline: `${viewer.name} ${decision === "approved" ? "approved" : "sent back"} your time: ${entry.description}`,
      actionLabel: "See the entry",
    });
    await recordAudit(tx, {
      action: "record.updated",
      actorUserId: viewer.userId,
      accountId: entry.accountId,
      ip,
      detail: { type: "timesheet", id: entryId, approval: decision },
    });
    return true;
  });
}
