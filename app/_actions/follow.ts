"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "./action";
import { setStaffFollowing } from "@/db/access/collaboration/followers";
import { conversationKinds, recordPath } from "@/lib/record-kinds";

const followSchema = z.object({ recordType: z.enum(conversationKinds), recordId: z.uuid(), isFollowing: z.enum(["yes", "no"]) });

/** Staff start or stop following a record. */
export const setFollowingAction = staffAction("clients", followSchema, async (input, { viewer }) => {
  const isFollowing = input.isFollowing === "yes";
  if (!(await setStaffFollowing(viewer, input.recordType, input.recordId, isFollowing))) return { error: "This record no longer exists." };
  revalidatePath(recordPath(input.recordType, input.recordId, "console"));
  return { ok: true, message: isFollowing ? "Following: you will hear about it." : "No longer following." };
});
