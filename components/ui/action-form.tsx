"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "./action-state";
import { ActionNotice } from "./notice";

// A form whose server action answers with an ActionState, shown above the fields.
export function ActionForm({
  action,
  title,
  className,
  warnUnsaved,
  children,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  title: string;
  className?: string;
  /** Ask before leaving the page with changes typed here and not saved (UnsavedChangesWarning). */
  warnUnsaved?: boolean;
  children: ReactNode;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={formAction} className={className} aria-label={title} data-warn-unsaved={warnUnsaved || undefined}>
      <ActionNotice state={state} title={title} />
      {children}
    </form>
  );
}
