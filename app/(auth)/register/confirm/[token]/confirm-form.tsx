"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { confirmRegistrationAction, type ConfirmState } from "../../actions";

// A button, not an automatic GET: mail scanners that open links must not use them up.
export function ConfirmForm({ token }: { token: string }) {
  const [state, formAction, isPending] = useActionState<ConfirmState, FormData>(confirmRegistrationAction, {});
  if (state.noMatch) {
    return (
      <Notice tone="error" title="No matching account">
        Your address is confirmed, but the account number, billing postcode and invoice number you gave do not match an account together.
        Nothing was created. Check them on a recent invoice and{" "}
        <Link href="/register" className="underline">
          register again
        </Link>
        , or contact us.
      </Notice>
    );
  }
  if (state.awaitingStaff) {
    return (
      <Notice tone="success" title="Almost there">
        Your address is confirmed and your details match. Someone at the business will now review your access; once they open it, you will
        get an email inviting you to choose your password.
      </Notice>
    );
  }
  return (
    <form action={formAction} className="space-y-3">
      {state.error ? (
        <Notice tone="error" title="Registration">
          {state.error}
        </Notice>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Checking…" : "Confirm my address"}
      </Button>
    </form>
  );
}
