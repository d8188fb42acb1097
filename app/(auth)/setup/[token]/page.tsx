import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { unsafeInspectSetupLink } from "@/db/access/onboarding/setup";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Set up your portal" };

// A new deployment's first page. Once the business exists it is gone (404) for everyone.
export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await unsafeInspectSetupLink(token);
  if (state === "done") notFound();
  if (state !== "valid") {
    return (
      <>
        <h1 className="text-title">This setup link does not work any more</h1>
        <p className="mt-3 text-zinc-700">
          It has expired, was used, or a newer one was printed since. On the server, run <code>npm run setup</code> (or restart it) for a
          new link.
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-title">Set up your portal</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600">
        Name your business and its first owner. You can invite your team and change the look afterwards.
      </p>
      <SetupForm token={token} />
    </>
  );
}
