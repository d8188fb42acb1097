"use client";

import { useActionState } from "react";
import { secondStepAction, type SecondStepState } from "@/app/_actions/two-factor";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

export function SecondStepForm() {
  const [state, action, isPending] = useActionState<SecondStepState, FormData>(secondStepAction, {});
  return (
    <form action={action} className="space-y-4" aria-label="Two-factor sign-in">
      {state.error ? (
        <Notice tone="error" title="Sign-in failed">
          {state.error}
        </Notice>
      ) : null}
      <TextField
        label="Code"
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={20}
        required
        hint="The six digits your authenticator app shows now. Lost your phone? Enter one of your recovery codes instead."
      />
      <label className="flex items-start gap-3 text-sm">
        <input type="checkbox" name="trustBrowser" className="mt-0.5 size-4" />
        <span>Trust this browser for 30 days (not on a shared computer)</span>
      </label>
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? "Checking…" : "Continue"}
      </Button>
    </form>
  );
}
