"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp, signOut } from "@/auth";
import { endAllSessions, endSession } from "@/db/access/sign-in/sessions";
import { getViewer } from "@/db/access/viewer/viewer";

// Signing out ends this browser's session on the server, not only its cookie: a copy of the
// cookie kept elsewhere stops working too.
export async function signOutAction() {
  const viewer = await getViewer();
  if (viewer) await endSession(viewer, viewer.sessionId, clientIp(await headers()));
  await signOut({ redirectTo: "/sign-in" });
}

// Ends every session of this person, on every device.
export async function signOutEverywhereAction() {
  const viewer = await getViewer();
  if (viewer) await endAllSessions(viewer, clientIp(await headers()));
  await signOut({ redirectTo: "/sign-in" });
}

const endSessionSchema = z.object({ sessionId: z.uuid() });

// "Sign out" beside one device in the list of places someone is signed in. Only their own
// sessions can be ended; any other id changes nothing.
export async function endSessionAction(formData: FormData) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  const parsed = endSessionSchema.safeParse({ sessionId: formData.get("sessionId") });
  if (!parsed.success) return;
  await endSession(viewer, parsed.data.sessionId, clientIp(await headers()));
  if (parsed.data.sessionId === viewer.sessionId) await signOut({ redirectTo: "/sign-in" });
  revalidatePath("/", "layout");
}
