"use server";

import { recordSaveAction } from "@/app/_actions/record-save";
import { saveTask, taskInputSchema } from "@/db/access/records/tasks";

export const saveTaskAction = recordSaveAction("/console/tasks", taskInputSchema, saveTask);
