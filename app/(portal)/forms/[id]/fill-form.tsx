"use client";

import { useActionState } from "react";
import type { ActionState } from "@/components/ui/action-state";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { ActionNotice } from "@/components/ui/notice";
import { submitFormAction } from "./actions";

type Field = { label: string; kind: "text" | "long_text" | "email" };

// A support form's own fields. A refused submission comes back with every answer kept and each
// problem beside its field.
export function FillForm({ formId, title, fields, requestKey }: { formId: string; title: string; fields: Field[]; requestKey: string }) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(submitFormAction, {});
  const typed = state.values ?? {};
  return (
    <form
      key={state.values ? JSON.stringify(state.values) : "new"}
      action={formAction}
      aria-label={title}
      className="space-y-4 rounded-xl bg-white p-5 ring-1 ring-zinc-200"
    >
      <ActionNotice state={state} title={title} />
      <input type="hidden" name="formId" value={formId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      {fields.map((field, index) => {
        const name = `field.${index}`;
        const common = { label: field.label, name, required: true, defaultValue: typed[name], error: state.fieldErrors?.[name] };
        return field.kind === "long_text" ? (
          <TextAreaField key={name} {...common} rows={5} maxLength={5000} />
        ) : (
          <TextField
            key={name}
            {...common}
            type={field.kind === "email" ? "email" : "text"}
            maxLength={field.kind === "email" ? 320 : 500}
          />
        );
      })}
      <Button type="submit" disabled={isPending}>
        {isPending ? "Sending…" : "Send"}
      </Button>
    </form>
  );
}
