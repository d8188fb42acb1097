"use server";

import { headers } from "next/headers";
import { clientIp } from "@/auth";
import { setPasswordFromLink } from "@/app/_actions/password-from-link";
import type { SetPasswordState } from "@/components/auth/set-password-form";
import { unsafeAcceptStaffInvitation, unsafeInspectStaffInvitation } from "@/db/access/people/team";
import { linkProblems } from "../../invitation/[token]/link-problems";

// Public endpoint: the token is the only credential, so it is checked here, not trusted from the page.
export async function acceptStaffInvitationAction(_previous: SetPasswordState, formData: FormData): Promise<SetPasswordState> {
  const ip = clientIp(await headers());
  return setPasswordFromLink(formData, {
    inspect: unsafeInspectStaffInvitation,
    use: (token, hash) => unsafeAcceptStaffInvitation(token, hash, ip),
    problems: linkProblems,
    usedMeanwhile: "This invitation can no longer be used: it was just used or cancelled. Ask for a new invitation.",
  });
}
