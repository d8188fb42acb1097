"use server";

import { headers } from "next/headers";
import { clientIp } from "@/auth";
import { setPasswordFromLink } from "@/app/_actions/password-from-link";
import type { SetPasswordState } from "@/components/auth/set-password-form";
import { unsafeInspectPasswordLink, unsafeSetPasswordByLink } from "@/db/access/onboarding/password-links";
import { resetLinkProblems } from "./link-problems";

export async function resetPasswordAction(_previous: SetPasswordState, formData: FormData): Promise<SetPasswordState> {
  const ip = clientIp(await headers());
  return setPasswordFromLink(formData, {
    inspect: unsafeInspectPasswordLink,
    use: (token, hash) => unsafeSetPasswordByLink(token, hash, ip),
    problems: resetLinkProblems,
    usedMeanwhile: "This link can no longer be used: it was just used or replaced, or your access was switched off. Ask for a new link.",
  });
}
