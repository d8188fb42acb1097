"use client";

import { LoaderCircle } from "lucide-react";
import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";

type Variant = "primary" | "secondary" | "ghost" | "danger" | "bare";

const variants: Record<Variant, string> = {
  primary: "bg-brand text-brand-contrast hover:opacity-90",
  secondary: "border border-zinc-300 bg-surface text-zinc-900 hover:bg-zinc-50",
  ghost: "text-zinc-700 hover:bg-zinc-100",
  danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
  // For the few buttons styled where they sit (a banner, a header): the caller gives the look.
  bare: "",
};

const base = "inline-flex items-center gap-2 disabled:cursor-not-allowed disabled:opacity-60";
// Primary actions are 44 px tall (a thumb's width); the others 40 px, still well above 24 px.
const sized = "justify-center rounded-control px-4 text-sm font-semibold";
const heights: Record<Variant, string> = { primary: "min-h-11", secondary: "min-h-10", ghost: "min-h-10", danger: "min-h-10", bare: "" };

export const buttonClass = (variant: Variant = "primary") =>
  `${base} ${variant === "bare" ? "" : `${sized} ${heights[variant]}`} ${variants[variant]}`;

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant };

/**
 * The one button. A submit button follows its form: while the form's action runs every submit
 * button in it is disabled (so nothing is sent twice) and the one pressed spins and says it is busy.
 */
export function Button({ variant = "primary", className = "", type = "button", disabled, children, ...props }: Props) {
  const { pending, data } = useFormStatus();
  const sending = type === "submit" && pending;
  const pressed = sending && (!props.name || data?.get(props.name) === String(props.value ?? ""));
  return (
    <button
      type={type}
      className={`${buttonClass(variant)} ${className}`}
      disabled={disabled || sending}
      aria-busy={pressed || undefined}
      {...props}
    >
      {pressed ? <LoaderCircle aria-hidden className="size-4 shrink-0 animate-spin motion-reduce:animate-none" /> : null}
      {children}
    </button>
  );
}
