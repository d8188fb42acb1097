"use server";

import { saveFromForm } from "@/components/console/save-record";
import type { ActionState } from "@/components/ui/action-state";
import { saveTimesheetEntry, timesheetInputSchema } from "@/db/access/records/timesheets";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export async function saveTimesheetsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const contractId = formData.get("contractId");
  return saveFromForm(
    formData,
    timesheetInputSchema,
    (id, input, requestKey) => saveTimesheetEntry(viewer, id, input, typeof contractId === "string" ? contractId : undefined, requestKey),
    "/console/timesheets",
  );
}
