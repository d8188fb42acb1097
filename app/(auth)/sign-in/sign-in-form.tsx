"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { signInAction, type SignInState } from "./actions";

export function SignInForm({ initialError }: { initialError?: string }) {
  const [state, formAction, isPending] = useActionState<SignInState, FormData>(signInAction, { error: initialError });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.error ? (
        <Notice tone="error" title="Sign-in failed">
          {state.error}
        </Notice>
      ) : null}
      <TextField label="Email" name="email" type="email" autoComplete="username" required defaultValue={state.email} key={state.email} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
