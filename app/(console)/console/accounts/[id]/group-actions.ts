"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/auth";
import type { ActionState } from "@/components/ui/action-state";
import { createGroup, deleteGroup, setGroupMembers } from "@/db/access/permissions/groups";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

const createSchema = z.object({
  accountId: z.uuid(),
  name: z.string().trim().min(1, "Give the group a name.").max(80, "Keep the name under 80 characters."),
});

export async function createGroupAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = createSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "This form was incomplete." };
  const result = await createGroup(viewer, parsed.data.accountId, parsed.data.name, clientIp(await headers()));
  if (!result.ok)
    return { error: result.error === "name_taken" ? "This account already has a group with that name." : "This account no longer exists." };
  revalidatePath(`/console/accounts/${parsed.data.accountId}`);
  return { ok: true, message: `Group “${parsed.data.name}” created. Add people and set its permissions below.` };
}

const membersSchema = z.object({ groupId: z.uuid(), accountId: z.uuid() });

export async function setGroupMembersAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = membersSchema.safeParse(Object.fromEntries(formData));
  const members = z.array(z.uuid()).max(1000).safeParse(formData.getAll("member"));
  if (!parsed.success || !members.success) return { error: "This form was incomplete. Reload the page and try again." };
  if (!(await setGroupMembers(viewer, parsed.data.groupId, members.data, clientIp(await headers()))))
    return { error: "This group no longer exists." };
  revalidatePath(`/console/accounts/${parsed.data.accountId}`);
  return { ok: true, message: "Members saved." };
}

export async function deleteGroupAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = membersSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "This form was incomplete. Reload the page and try again." };
  if (!(await deleteGroup(viewer, parsed.data.groupId, clientIp(await headers())))) return { error: "This group no longer exists." };
  revalidatePath(`/console/accounts/${parsed.data.accountId}`);
  return { ok: true, message: "Group deleted." };
}
