"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/auth";
import type { ActionState } from "@/components/ui/action-state";
import { capabilities, objectTypeSchema } from "@/db/access/permissions/capabilities";
import { setGlobalDefault, setLayerRules, type RuleChanges } from "@/db/access/permissions/layer-rules";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

const targetSchema = z.discriminatedUnion("layer", [
  z.object({ layer: z.literal("module") }),
  z.object({ layer: z.literal("account"), accountId: z.uuid() }),
  z.object({ layer: z.literal("group"), groupId: z.uuid() }),
  z.object({ layer: z.literal("contact"), contactId: z.uuid() }),
  z.object({ layer: z.literal("object"), objectType: objectTypeSchema, objectId: z.uuid() }),
]);
const settingSchema = z.enum(["inherit", "allow", "deny"]);
const asAnswer = { inherit: null, allow: true, deny: false } as const;

/** Staff: saves one layer's permission settings (the rule editor on settings, account, group, contact and record pages). */
export async function saveLayerRulesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let viewer = await requireStaffViewer("clients");
  const target = targetSchema.safeParse(Object.fromEntries(formData));
  if (!target.success) return { error: "This form was incomplete. Reload the page and try again." };
  // The module defaults are part of Settings; the other layers belong to accounts, people and records.
  if (target.data.layer === "module") viewer = await requireStaffViewer("settings");
  const changes: RuleChanges = {};
  for (const { key } of capabilities) {
    const value = formData.get(`rule.${key}`);
    if (value === null) continue;
    const setting = settingSchema.safeParse(value);
    if (!setting.success) return { error: "A permission had an unknown setting. Reload the page and try again." };
    changes[key] = asAnswer[setting.data];
  }
  if (!(await setLayerRules(viewer, target.data, changes, clientIp(await headers()))))
    return { error: "This record no longer exists. Reload the page." };
  revalidatePath("/console", "layout");
  return { ok: true, message: "Permissions saved. They apply from the client's next page." };
}

/** Staff: the global default, for anything no other layer sets. */
export async function saveGlobalDefaultAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("settings");
  const setting = settingSchema.safeParse(formData.get("setting"));
  if (!setting.success) return { error: "Choose allow, deny or not set." };
  await setGlobalDefault(viewer, asAnswer[setting.data], clientIp(await headers()));
  revalidatePath("/console", "layout");
  return { ok: true, message: "Global default saved." };
}
