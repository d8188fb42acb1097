"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { contactAction } from "@/app/_actions/action";
import {
  clientTimeEditSchema,
  clientTimeSchema,
  deleteOwnTimeEntry,
  editOwnTimeEntry,
  logTimeFromClient,
} from "@/db/access/records/client-timesheets";

/** A contractor logs time; they land on the entry, waiting for approval. */
export const logTimeAction = contactAction(
  clientTimeSchema,
  async (input, { viewer, ip }) => {
    const result = await logTimeFromClient(viewer, input, ip);
    if (!result.ok)
      return {
        error:
          result.error === "not_allowed"
            ? "You cannot log time. Ask us if you need to."
            : "That project or task is not there any more. Choose another.",
      };
    revalidatePath("/timesheets");
    redirect(`/timesheets/${result.id}`);
  },
  { explain: "fields", keepValues: true },
);

/** A contractor corrects their own entry before it is approved; it goes (back) for approval. */
export const editTimeAction = contactAction(
  clientTimeEditSchema,
  async (input, { viewer, ip }) => {
    if (!(await editOwnTimeEntry(viewer, input, ip))) return { error: "This entry is approved or gone, so it cannot be changed." };
    revalidatePath(`/timesheets/${input.entryId}`);
    return { ok: true, message: "Saved. It waits for approval again." };
  },
  { explain: "fields", keepValues: true },
);

/** A contractor deletes their own entry before it is approved. */
export const deleteTimeAction = contactAction(z.object({ entryId: z.uuid() }), async ({ entryId }, { viewer, ip }) => {
  if (!(await deleteOwnTimeEntry(viewer, entryId, ip))) return { error: "This entry is approved or gone, so it cannot be deleted." };
  revalidatePath("/timesheets");
  redirect("/timesheets");
});
