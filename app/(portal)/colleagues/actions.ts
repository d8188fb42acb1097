"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/auth";
import type { ActionState } from "@/components/ui/action-state";
import { tooManyRequests } from "@/components/auth/email-request";
import { inviteColleague } from "@/db/access/onboarding/invitations";
import { requireActingContact } from "@/db/access/viewer/viewer";

const colleagueSchema = z.object({
  name: z.string().trim().min(1, "Enter your colleague's name.").max(200),
  email: z.string().trim().toLowerCase().email("Enter your colleague's email address, like name@example.com.").max(320),
  requestKey: z.uuid(),
});

const refusals = {
  not_allowed: "You cannot invite colleagues. Ask us if you need to.",
  account_closed: "New people at your account need our approval to sign in. Ask us to add them.",
} as const;

export async function inviteColleagueAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireActingContact();
  const parsed = colleagueSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };
  const result = await inviteColleague(viewer, parsed.data, clientIp(await headers()));
  if (!result.ok && result.error === "throttled") return { error: tooManyRequests(result.retryAfterSeconds) };
  if (!result.ok) return { error: refusals[result.error] };
  // The same words whether or not the address was already known (then nothing is sent).
  return {
    ok: true,
    message: `Invitation sent to ${parsed.data.email}, unless they already use the portal. They join ${viewer.accountName} when they accept it.`,
  };
}
