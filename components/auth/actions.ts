"use server";

import { headers } from "next/headers";
import { clientIp, signOut } from "@/auth";
import { endAllSessions, getViewer } from "@/db/access/viewer";

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}

// Ends every session of this person, on every device: the session version they all carry is bumped.
export async function signOutEverywhereAction() {
  const viewer = await getViewer();
  if (viewer) await endAllSessions(viewer, clientIp(await headers()));
  await signOut({ redirectTo: "/sign-in" });
}
