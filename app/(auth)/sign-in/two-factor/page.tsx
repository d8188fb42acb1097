import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CancelSignIn } from "@/components/auth/cancel-sign-in";
import { getPendingSignIn, pendingStepPath } from "@/db/access/viewer/viewer";
import { SecondStepForm } from "./second-step-form";

export const metadata: Metadata = { title: "Two-factor sign-in" };

// The step after a right password for someone who uses an authenticator app.
export default async function SecondStepPage() {
  const pending = await getPendingSignIn();
  if (!pending) redirect("/sign-in");
  if (pending.step !== "two_factor") redirect(pendingStepPath(pending));
  return (
    <>
      <h1 className="text-title">Enter your code</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600">Your password was right. Now the code from your authenticator app, {pending.name}.</p>
      <SecondStepForm />
      <CancelSignIn />
    </>
  );
}
