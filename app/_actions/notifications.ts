"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publicAction, signedInAction } from "./action";
import {
  markMyNotificationsRead,
  notificationModesSchema,
  saveMyNotificationModes,
  unsafeUnsubscribe,
} from "@/db/access/collaboration/notifications";

// The bell's page (portal and console alike), and the unsubscribe page reached from an email.

export const markReadAction = signedInAction(z.object({ id: z.uuid().optional() }), async ({ id }, { viewer }) => {
  await markMyNotificationsRead(viewer, id);
  revalidatePath("/", "layout");
  return { ok: true, message: id ? "Marked as read." : "All marked as read." };
});

export const saveNotificationModesAction = signedInAction(
  notificationModesSchema,
  async (modes, { viewer }) => {
    if (!(await saveMyNotificationModes(viewer, modes))) return { error: "Staff viewing the portal as a client cannot change this." };
    return { ok: true, message: "Saved. Digests go out once a day, in the morning." };
  },
  { invalid: "Choose how to hear about each kind of notification." },
);

/** From the link in an email's footer: no sign-in, the token is the credential (and can only turn emails off). */
export const unsubscribeAction = publicAction(z.object({ token: z.string().min(10).max(200) }), async ({ token }) => {
  const kind = await unsafeUnsubscribe(token);
  if (!kind)
    return { error: "This unsubscribe link is not complete. Copy the whole link from the email, or sign in and choose in Notifications." };
  return { ok: true, message: `Done: no more emails about ${kind}. You can turn them back on in Notifications after signing in.` };
});
