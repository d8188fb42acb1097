"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "./action";
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
export const saveLayerRulesAction = staffAction("clients", targetSchema, async (target, { viewer, ip, formData }) => {
  // The module defaults are part of Settings; the other layers belong to accounts, people and records.
  const editor = target.layer === "module" ? await requireStaffViewer("settings") : viewer;
  const changes: RuleChanges = {};
  for (const { key } of capabilities) {
    const value = formData.get(`rule.${key}`);
    if (value === null) continue;
    const setting = settingSchema.safeParse(value);
    if (!setting.success) return { error: "A permission had an unknown setting. Reload the page and try again." };
    changes[key] = asAnswer[setting.data];
  }
  if (!(await setLayerRules(editor, target, changes, ip))) return { error: "This record no longer exists. Reload the page." };
  revalidatePath("/console", "layout");
  return { ok: true, message: "Permissions saved. They apply from the client's next page." };
});

/** Staff: the global default, for anything no other layer sets. */
export const saveGlobalDefaultAction = staffAction(
  "settings",
  z.object({ setting: settingSchema }),
  async ({ setting }, { viewer, ip }) => {
    await setGlobalDefault(viewer, asAnswer[setting], ip);
    revalidatePath("/console", "layout");
    return { ok: true, message: "Global default saved." };
  },
  { invalid: "Choose allow, deny or not set." },
);
