"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { clientIp, signIn } from "@/auth";
import { prepareTestClientSignIn } from "@/db/access/viewer/test-client";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

// Replaces the staff member's session in this browser with the test client's: they try the
// portal exactly as a client would, and sign back in to the console afterwards.
export async function signInAsTestClientAction() {
  const viewer = await requireStaffViewer("settings");
  const { email, password } = await prepareTestClientSignIn(viewer, clientIp(await headers()));
  try {
    await signIn("credentials", { email, password, redirectTo: "/" });
  } catch (error) {
    if (error instanceof AuthError) throw new Error("The test client could not be signed in.");
    throw error;
  }
}
