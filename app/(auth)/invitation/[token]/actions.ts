"use server";

import { headers } from "next/headers";
import { clientIp } from "@/auth";
import { setPasswordFromLink } from "@/app/_actions/password-from-link";
import type { SetPasswordState } from "@/components/auth/set-password-form";
import { unsafeAcceptInvitation, unsafeInspectInvitation } from "@/db/access/onboarding/invitations";
import { linkProblems } from "./link-problems";

// Public endpoint: the token is the only credential, so it is checked here, not trusted from the page.
export async function acceptInvitationAction(_previous: SetPasswordState, formData: FormData): Promise<SetPasswordState> {
  const ip = clientIp(await headers());
  return setPasswordFromLink(formData, {
    inspect: unsafeInspectInvitation,
    use: (token, hash) => unsafeAcceptInvitation(token, hash, ip),
    problems: linkProblems,
    usedMeanwhile:
      "This invitation can no longer be used: it was just used or cancelled, or your access was switched off. Ask for a new invitation.",
  });
}
