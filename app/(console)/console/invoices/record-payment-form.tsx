"use client";

import { useActionState } from "react";
import type { ActionState } from "@/components/ui/action-state";
import { SelectField, TextField } from "@/components/ui/field";
import { ActionNotice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { recordPaymentAction } from "./actions";

const methods = [
  { value: "bank_transfer", label: "Bank transfer" },
  { value: "cheque", label: "Cheque" },
  { value: "cash", label: "Cash" },
  { value: "other", label: "Other" },
];

// Money that came another way than the portal: what, how, when, the bank's or cheque's reference,
// and whom to email the receipt to. What was typed stays if it is refused.
export function RecordPaymentForm({
  invoiceId,
  requestKey,
  dueAmount,
  today,
  contacts,
}: {
  invoiceId: string;
  requestKey: string;
  dueAmount: string;
  today: string;
  contacts: { id: string; name: string; email: string }[];
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(recordPaymentAction, {});
  const typed = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form
      key={state.ok ? `saved-${state.message}` : "record"}
      action={formAction}
      aria-label="Record a payment"
      className="grid gap-3 sm:grid-cols-2"
    >
      <div className="sm:col-span-2">
        <ActionNotice state={state} title="Record a payment" />
      </div>
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <TextField
        label="Amount received"
        name="amount"
        inputMode="decimal"
        required
        defaultValue={typed.amount ?? dueAmount}
        error={errors.amount}
      />
      <SelectField label="How" name="method" options={methods} defaultValue={typed.method ?? "bank_transfer"} error={errors.method} />
      <TextField
        label="Received on"
        name="receivedOn"
        type="date"
        required
        max={today}
        defaultValue={typed.receivedOn ?? today}
        error={errors.receivedOn}
      />
      <TextField
        label="Reference"
        name="reference"
        defaultValue={typed.reference ?? ""}
        error={errors.reference}
        hint="The bank's reference or the cheque number."
      />
      <div className="sm:col-span-2">
        <SelectField
          label="Email the receipt to"
          name="receiptTo"
          options={[
            { value: "", label: "Nobody" },
            ...contacts.map((contact) => ({ value: contact.id, label: `${contact.name} (${contact.email})` })),
          ]}
          defaultValue={typed.receiptTo ?? ""}
          error={errors.receiptTo}
        />
      </div>
      <div className="sm:col-span-2">
        <SubmitButton busy="Recording…">Record the payment</SubmitButton>
      </div>
    </form>
  );
}
