"use client";

import { useActionState } from "react";
import type { ActionState } from "@/components/ui/action-state";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { ActionNotice } from "@/components/ui/notice";
import { AccountPicker } from "./account-picker";
import { LineEditor, type LineValue } from "./line-editor";

export type FieldSpec =
  | { name: string; label: string; kind: "text" | "number" | "date" | "money" | "textarea"; hint?: string; required?: boolean }
  | { name: string; label: string; kind: "select"; options: readonly { value: string; label: string }[]; hint?: string }
  | { name: string; label: string; kind: "checkbox"; hint?: string }
  | { name: string; label: string; kind: "lines" }
  | { name: string; label: string; kind: "account" };

export type FormValues = Record<string, string | boolean | LineValue[] | undefined>;
const MAX_LINE_ROWS = 50;
const select = "mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2";

// The staff form for any record: fields from a spec, the server's message per field, one Save.
export function RecordForm({
  action,
  fields,
  values,
  hidden,
  title,
  currency,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  fields: FieldSpec[];
  values: FormValues;
  hidden: Record<string, string>;
  title: string;
  /** The business's currency, for the live totals of lines. */
  currency: string;
}) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(action, {});
  const errorOf = (name: string) => state.fieldErrors?.[name];
  const shown = state.values ? typedBack(fields, state.values) : values;
  return (
    // A new key when the server sends typed values back: the fields mount again with them as their
    // defaults, since React resets a form after its action and ignores a select's changed default.
    <form
      key={state.values ? JSON.stringify(state.values) : "saved"}
      action={formAction}
      className="space-y-4"
      aria-label={title}
      data-warn-unsaved
    >
      <ActionNotice state={state} title={title} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => {
          const value = shown[field.name];
          if (field.kind === "lines")
            return (
              <LineEditor
                key={field.name}
                label={field.label}
                rows={(value as LineValue[] | undefined) ?? []}
                error={errorOf("lines")}
                currency={currency}
              />
            );
          if (field.kind === "account")
            return (
              <AccountPicker
                key={field.name}
                name={field.name}
                label={field.label}
                error={errorOf(field.name)}
                defaultValue={String(value ?? "")}
              />
            );
          if (field.kind === "checkbox")
            return (
              <label key={field.name} className="flex items-center gap-2 self-end text-sm font-medium">
                <input type="checkbox" name={field.name} defaultChecked={value === true} className="size-4" />
                {field.label}
              </label>
            );
          if (field.kind === "select")
            return (
              <div key={field.name}>
                <label htmlFor={`field-${field.name}`} className="block text-sm font-medium">
                  {field.label}
                </label>
                <select
                  id={`field-${field.name}`}
                  name={field.name}
                  defaultValue={String(value ?? "")}
                  className={select}
                  aria-invalid={errorOf(field.name) ? true : undefined}
                  aria-describedby={errorOf(field.name) ? `field-${field.name}-error` : undefined}
                >
                  {field.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
                {errorOf(field.name) ? (
                  <p id={`field-${field.name}-error`} className="mt-1 text-sm font-medium text-red-700">
                    {errorOf(field.name)}
                  </p>
                ) : null}
              </div>
            );
          const common = {
            name: field.name,
            label: field.label,
            hint: field.hint,
            error: errorOf(field.name),
            defaultValue: String(value ?? ""),
            required: field.required,
          };
          if (field.kind === "textarea")
            return (
              <div key={field.name} className="sm:col-span-2">
                <TextAreaField {...common} rows={5} />
              </div>
            );
          const type = field.kind === "date" ? "date" : field.kind === "number" ? "number" : "text";
          return (
            <TextField
              key={field.name}
              {...common}
              type={type}
              inputMode={field.kind === "money" ? "decimal" : undefined}
              step={field.kind === "number" ? "any" : undefined}
            />
          );
        })}
      </div>
      <Button type="submit" disabled={isPending}>
        {isPending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}

/** The values the server sent back with an error, in the shape the fields take. */
function typedBack(fields: FieldSpec[], typed: Record<string, string>): FormValues {
  const values: FormValues = { ...typed };
  for (const field of fields) {
    if (field.kind === "checkbox") values[field.name] = typed[field.name] === "on";
    if (field.kind === "lines")
      values[field.name] = Array.from({ length: MAX_LINE_ROWS }, (_, index) => ({
        description: typed[`lines.${index}.description`] ?? "",
        quantity: typed[`lines.${index}.quantity`] ?? "",
        unitPrice: typed[`lines.${index}.unitPrice`] ?? "",
        taxRate: typed[`lines.${index}.taxRate`] ?? "",
      })).filter((row) => row.description || row.quantity || row.unitPrice);
  }
  return values;
}
