import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { contracts, projects, timesheetEntries } from "@/db/schema";
import { createContactViewer, createStaffViewer, viewedAs } from "../../testing/fixtures";
import {
  clientTimeEditSchema,
  clientTimeSchema,
  deleteOwnTimeEntry,
  editOwnTimeEntry,
  logTimeFromClient,
  reviewTimeEntry,
} from "./client-timesheets";
import { getContract } from "./contracts";

// Contractors logging time: only with "log timesheets" and on what they can see; it waits for staff,
// counts once approved, and is theirs to delete until then.

async function contractor(capabilities: Record<string, boolean>) {
  const viewer = await createContactViewer(capabilities, "Casey Contractor");
  const staff = await createStaffViewer();
  const [project] = await db.insert(projects).values({ accountId: viewer.accountId, name: "Build" }).returning({ id: projects.id });
  return { viewer, staff, projectId: project!.id };
}

const time = (projectId: string, extra: Record<string, string> = {}) =>
  clientTimeSchema.parse({
    workedOn: "2026-11-30",
    hours: "1",
    minutes: "30",
    description: "Wiring",
    projectId,
    requestKey: randomUUID(),
    ...extra,
  });

describe("time from contractors", () => {
  it("reads hours and minutes as people type them, and insists on some time and a project or task", () => {
    expect(time(randomUUID()).isBillable).toBe(false);
    expect(time(randomUUID(), { isBillable: "on" }).isBillable).toBe(true);
    const bad = clientTimeSchema.safeParse({
      workedOn: "2026-11-30",
      hours: "0",
      minutes: "0",
      description: "x",
      requestKey: randomUUID(),
    });
    expect(bad.success ? [] : bad.error.issues.map((issue) => issue.message)).toEqual([
      "Enter more than no time.",
      "Choose the project or task the time was for.",
    ]);
  });

  it("a contractor logs time on a project they can see: it waits, then counts once approved", async () => {
    const { viewer, staff, projectId } = await contractor({ "projects.view": true, "timesheets.log": true });
    const logged = await logTimeFromClient(viewer, time(projectId));
    expect(logged.ok).toBe(true);
    const id = logged.ok ? logged.id : "";
    const [entry] = await db.select().from(timesheetEntries).where(eq(timesheetEntries.id, id));
    expect(entry).toMatchObject({ minutes: 90, approval: "submitted", loggedByContactId: viewer.userId, projectId });

    // Booked to a contract by staff, it counts towards usage only once approved.
    const [contract] = await db
      .insert(contracts)
      .values({ accountId: viewer.accountId, name: "Retainer", startsOn: "2026-11-01", endsOn: "2026-12-31", allowanceMinutes: 600 })
      .returning({ id: contracts.id });
    await db.update(timesheetEntries).set({ contractId: contract!.id }).where(eq(timesheetEntries.id, id));
    expect((await getContract(staff, contract!.id))!.usedMinutes).toBe(0);
    expect(await reviewTimeEntry(staff, id, "approved")).toBe(true);
    expect((await getContract(staff, contract!.id))!.usedMinutes).toBe(90);
  });

  it("without 'log timesheets', on another account's project, or while viewed as, nothing is logged", async () => {
    const denied = await contractor({ "projects.view": true, "timesheets.log": false });
    expect(await logTimeFromClient(denied.viewer, time(denied.projectId))).toEqual({ ok: false, error: "not_allowed" });
    const ours = await contractor({ "projects.view": true, "timesheets.log": true });
    const theirs = await contractor({ "projects.view": true, "timesheets.log": true });
    expect(await logTimeFromClient(ours.viewer, time(theirs.projectId))).toEqual({ ok: false, error: "not_found" });
    const viewAs = viewedAs(ours.viewer);
    expect(await logTimeFromClient(viewAs, time(ours.projectId))).toEqual({ ok: false, error: "not_allowed" });
    expect(await db.select().from(timesheetEntries).where(eq(timesheetEntries.projectId, theirs.projectId))).toHaveLength(0);
  });

  it("a contractor deletes their own entry until it is approved, never someone else's", async () => {
    const { viewer, staff, projectId } = await contractor({ "projects.view": true, "timesheets.log": true });
    const other = await contractor({ "projects.view": true, "timesheets.log": true });
    const first = await logTimeFromClient(viewer, time(projectId));
    const second = await logTimeFromClient(viewer, time(projectId));
    const [firstId, secondId] = [first.ok ? first.id : "", second.ok ? second.id : ""];
    expect(await deleteOwnTimeEntry(other.viewer, firstId)).toBe(false);
    expect(await deleteOwnTimeEntry(viewer, firstId)).toBe(true);
    await reviewTimeEntry(staff, secondId, "approved");
    expect(await deleteOwnTimeEntry(viewer, secondId)).toBe(false);
    expect(await db.select().from(timesheetEntries).where(eq(timesheetEntries.projectId, projectId))).toHaveLength(1);
  });

  it("the contractor corrects their own entry until it is approved; one sent back goes back for approval", async () => {
    const { viewer, staff, projectId } = await contractor({ "projects.view": true, "timesheets.log": true });
    const logged = await logTimeFromClient(viewer, time(projectId));
    const id = logged.ok ? logged.id : "";
    const correction = (entryId: string) =>
      clientTimeEditSchema.parse({ entryId, workedOn: "2026-11-29", hours: "2", minutes: "15", description: "Wiring, corrected" });
    await reviewTimeEntry(staff, id, "returned");
    expect(await editOwnTimeEntry(viewer, correction(id))).toBe(true);
    const [entry] = await db.select().from(timesheetEntries).where(eq(timesheetEntries.id, id));
    expect(entry).toMatchObject({ minutes: 135, workedOn: "2026-11-29", description: "Wiring, corrected", approval: "submitted" });

    const colleague = await createContactViewer({ "timesheets.log": true });
    expect(await editOwnTimeEntry({ ...colleague, accountId: viewer.accountId }, correction(id))).toBe(false);
    expect(await editOwnTimeEntry(viewedAs(viewer), correction(id))).toBe(false);
    await reviewTimeEntry(staff, id, "approved");
    expect(await editOwnTimeEntry(viewer, correction(id))).toBe(false);
  });
});
