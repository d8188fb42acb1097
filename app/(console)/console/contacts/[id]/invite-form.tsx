"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { sendInvitationAction, type InviteState } from "./actions";

type Props = { contactId: string; accounts: { id: string; name: string }[]; requestKey: string; hasPendingInvitation: boolean };

export function InviteForm({ contactId, accounts, requestKey, hasPendingInvitation }: Props) {
  const [state, formAction, isPending] = useActionState<InviteState, FormData>(sendInvitationAction, {});
  return (
    <form action={formAction} className="space-y-4">
      {state.error ? (
        <Notice tone="error" title="Invitation not sent">
          {state.error}
        </Notice>
      ) : null}
      {state.ok ? (
        <Notice tone="success" title="Invitation sent">
          {state.message}
        </Notice>
      ) : null}
      <input type="hidden" name="contactId" value={contactId} />
      {/* A fresh key per rendered form: a retried submission is recognised and not sent twice. */}
      <input type="hidden" name="requestKey" value={requestKey} />
      <SelectField
        label="Invite to account"
        name="accountId"
        options={accounts.map((account) => ({ value: account.id, label: account.name }))}
      />
      <TextAreaField
        label="Personal message (optional)"
        name="message"
        rows={3}
        maxLength={2000}
        hint="Added to the invitation email. Never include a password: the contact chooses their own."
        error={state.fieldErrors?.message}
      />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Sending…" : hasPendingInvitation ? "Send a new invitation" : "Send invitation"}
      </Button>
      {hasPendingInvitation ? (
        <p className="text-sm text-zinc-600">A new invitation replaces the earlier one: its link stops working.</p>
      ) : null}
    </form>
  );
}
