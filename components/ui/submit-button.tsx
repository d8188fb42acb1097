"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "./button";

/** A form's submit button that says it is working, and cannot be pressed twice, while the action runs. */
export function SubmitButton({
  children,
  busy = "Working…",
  variant,
}: {
  children: ReactNode;
  busy?: string;
  variant?: "primary" | "secondary" | "ghost";
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
      {pending ? busy : children}
    </Button>
  );
}
