"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { EmailRequestState } from "@/app/_actions/email-request";

type Props = { action: (previous: EmailRequestState, formData: FormData) => Promise<EmailRequestState>; submitLabel: string };

export function EmailRequestForm({ action, submitLabel }: Props) {
  const [state, formAction, isPending] = useActionState<EmailRequestState, FormData>(action, {});
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.error ? (
        <Notice tone="error" title="Request not sent">
          {state.error}
        </Notice>
      ) : null}
      {state.message ? (
        <Notice tone="success" title="Check your email">
          {state.message}
        </Notice>
      ) : null}
      <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.email} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? "Sending…" : submitLabel}
      </Button>
    </form>
  );
}
