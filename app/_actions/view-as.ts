"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp } from "@/auth";
import { endViewAs, startViewAs } from "@/db/access/viewer/view-as";
import { requireStaffViewer, VIEW_AS_COOKIE } from "@/db/access/viewer/viewer";
import { env } from "@/env";
import { staffAction } from "./action";
import { setPortalCookie } from "./portal-cookie";

const startSchema = z.object({
  contactId: z.uuid(),
  accountId: z
    .union([z.literal(""), z.uuid()])
    .optional()
    .transform((value) => value || undefined),
});

export const startViewAsAction = staffAction("clients", startSchema, async ({ contactId, accountId }, { viewer, ip }) => {
  const sessionId = await startViewAs(viewer, contactId, accountId, ip);
  if (!sessionId) return { error: "This contact cannot sign in for that account, so there is no portal to show." };
  await setPortalCookie(VIEW_AS_COOKIE, sessionId, env.VIEW_AS_MINUTES * 60);
  redirect("/");
});

export async function endViewAsAction() {
  const viewer = await requireStaffViewer("clients");
  const store = await cookies();
  const sessionId = store.get(VIEW_AS_COOKIE)?.value;
  if (sessionId) await endViewAs(viewer, sessionId, clientIp(await headers()));
  store.delete(VIEW_AS_COOKIE);
  redirect("/console/contacts");
}
