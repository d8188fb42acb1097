import Link from "next/link";
import type { ReactNode } from "react";

/** A page's way back (to the list it belongs to) and its title, with an optional line under it. */
export function PageHeading({
  backHref,
  backLabel,
  title,
  children,
}: {
  backHref: string;
  backLabel: string;
  title: string;
  children?: ReactNode;
}) {
  return (
    <div>
      <p className="text-sm text-ink-muted">
        <Link href={backHref} className="underline">
          {backLabel}
        </Link>
      </p>
      <h1 className="mt-1 text-title">{title}</h1>
      {children}
    </div>
  );
}
