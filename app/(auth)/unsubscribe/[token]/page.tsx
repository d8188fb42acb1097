import type { Metadata } from "next";
import { AuthHeading } from "@/components/auth/auth-page";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { unsubscribeAction } from "@/app/_actions/notifications";

export const metadata: Metadata = { title: "Stop these emails", robots: { index: false } };

// Reached from the link in a notification's footer. Opening it changes nothing (mail scanners open
// links); the button does, without signing in.
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <>
      <AuthHeading title="Stop these emails">
        You will still see everything in the portal&apos;s Notifications; only this kind of email stops.
      </AuthHeading>
      <ActionForm action={unsubscribeAction} title="Unsubscribe" className="space-y-4">
        <input type="hidden" name="token" value={token} />
        <Button type="submit">Stop these emails</Button>
      </ActionForm>
    </>
  );
}
