"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
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
      <div>
        <label htmlFor="accountId" className="block text-sm font-medium">
          Invite to account
        </label>
        <select id="accountId" name="accountId" className="mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2">
          {accounts.map((account) => (
            <option key={account.id} value={account.id}>
              {account.name}
            </option>
          ))}
        </select>
      </div>
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
