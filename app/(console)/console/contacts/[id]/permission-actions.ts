"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/auth";
import type { ActionState } from "@/components/ui/action-state";
import { isCapability } from "@/db/access/capabilities";
import { setContactCapability } from "@/db/access/permissions";
import { requireStaffViewer } from "@/db/access/viewer";

const permissionSchema = z.object({
  contactId: z.uuid(),
  capability: z.string().refine(isCapability, "Unknown permission."),
  setting: z.enum(["default", "allow", "deny"]),
});

export async function setContactCapabilityAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer();
  const parsed = permissionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success || !isCapability(parsed.data.capability)) return { error: "This form was incomplete. Reload the page and try again." };
  const { contactId, capability, setting } = parsed.data;
  const isAllowed = setting === "default" ? null : setting === "allow";
  if (!(await setContactCapability(viewer, contactId, capability, isAllowed, clientIp(await headers())))) {
    return { error: "This contact no longer exists. Reload the page." };
  }
  revalidatePath(`/console/contacts/${contactId}`);
  return { ok: true, message: "Saved." };
}
