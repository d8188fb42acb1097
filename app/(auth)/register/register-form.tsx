"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { registerAction, type RegisterState } from "./actions";

const fields = [
  { name: "name", label: "Your name", type: "text", autoComplete: "name" },
  { name: "email", label: "Email", type: "email", autoComplete: "email" },
  { name: "accountNumber", label: "Account number", type: "text", autoComplete: "off" },
  { name: "billingPostcode", label: "Billing postcode", type: "text", autoComplete: "postal-code" },
  { name: "invoiceNumber", label: "Number of a recent invoice", type: "text", autoComplete: "off" },
] as const;

export function RegisterForm() {
  const [state, formAction, isPending] = useActionState<RegisterState, FormData>(registerAction, {});
  if (state.message)
    return (
      <Notice tone="success" title="Check your email">
        {state.message}
      </Notice>
    );
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.error ? (
        <Notice tone="error" title="Registration">
          {state.error}
        </Notice>
      ) : null}
      {fields.map((field) => (
        <TextField key={field.name} {...field} defaultValue={state.values?.[field.name]} error={state.fieldErrors?.[field.name]} required />
      ))}
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? "Sending…" : "Register"}
      </Button>
    </form>
  );
}
