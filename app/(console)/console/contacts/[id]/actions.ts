"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/auth";
import type { ActionState } from "@/components/ui/action-state";
import { cancelInvitation, sendInvitation } from "@/db/access/onboarding/invitations";
import { setContactLogin } from "@/db/access/onboarding/login-settings";
import { sendPasswordResetLink } from "@/db/access/onboarding/password-links";
import { resetContactTwoFactor } from "@/db/access/sign-in/two-factor";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export type InviteState = { ok?: boolean; message?: string; error?: string; fieldErrors?: { message?: string } };

const inviteSchema = z.object({
  contactId: z.uuid(),
  accountId: z.uuid(),
  message: z.string().trim().max(2000, "Keep the personal message under 2,000 characters.").optional(),
  requestKey: z.uuid(),
});

// A public POST endpoint like every server action: the viewer is checked here, not by the page.
export async function sendInvitationAction(_previous: InviteState, formData: FormData): Promise<InviteState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = inviteSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const messageError = parsed.error.issues.find((issue) => issue.path[0] === "message");
    if (messageError) return { fieldErrors: { message: messageError.message } };
    return { error: "This form was incomplete. Reload the page and try again." };
  }
  const result = await sendInvitation(viewer, parsed.data, clientIp(await headers()));
  if (!result.ok) {
    return {
      error:
        result.error === "login_off"
          ? "This contact cannot sign in for that account: switch their login on (here or on the account) before inviting them."
          : "This contact or account no longer exists. Reload the page.",
    };
  }
  revalidatePath(`/console/contacts/${parsed.data.contactId}`);
  return { ok: true, message: "Invitation sent. It is in the outbox and will be delivered in a moment (see Emails)." };
}

const loginSchema = z.object({ contactId: z.uuid(), loginState: z.enum(["inherit", "on", "off"]) });

/** Login on / off / as the account; "off" is also "revoke access": their sessions end at once. */
export async function setContactLoginAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "This form was incomplete. Reload the page and try again." };
  const { contactId, loginState } = parsed.data;
  if (!(await setContactLogin(viewer, contactId, loginState, clientIp(await headers())))) {
    return { error: "This contact no longer exists. Reload the page." };
  }
  revalidatePath(`/console/contacts/${contactId}`);
  return { ok: true, message: loginState === "off" ? "Access revoked: their sessions have ended." : "Login setting saved." };
}

const contactSchema = z.object({ contactId: z.uuid() });

export async function cancelInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = contactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "This form was incomplete. Reload the page and try again." };
  const cancelled = await cancelInvitation(viewer, parsed.data.contactId, clientIp(await headers()));
  revalidatePath(`/console/contacts/${parsed.data.contactId}`);
  return cancelled > 0
    ? { ok: true, message: "Invitation cancelled: its link no longer works." }
    : { error: "There was no open invitation to cancel." };
}

export async function sendPasswordResetLinkAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = contactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "This form was incomplete. Reload the page and try again." };
  const isSent = await sendPasswordResetLink(viewer, parsed.data.contactId, clientIp(await headers()));
  return isSent
    ? { ok: true, message: "A link to choose a new password is on its way (it works for a limited time, once)." }
    : { error: "This contact cannot sign in, so no link was sent. Switch their login on first." };
}

// A client who lost their phone and their recovery codes: they sign in with their password again
// (and set two-factor up again where their account requires it).
export async function resetContactTwoFactorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = contactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "This form was incomplete. Reload the page and try again." };
  const isReset = await resetContactTwoFactor(viewer, parsed.data.contactId, clientIp(await headers()));
  revalidatePath(`/console/contacts/${parsed.data.contactId}`);
  return isReset
    ? { ok: true, message: "Two-factor sign-in reset: they are signed out everywhere and sign in with their password next time." }
    : { error: "This contact has no two-factor sign-in to reset. Reload the page." };
}
