"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/components/ui/action-state";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { bulkPendingAction } from "./actions";

// Wraps the table so its checkboxes belong to the form; the buttons say what happens to the ticked rows.
export function BulkForm({ batchKey, children }: { batchKey: string; children: ReactNode }) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(bulkPendingAction, {});
  return (
    <form action={formAction} className="space-y-3">
      {state.error ? (
        <Notice tone="error" title="Pending activation">
          {state.error}
        </Notice>
      ) : null}
      {state.ok ? (
        <Notice tone="success" title="Pending activation">
          {state.message}
        </Notice>
      ) : null}
      <input type="hidden" name="batchKey" value={batchKey} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="intent" value="resend" disabled={isPending}>
          Re-send invitation to selected
        </Button>
        <Button type="submit" name="intent" value="cancel" variant="secondary" disabled={isPending}>
          Cancel invitation of selected
        </Button>
      </div>
      {children}
    </form>
  );
}
