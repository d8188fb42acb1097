"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "./button";

/** A submit button whose words change while its form's action runs (the Button itself spins and locks). */
export function SubmitButton({
  children,
  busy = "Working…",
  variant,
}: {
  children: ReactNode;
  busy?: string;
  variant?: "primary" | "secondary" | "ghost" | "danger";
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant}>
      {pending ? busy : children}
    </Button>
  );
}
