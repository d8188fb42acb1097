"use client";

import { useActionState } from "react";
import type { ActionState } from "@/components/ui/action-state";
import { TextField } from "@/components/ui/field";
import { ActionNotice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { payInvoiceAction } from "./actions";

// "Pay online": the whole amount due, or, where the business allows it, a part the client types.
// The server decides what is charged; the amount typed is only a request it checks.
export function PayForm({
  invoiceId,
  requestKey,
  due,
  dueAmount,
  allowPart,
  providerLabel,
}: {
  invoiceId: string;
  requestKey: string;
  /** Formatted, for the button. */
  due: string;
  /** Plain, for the amount field: 1250.50 */
  dueAmount: string;
  allowPart: boolean;
  providerLabel: string;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(payInvoiceAction, {});
  return (
    <form action={formAction} aria-label="Pay online" className="space-y-3">
      <ActionNotice state={state} title="Pay online" />
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      {allowPart ? (
        <TextField
          label="Amount to pay"
          name="amount"
          inputMode="decimal"
          defaultValue={state.values?.amount ?? dueAmount}
          error={state.fieldErrors?.amount}
          hint={`All that is due (${due}), or a part of it.`}
        />
      ) : null}
      <SubmitButton busy="Opening the payment page…">{allowPart ? "Pay online" : `Pay ${due} online`}</SubmitButton>
      <p className="text-sm text-zinc-600">
        You pay by {providerLabel} on its own secure page; your card details never reach us. You come back here when it is done.
      </p>
    </form>
  );
}
