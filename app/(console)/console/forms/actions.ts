"use server";

import { recordSaveAction } from "@/app/_actions/record-save";
import { saveForm, formInputSchema } from "@/db/access/records/knowledge";

export const saveFormsAction = recordSaveAction("/console/forms", formInputSchema, saveForm);
