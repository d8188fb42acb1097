"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp, signOut } from "@/auth";
import { endSession } from "@/db/access/sign-in/sessions";
import { getViewer } from "@/db/access/viewer/viewer";

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
