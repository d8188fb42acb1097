"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/auth";
import type { ActionState } from "@/components/ui/action-state";
import { cancelInvitation, sendInvitation } from "@/db/access/onboarding/invitations";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

const bulkSchema = z.object({
  intent: z.enum(["resend", "cancel"]),
  batchKey: z.uuid(),
  contactIds: z.array(z.uuid()).min(1, "Select at least one person first.").max(200),
});

// Re-send or cancel the invitations of the people ticked on this page. The batch key makes a
// retried submission re-send nothing twice.
export async function bulkPendingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = bulkSchema.safeParse({
    intent: formData.get("intent"),
    batchKey: formData.get("batchKey"),
    contactIds: formData.getAll("contactId"),
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "This form was incomplete. Reload the page and try again." };
  const { intent, batchKey, contactIds } = parsed.data;
  const ip = clientIp(await headers());
  let done = 0;
  for (const contactId of contactIds) {
    if (intent === "resend") {
      const result = await sendInvitation(viewer, { contactId, requestKey: `${batchKey}/${contactId}` }, ip);
      if (result.ok) done++;
    } else {
      done += (await cancelInvitation(viewer, contactId, ip)) > 0 ? 1 : 0;
    }
  }
  revalidatePath("/console/pending");
  const skipped = contactIds.length - done;
  const verb = intent === "resend" ? "Invitation sent to" : "Invitation cancelled for";
  return {
    ok: true,
    message: `${verb} ${done} ${done === 1 ? "person" : "people"}.${skipped ? ` ${skipped} skipped (no open invitation, or no longer allowed to sign in).` : ""}`,
  };
}
