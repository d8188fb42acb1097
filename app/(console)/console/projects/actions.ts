"use server";

import { recordSaveAction } from "@/app/_actions/record-save";
import { saveProject, projectInputSchema } from "@/db/access/records/projects";

export const saveProjectAction = recordSaveAction("/console/projects", projectInputSchema, saveProject);
