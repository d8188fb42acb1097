"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { clientIp, signIn } from "@/auth";
import { unsafeGetBranding } from "@/db/access/business";
import { unsafeAcceptInvitation, unsafeInspectInvitation } from "@/db/access/invitations";
import { hashPassword, judgePassword, PASSWORD_MAX_LENGTH } from "@/db/security/passwords";
import { linkProblems } from "./link-problems";

export type AcceptState = { error?: string; fieldErrors?: { password?: string; confirm?: string } };

const acceptSchema = z.object({
  token: z.string().max(100),
  password: z.string().max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
  confirm: z.string().max(PASSWORD_MAX_LENGTH),
});

// Public endpoint: the token is the only credential, so it is checked here, not trusted from the page.
export async function acceptInvitationAction(_previous: AcceptState, formData: FormData): Promise<AcceptState> {
  const parsed = acceptSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { fieldErrors: { password: parsed.error.issues[0]?.message } };
  const { token, password, confirm } = parsed.data;

  const invitation = await unsafeInspectInvitation(token);
  if (invitation.state !== "valid") return { error: linkProblems[invitation.state].title };

  const brand = await unsafeGetBranding();
  const verdict = judgePassword(password, [invitation.email, invitation.name, brand.portalName]);
  if (!verdict.ok) return { fieldErrors: { password: verdict.reason } };
  if (password !== confirm) return { fieldErrors: { confirm: "The two passwords are different. Type the same password twice." } };

  const accepted = await unsafeAcceptInvitation(token, await hashPassword(password), clientIp(await headers()));
  if (!accepted) return { error: "This invitation was used or cancelled a moment ago. Try signing in, or ask for a new invitation." };

  try {
    await signIn("credentials", { email: accepted.email, password, redirectTo: "/" });
    return {};
  } catch (error) {
    if (error instanceof AuthError) return { error: "Your password is set, but signing in failed. Sign in with your new password." };
    throw error;
  }
}
