"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { ACTIVE_ACCOUNT_COOKIE, requireActingContact } from "@/db/access/viewer/viewer";
import { setPortalCookie } from "./portal-cookie";

const chooseSchema = z.object({ accountId: z.uuid() });

// The account id comes from the form, so it is only accepted if it is one of the viewer's own.
// A plain form post (no state to answer with): anything wrong goes back to the chooser.
export async function chooseAccountAction(formData: FormData) {
  const viewer = await requireActingContact({ allowUnchosen: true });
  const parsed = chooseSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success || !viewer.accounts.some((account) => account.id === parsed.data.accountId)) redirect("/choose-account");
  await setPortalCookie(ACTIVE_ACCOUNT_COOKIE, parsed.data.accountId, 60 * 60 * 24 * 365);
  redirect("/");
}
