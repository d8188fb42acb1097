"use server";

import { setPortalCookie } from "@/app/_actions/portal-cookie";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp } from "@/auth";
import type { ActionState } from "@/components/ui/action-state";
import { endViewAs, startViewAs } from "@/db/access/viewer/view-as";
import { requireStaffViewer, VIEW_AS_COOKIE } from "@/db/access/viewer/viewer";
import { env } from "@/env";

const startSchema = z.object({ contactId: z.uuid(), accountId: z.uuid().optional() });

export async function startViewAsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = startSchema.safeParse({ contactId: formData.get("contactId"), accountId: formData.get("accountId") || undefined });
  if (!parsed.success) return { error: "This form was incomplete. Reload the page and try again." };
  const sessionId = await startViewAs(viewer, parsed.data.contactId, parsed.data.accountId, clientIp(await headers()));
  if (!sessionId) return { error: "This contact cannot sign in for that account, so there is no portal to show." };
  await setPortalCookie(VIEW_AS_COOKIE, sessionId, env.VIEW_AS_MINUTES * 60);
  redirect("/");
}

export async function endViewAsAction() {
  const viewer = await requireStaffViewer("clients");
  const store = await cookies();
  const sessionId = store.get(VIEW_AS_COOKIE)?.value;
  if (sessionId) await endViewAs(viewer, sessionId, clientIp(await headers()));
  store.delete(VIEW_AS_COOKIE);
  redirect("/console/contacts");
}
