"use server";

import { revalidatePath } from "next/cache";
import { contactAction, staffAction } from "./action";
import { postMessageAsContact, postMessageAsStaff, postMessageSchema } from "@/db/access/collaboration/messages";
import { recordKinds, recordPath } from "@/lib/record-kinds";

// Writing on a record's conversation, from its portal page or its console page.

/** A client writes on a record they can see. */
export const postMessageAction = contactAction(
  postMessageSchema,
  async (input, { viewer, ip }) => {
    const result = await postMessageAsContact(viewer, { ...input, isInternal: undefined }, ip);
    const noun = recordKinds[input.recordType].noun;
    if (!result.ok)
      return {
        error:
          result.error === "closed"
            ? `This ${noun} is closed. Reopen it to write again.`
            : `This ${noun} is not there any more, or you cannot write on it. Reload the page.`,
      };
    revalidatePath(recordPath(input.recordType, input.recordId, "portal"));
    return { ok: true, message: "Sent. You will hear here and by email when someone answers." };
  },
  { explain: "message" },
);

/** Staff write a reply (the client sees it) or an internal note. */
export const postStaffMessageAction = staffAction(
  "clients",
  postMessageSchema,
  async (input, { viewer }) => {
    const result = await postMessageAsStaff(viewer, input);
    if (!result.ok) return { error: `This ${recordKinds[input.recordType].noun} no longer exists.` };
    revalidatePath(recordPath(input.recordType, input.recordId, "console"));
    return { ok: true, message: input.isInternal ? "Staff note added." : "Sent; the client sees it and is told." };
  },
  { explain: "message" },
);
