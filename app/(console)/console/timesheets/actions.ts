"use server";

import { recordSaveAction } from "@/app/_actions/record-save";
import { saveTimesheetEntry, timesheetInputSchema } from "@/db/access/records/timesheets";

export const saveTimesheetsAction = recordSaveAction("/console/timesheets", timesheetInputSchema, saveTimesheetEntry);
