"use server";

import { headers } from "next/headers";
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
