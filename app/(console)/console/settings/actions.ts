"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/auth";
import type { ActionState } from "@/components/ui/action-state";
import { parseOriginList, setEmbedOrigins } from "@/db/access/sign-in/embed";
import {
  enableLoginForAllContacts,
  setAllowCustomerLogin,
  setRequireTwoFactorForAdmins,
  setSignInCodesEnabled,
} from "@/db/access/onboarding/login-settings";
import { applyDefaultsToAllContacts } from "@/db/access/permissions/layer-rules";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

const allowSchema = z.object({ allowCustomerLogin: z.enum(["on"]).optional() });

export async function setAllowCustomerLoginAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("settings");
  const parsed = allowSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "This form was incomplete. Reload the page and try again." };
  const isAllowed = parsed.data.allowCustomerLogin === "on";
  await setAllowCustomerLogin(viewer, isAllowed, clientIp(await headers()));
  revalidatePath("/console/settings");
  return { ok: true, message: isAllowed ? "Customers may now sign in." : "Customers can no longer sign in unless switched on one by one." };
}

const codesSchema = z.object({ signInCodesEnabled: z.enum(["on"]).optional() });

export async function setSignInCodesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("settings");
  const parsed = codesSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "This form was incomplete. Reload the page and try again." };
  const isEnabled = parsed.data.signInCodesEnabled === "on";
  await setSignInCodesEnabled(viewer, isEnabled, clientIp(await headers()));
  revalidatePath("/console/settings");
  return {
    ok: true,
    message: isEnabled ? "Clients can now ask for a sign-in code by email." : "Sign-in codes are off: clients sign in with their password.",
  };
}

const twoFactorSchema = z.object({ requireTwoFactorForAdmins: z.enum(["on"]).optional() });

export async function setRequireTwoFactorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("team_security");
  const parsed = twoFactorSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "This form was incomplete. Reload the page and try again." };
  const isRequired = parsed.data.requireTwoFactorForAdmins === "on";
  await setRequireTwoFactorForAdmins(viewer, isRequired, clientIp(await headers()));
  revalidatePath("/console/settings");
  return {
    ok: true,
    message: isRequired
      ? "Owners and admins now need two-factor sign-in: those without it set it up at their next sign-in."
      : "Two-factor sign-in is now optional for owners and admins.",
  };
}

export async function enableLoginForAllAction(): Promise<ActionState> {
  const viewer = await requireStaffViewer("settings");
  const changed = await enableLoginForAllContacts(viewer, clientIp(await headers()));
  revalidatePath("/console/settings");
  return { ok: true, message: `Login switched on for ${changed.toLocaleString("en-GB")} contacts.` };
}

export async function applyDefaultsToAllAction(): Promise<ActionState> {
  const viewer = await requireStaffViewer("settings");
  const changed = await applyDefaultsToAllContacts(viewer, clientIp(await headers()));
  revalidatePath("/console/settings");
  return { ok: true, message: `Defaults applied: ${changed.toLocaleString("en-GB")} contacts had settings of their own, now replaced.` };
}

export async function setEmbedOriginsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("settings");
  const parsed = parseOriginList(String(formData.get("origins") ?? "").slice(0, 10_000));
  if ("error" in parsed) return { error: parsed.error };
  await setEmbedOrigins(viewer, parsed.origins, clientIp(await headers()));
  revalidatePath("/console/settings");
  return {
    ok: true,
    message: parsed.origins.length
      ? `The form is accepted from ${parsed.origins.join(", ")}.`
      : "The embeddable form is now refused everywhere.",
  };
}
