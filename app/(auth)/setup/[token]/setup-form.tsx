"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { completeSetupAction, type SetupState } from "./actions";

const fields = [
  { name: "businessName", label: "Business name", maxLength: 200, autoComplete: "organization" },
  { name: "ownerName", label: "Your name", maxLength: 200, autoComplete: "name" },
  {
    name: "ownerEmail",
    label: "Your email",
    type: "email",
    maxLength: 320,
    autoComplete: "email",
    hint: "You will be the owner. We email you a link to choose your password; nobody else ever sees it.",
  },
] as const;

export function SetupForm({ token }: { token: string }) {
  const [state, formAction, isPending] = useActionState<SetupState, FormData>(completeSetupAction, {});
  if (state.done) {
    return (
      <Notice tone="success" title="Set up">
        Your business is set up. We have emailed <strong>{state.done.email}</strong> a link to choose your password.
        {state.done.passwordLink ? (
          <>
            {" "}
            Email is not being delivered from this server yet (RESEND_API_KEY is not set), so here is that link:{" "}
            <a href={state.done.passwordLink} className="font-medium underline">
              choose your password
            </a>
            .
          </>
        ) : null}
      </Notice>
    );
  }
  const values = state.values ?? {};
  return (
    <form action={formAction} className="space-y-4" aria-label="Set up your portal">
      {state.error ? (
        <Notice tone="error" title="Set up">
          {state.error}
        </Notice>
      ) : null}
      <input type="hidden" name="token" value={token} />
      {fields.map((field) => (
        <TextField key={field.name} {...field} required defaultValue={values[field.name]} error={state.fieldErrors?.[field.name]} />
      ))}
      <Button type="submit" disabled={isPending}>
        {isPending ? "Setting up…" : "Set up the portal"}
      </Button>
    </form>
  );
}
