"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/components/ui/action-state";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { grantAndInviteAction } from "./actions";

/** `matchingLabel` is "12" or, for a large filtered list, "1,000+": the action itself selects every match on the server. */
type Props = { matchingLabel: string; filters: Record<string, string>; requestKey: string; children: ReactNode };

// Wraps the account table so its checkboxes belong to this form.
export function GrantForm({ matchingLabel, filters, requestKey, children }: Props) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(grantAndInviteAction, {});
  return (
    <form action={formAction} className="space-y-4">
      {/* "All matching" is recomputed on the server from these, never taken from the ticked rows. */}
      {Object.entries(filters).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="requestKey" value={requestKey} />
      {children}
      <fieldset className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-zinc-200">
        <legend className="px-1 font-semibold">Grant portal access</legend>
        {state.error ? (
          <Notice tone="error" title="Grant portal access">
            {state.error}
          </Notice>
        ) : null}
        {state.ok ? (
          <Notice tone="success" title="Grant portal access">
            {state.message}
          </Notice>
        ) : null}
        <div className="flex flex-wrap gap-4">
          <label className="flex items-center gap-2">
            <input type="radio" name="scope" value="selected" defaultChecked className="size-4" /> The accounts ticked above
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="scope" value="all" className="size-4" /> All {matchingLabel} accounts matching these filters
          </label>
        </div>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="invite" className="size-4" /> Also invite their people who have no password yet
        </label>
        <TextAreaField label="Personal message for the invitations (optional)" name="message" rows={2} maxLength={2000} />
        <Button type="submit" disabled={isPending}>
          {isPending ? "Working…" : "Grant access"}
        </Button>
      </fieldset>
    </form>
  );
}
