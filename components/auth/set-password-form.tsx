"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

export type SetPasswordState = { error?: string; fieldErrors?: { password?: string; confirm?: string } };

type Props = {
  action: (previous: SetPasswordState, formData: FormData) => Promise<SetPasswordState>;
  token: string;
  email: string;
};

// Choosing a password from an emailed link (invitation or reset): the token travels with the form.
export function SetPasswordForm({ action, token, email }: Props) {
  const [state, formAction, isPending] = useActionState<SetPasswordState, FormData>(action, {});
  return (
    <form action={formAction} className="space-y-4">
      {state.error ? (
        <Notice tone="error" title="Could not set password">
          {state.error}
        </Notice>
      ) : null}
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers save the new password against the right username. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        hint="At least 12 characters. A few unrelated words make a strong, memorable password."
        error={state.fieldErrors?.password}
      />
      <TextField
        label="Confirm password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={state.fieldErrors?.confirm}
      />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? "Setting your password…" : "Set password and sign in"}
      </Button>
    </form>
  );
}
