"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/app/_actions/action";
import { parseOriginList, setEmbedOrigins } from "@/db/access/sign-in/embed";
import {
  enableLoginForAllContacts,
  setAllowCustomerLogin,
  setRequireTwoFactorForAdmins,
  setSignInCodesEnabled,
} from "@/db/access/onboarding/login-settings";
import { applyDefaultsToAllContacts } from "@/db/access/permissions/layer-rules";
import { setSignOffSettings, signOffSettingsSchema } from "@/db/access/sign-offs/settings";
import { paymentSettingsSchema, setPaymentSettings } from "@/db/access/payments/settings";

const checkbox = (name: string) => z.object({ [name]: z.enum(["on"]).optional() }).transform((form) => form[name] === "on");
const nothing = z.object({});

export const setAllowCustomerLoginAction = staffAction("settings", checkbox("allowCustomerLogin"), async (isAllowed, { viewer, ip }) => {
  await setAllowCustomerLogin(viewer, isAllowed, ip);
  revalidatePath("/console/settings");
  return { ok: true, message: isAllowed ? "Customers may now sign in." : "Customers can no longer sign in unless switched on one by one." };
});

export const setSignInCodesAction = staffAction("settings", checkbox("signInCodesEnabled"), async (isEnabled, { viewer, ip }) => {
  await setSignInCodesEnabled(viewer, isEnabled, ip);
  revalidatePath("/console/settings");
  return {
    ok: true,
    message: isEnabled ? "Clients can now ask for a sign-in code by email." : "Sign-in codes are off: clients sign in with their password.",
  };
});

export const setRequireTwoFactorAction = staffAction(
  "team_security",
  checkbox("requireTwoFactorForAdmins"),
  async (isRequired, { viewer, ip }) => {
    await setRequireTwoFactorForAdmins(viewer, isRequired, ip);
    revalidatePath("/console/settings");
    return {
      ok: true,
      message: isRequired
        ? "Owners and admins now need two-factor sign-in: those without it set it up at their next sign-in."
        : "Two-factor sign-in is now optional for owners and admins.",
    };
  },
);

export const enableLoginForAllAction = staffAction("settings", nothing, async (_input, { viewer, ip }) => {
  const changed = await enableLoginForAllContacts(viewer, ip);
  revalidatePath("/console/settings");
  return { ok: true, message: `Login switched on for ${changed.toLocaleString("en-GB")} contacts.` };
});

export const applyDefaultsToAllAction = staffAction("settings", nothing, async (_input, { viewer, ip }) => {
  const changed = await applyDefaultsToAllContacts(viewer, ip);
  revalidatePath("/console/settings");
  return { ok: true, message: `Defaults applied: ${changed.toLocaleString("en-GB")} contacts had settings of their own, now replaced.` };
});

const originsSchema = z.object({ origins: z.string().default("") }).transform((form) => parseOriginList(form.origins.slice(0, 10_000)));

export const setEmbedOriginsAction = staffAction("settings", originsSchema, async (parsed, { viewer, ip }) => {
  if ("error" in parsed) return { error: parsed.error };
  await setEmbedOrigins(viewer, parsed.origins, ip);
  revalidatePath("/console/settings");
  return {
    ok: true,
    message: parsed.origins.length
      ? `The form is accepted from ${parsed.origins.join(", ")}.`
      : "The embeddable form is now refused everywhere.",
  };
});

export const setSignOffSettingsAction = staffAction(
  "settings",
  signOffSettingsSchema,
  async (settings, { viewer, ip }) => {
    await setSignOffSettings(viewer, settings, ip);
    revalidatePath("/console/settings");
    return {
      ok: true,
      message: `Saved. New sign-off links last ${settings.linkDays} days; reminders go ${settings.reminderDays} days before the due date.`,
    };
  },
  { explain: "message" },
);

export const setPaymentSettingsAction = staffAction(
  "payments",
  paymentSettingsSchema,
  async (settings, { viewer, ip }) => {
    await setPaymentSettings(viewer, settings, ip);
    revalidatePath("/console/settings");
    return { ok: true, message: "Saved. Open invoices show the new payment details now." };
  },
  { explain: "message" },
);
