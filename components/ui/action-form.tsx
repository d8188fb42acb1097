"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "./action-state";
import { Notice } from "./notice";

// A form whose server action answers with an ActionState, shown above the fields.
export function ActionForm({
  action,
  title,
  className,
  children,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={formAction} className={className} aria-label={title}>
      {state.error ? (
        <Notice tone="error" title={title}>
          {state.error}
        </Notice>
      ) : null}
      {state.ok && state.message ? (
        <Notice tone="success" title={title}>
          {state.message}
        </Notice>
      ) : null}
      {children}
    </form>
  );
}
