"use client";

import { useActionState, useState, type ReactNode } from "react";
import type { ActionState } from "./action-state";
import { Button } from "./button";
import { Notice } from "./notice";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  triggerLabel: string;
  confirmLabel: string;
  /** Says what will change and for how many, before anything does. */
  question: ReactNode;
  hidden?: Record<string, string>;
  tone?: "primary" | "secondary";
  /** Why the action does not apply right now; it stays on the page so its last answer stays visible. */
  unavailable?: string;
};

// A bulk or destructive action behind a second, explicit step.
export function ConfirmForm({ action, triggerLabel, confirmLabel, question, hidden = {}, tone = "secondary", unavailable }: Props) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(action, {});
  const [isAsking, setIsAsking] = useState(false);
  return (
    <div className="space-y-2">
      {state.error ? (
        <Notice tone="error" title={triggerLabel}>
          {state.error}
        </Notice>
      ) : null}
      {state.ok ? (
        <Notice tone="success" title={triggerLabel}>
          {state.message}
        </Notice>
      ) : null}
      {isAsking ? (
        <form
          action={(formData) => (setIsAsking(false), formAction(formData))}
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <p className="text-sm">{question}</p>
          <div className="flex gap-2">
            <Button type="submit" disabled={isPending}>
              {confirmLabel}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setIsAsking(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" variant={tone} disabled={isPending || Boolean(unavailable)} onClick={() => setIsAsking(true)}>
            {isPending ? "Working…" : triggerLabel}
          </Button>
          {unavailable ? <span className="text-sm text-zinc-600">{unavailable}</span> : null}
        </div>
      )}
    </div>
  );
}
