"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/auth";
import type { ActionState } from "@/components/ui/action-state";
import { setAccountTags } from "@/db/access/people/accounts";
import { setAccountContactLogin, setAccountPortalAccess, setAccountTwoFactor } from "@/db/access/onboarding/login-settings";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

const INCOMPLETE = "This form was incomplete. Reload the page and try again.";
const GONE = "This account or person no longer exists. Reload the page.";

const accessSchema = z.object({ accountId: z.uuid(), portalAccess: z.enum(["inherit", "disabled", "all", "selected"]) });

export async function setPortalAccessAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = accessSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: INCOMPLETE };
  const isDone = await setAccountPortalAccess(viewer, parsed.data.accountId, parsed.data.portalAccess, clientIp(await headers()));
  if (!isDone) return { error: GONE };
  revalidatePath(`/console/accounts/${parsed.data.accountId}`);
  return { ok: true, message: "Portal access saved." };
}

const twoFactorSchema = z.object({ accountId: z.uuid(), requireTwoFactor: z.enum(["on"]).optional() });

export async function setAccountTwoFactorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = twoFactorSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: INCOMPLETE };
  const isRequired = parsed.data.requireTwoFactor === "on";
  const isDone = await setAccountTwoFactor(viewer, parsed.data.accountId, isRequired, clientIp(await headers()));
  if (!isDone) return { error: GONE };
  revalidatePath(`/console/accounts/${parsed.data.accountId}`);
  return {
    ok: true,
    message: isRequired
      ? "Two-factor sign-in is now required here: people without it set it up at their next sign-in."
      : "Two-factor sign-in is optional for this account's people.",
  };
}

const toggleSchema = z.object({ accountId: z.uuid(), contactId: z.uuid(), loginState: z.enum(["inherit", "on", "off"]) });

export async function setAccountContactLoginAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = toggleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: INCOMPLETE };
  const { accountId, contactId, loginState } = parsed.data;
  const isDone = await setAccountContactLogin(viewer, accountId, contactId, loginState, clientIp(await headers()));
  if (!isDone) return { error: GONE };
  revalidatePath(`/console/accounts/${accountId}`);
  return { ok: true, message: "Saved." };
}

const tagsSchema = z.object({ accountId: z.uuid(), tags: z.string().max(1000) });

export async function setAccountTagsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = tagsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: INCOMPLETE };
  const tags = parsed.data.tags.split(",");
  if (tags.some((tag) => tag.trim().length > 60)) return { error: "Keep each tag under 60 characters." };
  if (!(await setAccountTags(viewer, parsed.data.accountId, tags))) return { error: GONE };
  revalidatePath(`/console/accounts/${parsed.data.accountId}`);
  return { ok: true, message: "Tags saved." };
}
