import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emails, projects, tasks } from "@/db/schema";
import { createContactViewer, createStaffViewer, viewedAs } from "../../testing/fixtures";
import { setLayerRules } from "../permissions/layer-rules";
import { clientTaskSchema, createTaskFromClient, mayAddTaskTo } from "./client-tasks";
import { getTask, saveTask, taskInputSchema } from "./tasks";

// Clients adding tasks: only where they may see the project and create tasks, once per submission,
// with the project's manager told.

async function clientAllowed(capabilities: string[]) {
  const viewer = await createContactViewer(Object.fromEntries(capabilities.map((key) => [key, true])));
  const staff = await createStaffViewer();
  const [project] = await db
    .insert(projects)
    .values({ accountId: viewer.accountId, name: "Website", managerId: staff.userId })
    .returning({ id: projects.id });
  return { viewer, staff, projectId: project!.id };
}

const input = (projectId: string, title = `Review ${randomUUID().slice(0, 6)}`) =>
  clientTaskSchema.parse({ projectId, title, description: "The new copy", dueOn: "", requestKey: randomUUID() });

describe("tasks from clients", () => {
  it("a client who may see the project and create tasks adds one; it is theirs, unassigned, and the manager is emailed", async () => {
    const { viewer, staff, projectId } = await clientAllowed(["projects.view", "tasks.create"]);
    expect(await mayAddTaskTo(viewer, projectId)).toBe(true);
    const task = input(projectId);
    const result = await createTaskFromClient(viewer, task);
    expect(result.ok).toBe(true);
    const [row] = await db
      .select()
      .from(tasks)
      .where(eq(tasks.id, result.ok ? result.id : ""));
    expect(row).toMatchObject({
      accountId: viewer.accountId,
      projectId,
      createdByContactId: viewer.userId,
      managerId: null,
      status: "open",
    });
    const mail = await db
      .select()
      .from(emails)
      .where(and(eq(emails.toAddress, staff.email), eq(emails.template, "notification")));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe(`Casey Client added a task: ${task.title}`);
  });

  it("a retried submission makes one task and one email", async () => {
    const { viewer, staff, projectId } = await clientAllowed(["projects.view", "tasks.create"]);
    const task = input(projectId);
    const [first, second] = await Promise.all([createTaskFromClient(viewer, task), createTaskFromClient(viewer, task)]);
    expect(first).toEqual(second);
    expect(await db.select().from(tasks).where(eq(tasks.projectId, projectId))).toHaveLength(1);
    expect(await db.select().from(emails).where(eq(emails.toAddress, staff.email))).toHaveLength(1);
  });

  it("without 'create tasks', or without seeing the project, it answers as for a missing project and writes nothing", async () => {
    const viewOnly = await clientAllowed(["projects.view"]);
    const createOnly = await clientAllowed(["tasks.create"]);
    for (const { viewer, projectId } of [viewOnly, createOnly]) {
      expect(await mayAddTaskTo(viewer, projectId)).toBe(false);
      expect(await createTaskFromClient(viewer, input(projectId))).toEqual({ ok: false, error: "not_found" });
      expect(await db.select().from(tasks).where(eq(tasks.projectId, projectId))).toHaveLength(0);
    }
  });

  it("another account's project answers like a missing one", async () => {
    const ours = await clientAllowed(["projects.view", "tasks.create"]);
    const theirs = await clientAllowed(["projects.view", "tasks.create"]);
    expect(await createTaskFromClient(ours.viewer, input(theirs.projectId))).toEqual({ ok: false, error: "not_found" });
    expect(await createTaskFromClient(ours.viewer, input(randomUUID()))).toEqual({ ok: false, error: "not_found" });
    expect(await db.select().from(tasks).where(eq(tasks.projectId, theirs.projectId))).toHaveLength(0);
  });

  it("a record rule denying tasks on one project holds there only", async () => {
    const { viewer, staff, projectId } = await clientAllowed(["projects.view", "tasks.create"]);
    await setLayerRules(staff, { layer: "object", objectType: "project", objectId: projectId }, { "tasks.create": false });
    expect(await createTaskFromClient(viewer, input(projectId))).toEqual({ ok: false, error: "not_found" });
  });

  it("staff viewing as the client cannot add one", async () => {
    const { viewer, projectId } = await clientAllowed(["projects.view", "tasks.create"]);
    const viewAs = viewedAs(viewer);
    expect(await mayAddTaskTo(viewAs, projectId)).toBe(false);
    expect(await createTaskFromClient(viewAs, input(projectId))).toEqual({ ok: false, error: "not_found" });
  });

  it("the client who added a task is emailed when staff change its status, and only then", async () => {
    const { viewer, staff, projectId } = await clientAllowed(["projects.view", "tasks.view", "tasks.create"]);
    const created = await createTaskFromClient(viewer, input(projectId));
    const id = created.ok ? created.id : "";
    const edit = async (status: string) => {
      const task = (await getTask(staff, id))!;
      const form = { title: task.title, description: task.description, status, dueOn: "", managerId: "" };
      expect(await saveTask(staff, id, taskInputSchema.parse(form))).toEqual({ ok: true, id });
    };
    const toClient = () =>
      db
        .select()
        .from(emails)
        .where(and(eq(emails.toAddress, viewer.email), eq(emails.template, "notification")));

    await edit("open");
    expect(await toClient()).toHaveLength(0);
    await edit("in_progress");
    const [mail] = await toClient();
    expect(mail!.subject).toMatch(/^The task “Review \w+” is now in progress$/);
    expect(mail!.listUnsubscribe).toMatch(/\/api\/unsubscribe\//);
    await edit("in_progress");
    expect(await toClient()).toHaveLength(1);
  });
});
