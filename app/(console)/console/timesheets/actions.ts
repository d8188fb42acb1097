"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordSaveAction } from "@/app/_actions/record-save";
import { staffAction } from "@/app/_actions/action";
import { reviewTimeEntry } from "@/db/access/records/client-timesheets";
import { saveTimesheetEntry, timesheetInputSchema } from "@/db/access/records/timesheets";

export const saveTimesheetsAction = recordSaveAction("/console/timesheets", timesheetInputSchema, saveTimesheetEntry);

/** Staff approve a contractor's time (then it counts) or send it back. */
export const reviewTimeAction = staffAction(
  "clients",
  z.object({ entryId: z.uuid(), decision: z.enum(["approved", "returned"]) }),
  async ({ entryId, decision }, { viewer, ip }) => {
    if (!(await reviewTimeEntry(viewer, entryId, decision, ip))) return { error: "This entry no longer exists." };
    revalidatePath(`/console/timesheets/${entryId}`);
    return { ok: true, message: decision === "approved" ? "Approved: the time now counts." : "Sent back to the contractor." };
  },
);
