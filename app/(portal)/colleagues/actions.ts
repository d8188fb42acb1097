"use server";

import { z } from "zod";
import { contactAction } from "@/app/_actions/action";
import { tooManyRequests } from "@/app/_actions/email-request";
import { inviteColleague } from "@/db/access/onboarding/invitations";

const colleagueSchema = z.object({
  name: z.string().trim().min(1, "Enter your colleague's name.").max(200),
  email: z.string().trim().toLowerCase().email("Enter your colleague's email address, like name@example.com.").max(320),
  requestKey: z.uuid(),
});

const refusals = {
  not_allowed: "You cannot invite colleagues. Ask us if you need to.",
  account_closed: "New people at your account need our approval to sign in. Ask us to add them.",
} as const;

export const inviteColleagueAction = contactAction(
  colleagueSchema,
  async (input, { viewer, ip }) => {
    const result = await inviteColleague(viewer, input, ip);
    if (!result.ok && result.error === "throttled") return { error: tooManyRequests(result.retryAfterSeconds) };
    if (!result.ok) return { error: refusals[result.error] };
    // The same words whether or not the address was already known (then nothing is sent).
    return {
      ok: true,
      message: `Invitation sent to ${input.email}, unless they already use the portal. They join ${viewer.accountName} when they accept it.`,
    };
  },
  { explain: "message" },
);
