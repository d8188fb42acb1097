"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "./action-state";
import { ActionNotice } from "./notice";

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
      <ActionNotice state={state} title={title} />
      {children}
    </form>
  );
}
