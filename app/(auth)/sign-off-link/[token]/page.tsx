import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthHeading, LinkProblem } from "@/components/auth/auth-page";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { getPublicBranding } from "@/db/access/branding/live";
import { unsafeDescribeSignOffLink } from "@/db/access/sign-offs/links";
import { getRecipientViewer } from "@/db/access/sign-offs/recipients";
import { freshSignOffLinkAction, openSignOffLinkAction } from "./actions";

export const metadata: Metadata = { title: "Sign-off", referrer: "same-origin" };

// Where a sign-off email's link lands. Looking changes nothing (mail scanners follow links): the
// button opens the sign-off. Someone already signed in as the person asked goes straight there.
export default async function SignOffLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await unsafeDescribeSignOffLink(token);
  if (link.state === "expired") {
    return (
      <>
        <AuthHeading title="This link has expired">
          Sign-off links last a limited time. We can email a fresh one to the address this one was sent to.
        </AuthHeading>
        <ActionForm action={freshSignOffLinkAction} title="Fresh link" className="space-y-4">
          <input type="hidden" name="token" value={token} />
          <SubmitButton busy="Sending…">Email me a fresh link</SubmitButton>
        </ActionForm>
      </>
    );
  }
  if (link.state !== "usable") {
    return (
      <LinkProblem
        problem={{
          title: "This link does not open anything",
          next: "The sign-off may have been cancelled, or you are no longer asked on it. If you expected it to work, ask whoever sent it.",
        }}
        href="/sign-in"
        label="Go to sign in"
      />
    );
  }
  if (await getRecipientViewer(link.signOffId)) redirect(`/sign-offs/${link.signOffId}`);
  const { portalName } = await getPublicBranding();
  return (
    <>
      <AuthHeading title={link.subject}>
        {portalName} asks {link.name} to review this for {link.accountName}.
      </AuthHeading>
      <ActionForm action={openSignOffLinkAction} title="Open the sign-off" className="space-y-4">
        <input type="hidden" name="token" value={token} />
        <SubmitButton busy="Opening…">Open the sign-off</SubmitButton>
        <p className="text-sm text-zinc-600">No password needed. This opens this sign-off only, for you; do not share the link.</p>
      </ActionForm>
    </>
  );
}
