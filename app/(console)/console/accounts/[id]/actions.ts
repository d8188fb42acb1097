"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_actions/action";
import { setAccountTags } from "@/db/access/people/accounts";
import { setAccountContactLogin, setAccountPortalAccess, setAccountTwoFactor } from "@/db/access/onboarding/login-settings";

const GONE = "This account or person no longer exists. Reload the page.";

const accessSchema = z.object({ accountId: z.uuid(), portalAccess: z.enum(["inherit", "disabled", "all", "selected"]) });

export const setPortalAccessAction = staffAction("clients", accessSchema, async ({ accountId, portalAccess }, { viewer, ip }) => {
  if (!(await setAccountPortalAccess(viewer, accountId, portalAccess, ip))) return { error: GONE };
  revalidatePath(`/console/accounts/${accountId}`);
  return { ok: true, message: "Portal access saved." };
});

const twoFactorSchema = z.object({ accountId: z.uuid(), requireTwoFactor: z.enum(["on"]).optional() });

export const setAccountTwoFactorAction = staffAction(
  "clients",
  twoFactorSchema,
  async ({ accountId, requireTwoFactor }, { viewer, ip }) => {
    const isRequired = requireTwoFactor === "on";
    if (!(await setAccountTwoFactor(viewer, accountId, isRequired, ip))) return { error: GONE };
    revalidatePath(`/console/accounts/${accountId}`);
    return {
      ok: true,
      message: isRequired
        ? "Two-factor sign-in is now required here: people without it set it up at their next sign-in."
        : "Two-factor sign-in is optional for this account's people.",
    };
  },
);

const toggleSchema = z.object({ accountId: z.uuid(), contactId: z.uuid(), loginState: z.enum(["inherit", "on", "off"]) });

export const setAccountContactLoginAction = staffAction(
  "clients",
  toggleSchema,
  async ({ accountId, contactId, loginState }, { viewer, ip }) => {
    if (!(await setAccountContactLogin(viewer, accountId, contactId, loginState, ip))) return { error: GONE };
    revalidatePath(`/console/accounts/${accountId}`);
    return { ok: true, message: "Saved." };
  },
);

const tagsSchema = z.object({ accountId: z.uuid(), tags: z.string().max(1000) });

export const setAccountTagsAction = staffAction("clients", tagsSchema, async ({ accountId, tags: typed }, { viewer }) => {
  const tags = typed.split(",");
  if (tags.some((tag) => tag.trim().length > 60)) return { error: "Keep each tag under 60 characters." };
  if (!(await setAccountTags(viewer, accountId, tags))) return { error: GONE };
  revalidatePath(`/console/accounts/${accountId}`);
  return { ok: true, message: "Tags saved." };
});
