"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { requestSignInCodeAction, signInWithCodeAction, type CodeState } from "./actions";

// Two small steps on one page: ask for a code, then type it.
export function CodeForm() {
  const [requested, requestAction, isRequesting] = useActionState<CodeState, FormData>(requestSignInCodeAction, {});
  const [checked, signInAction, isSigningIn] = useActionState<CodeState, FormData>(signInWithCodeAction, {});
  const email = checked.email ?? requested.email ?? "";
  if (!requested.hasSentCode && !checked.hasSentCode) {
    return (
      <form action={requestAction} className="space-y-4" aria-label="Ask for a sign-in code">
        {requested.error ? (
          <Notice tone="error" title="Sign-in code">
            {requested.error}
          </Notice>
        ) : null}
        <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={email} />
        <Button type="submit" className="w-full" disabled={isRequesting}>
          {isRequesting ? "Sending…" : "Email me a code"}
        </Button>
      </form>
    );
  }
  return (
    <form action={signInAction} className="space-y-4" aria-label="Sign in with a code">
      {requested.message && !checked.error ? (
        <Notice tone="success" title="Sign-in code">
          {requested.message}
        </Notice>
      ) : null}
      {checked.error ? (
        <Notice tone="error" title="Sign-in failed">
          {checked.error}
        </Notice>
      ) : null}
      <input type="hidden" name="email" value={email} />
      <TextField
        label="Code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="\d{6}"
        maxLength={6}
        required
        hint={`Sent to ${email}.`}
      />
      <Button type="submit" className="w-full" disabled={isSigningIn}>
        {isSigningIn ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
