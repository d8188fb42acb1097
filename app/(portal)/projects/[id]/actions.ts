"use server";

import { revalidatePath } from "next/cache";
import { contactAction } from "@/app/_actions/action";
import { clientTaskSchema, createTaskFromClient } from "@/db/access/records/client-tasks";

/** A client adds a task to a project (checked again here: the project, its visibility and "create tasks"). */
export const addTaskAction = contactAction(
  clientTaskSchema,
  async (input, { viewer, ip }) => {
    const result = await createTaskFromClient(viewer, input, ip);
    if (!result.ok) return { error: "Tasks cannot be added to this project now. Reload the page to see what you can do." };
    revalidatePath(`/projects/${input.projectId}`);
    return { ok: true, message: `Task “${input.title}” added. The project's manager has been told.`, createdId: result.id };
  },
  { explain: "message" },
);
