"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/app/_actions/action";
import { setPortalCookie } from "@/app/_actions/portal-cookie";
import { SIGN_OFF_SESSION_COOKIE, unsafeOpenSignOffLink } from "@/db/access/sign-offs/recipients";
import { unsafeRequestFreshSignOffLink } from "@/db/access/sign-offs/reminders";

// The sign-off link page's two buttons. The link (its token) is the credential; the page itself,
// a GET, uses nothing, so a mail scanner following the link starts no session.

const tokenSchema = z.object({ token: z.string().max(100) });

export const openSignOffLinkAction = publicAction(tokenSchema, async ({ token }, { ip }) => {
  const userAgent = (await headers()).get("user-agent") ?? undefined;
  const opened = await unsafeOpenSignOffLink(token, { ip, userAgent });
  if (!opened) return { error: "This link no longer opens the sign-off. Reload the page to see why." };
  const seconds = Math.max(60, Math.floor((opened.expiresAt.getTime() - Date.now()) / 1000));
  await setPortalCookie(SIGN_OFF_SESSION_COOKIE, opened.token, seconds);
  redirect(`/sign-offs/${opened.signOffId}`);
});

/** The same answer whatever the link was: whether a fresh one goes out is for the address's owner to see. */
export const freshSignOffLinkAction = publicAction(tokenSchema, async ({ token }, { ip }) => {
  await unsafeRequestFreshSignOffLink(token, { ip });
  return {
    ok: true,
    message: "If this link belongs to a sign-off that is still open, a fresh one is on its way to the address it was sent to.",
  };
});
