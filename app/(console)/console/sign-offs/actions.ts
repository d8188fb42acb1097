"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/app/_actions/action";
import { createSignOff, newSignOffSchema } from "@/db/access/sign-offs/create";
import { removeDraftFile } from "@/db/access/sign-offs/files";
import {
  addRecipient,
  cancelSignOff,
  remindNow,
  removeRecipient,
  sendRound,
  startNewRound,
  type ManageResult,
} from "@/db/access/sign-offs/manage";
import { commentAsStaff, commentSchema } from "@/db/access/sign-offs/respond";
import type { SignOffDone } from "./done-messages";

// The console's sign-off actions: each re-checks the staff member (staffAction) and leaves every
// rule to the access layer.

const idSchema = z.object({ signOffId: z.uuid() });

/** The form names each contact's role `role:<id>` and each picked file `file:<id>`. */
function picked(formData: FormData) {
  const recipients: { contactId: string; role: string }[] = [];
  const fileIds: string[] = [];
  for (const [key, value] of formData) {
    if (key.startsWith("role:") && value !== "none") recipients.push({ contactId: key.slice(5), role: String(value) });
    if (key.startsWith("file:")) fileIds.push(key.slice(5));
  }
  return { recipients, fileIds };
}

const formSchema = z.object({
  accountId: z.string(),
  objectType: z.string().optional(),
  objectId: z.string().optional(),
  subject: z.string(),
  instructions: z.string().optional(),
  dueOn: z.string().optional(),
  linkDays: z.string(),
  hasReminders: z.string().optional(),
  requestKey: z.string(),
});

export const createSignOffAction = staffAction("clients", formSchema, async (form, { viewer, formData, values }) => {
  const parsed = newSignOffSchema.safeParse({
    ...form,
    objectType: form.objectType || undefined,
    objectId: form.objectId || undefined,
    instructions: form.instructions ?? "",
    dueOn: form.dueOn ?? "",
    hasReminders: form.hasReminders === "on",
    ...picked(formData),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "");
    return { error: issue?.message ?? "Check the form.", fieldErrors: field ? { [field]: issue!.message } : {}, values };
  }
  const created = await createSignOff(viewer, parsed.data);
  if (!created.ok) return { error: created.error, values };
  revalidatePath("/console/sign-offs");
  return { ok: true, message: "Draft saved.", createdId: created.id };
});

/**
 * A change whose button goes away with it (a round sent, a file taken out…) says so on the page it
 * leads back to (`?done=`, done-messages.ts); the others answer beside their button.
 */
function answer(signOffId: string, result: ManageResult, done?: SignOffDone) {
  revalidatePath(`/console/sign-offs/${signOffId}`);
  if (result.ok && done) redirect(`/console/sign-offs/${signOffId}?done=${done}`);
  return result.ok ? { ok: true, message: result.message } : { error: result.error };
}

export const sendRoundAction = staffAction("clients", idSchema, async ({ signOffId }, { viewer }) =>
  answer(signOffId, await sendRound(viewer, signOffId), "sent"),
);

export const startNewRoundAction = staffAction("clients", idSchema, async ({ signOffId }, { viewer }) =>
  answer(signOffId, await startNewRound(viewer, signOffId), "round_started"),
);

export const remindAction = staffAction("clients", idSchema, async ({ signOffId }, { viewer }) =>
  answer(signOffId, await remindNow(viewer, signOffId)),
);

export const cancelSignOffAction = staffAction("clients", idSchema, async ({ signOffId }, { viewer }) =>
  answer(signOffId, await cancelSignOff(viewer, signOffId), "cancelled"),
);

export const addRecipientAction = staffAction(
  "clients",
  idSchema.extend({ contactId: z.uuid("Choose a contact."), role: z.enum(["approver", "informed"], "Choose what is asked of them.") }),
  async ({ signOffId, ...input }, { viewer }) => answer(signOffId, await addRecipient(viewer, signOffId, input)),
  { explain: "message" },
);

export const removeRecipientAction = staffAction("clients", idSchema.extend({ recipientId: z.uuid() }), async (input, { viewer }) =>
  answer(input.signOffId, await removeRecipient(viewer, input.signOffId, input.recipientId), "recipient_removed"),
);

export const removeDraftFileAction = staffAction("clients", idSchema.extend({ fileId: z.uuid() }), async (input, { viewer }) => {
  const removed = await removeDraftFile(viewer, input.signOffId, input.fileId);
  return answer(
    input.signOffId,
    removed
      ? { ok: true, message: "File taken out of this round." }
      : { ok: false, error: "Only files of the round being prepared can be taken out." },
    "file_removed",
  );
});

export const staffCommentAction = staffAction(
  "clients",
  idSchema.extend({ body: commentSchema.shape.body, signOffFileId: z.union([z.literal(""), z.uuid()]).optional() }),
  async ({ signOffId, body, signOffFileId }, { viewer }) => {
    const result = await commentAsStaff(viewer, signOffId, { body, signOffFileId: signOffFileId || undefined });
    revalidatePath(`/console/sign-offs/${signOffId}`);
    return result.ok ? { ok: true, message: "Comment added; everyone on the sign-off is emailed it." } : { error: result.error };
  },
  { explain: "message" },
);
