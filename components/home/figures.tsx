import Link from "next/link";
import type { ReactNode } from "react";

export type Figure = { label: string; value: ReactNode; detail?: ReactNode; href: string };

/** A home's figures: a few numbers, each a way to the list behind it. */
export function Figures({ label, figures }: { label: string; figures: Figure[] }) {
  return (
    <section aria-label={label}>
      <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {figures.map((figure) => (
          <li key={figure.label}>
            <Link
              href={figure.href}
              className="block h-full rounded-panel bg-surface p-4 ring-1 ring-line hover:ring-brand focus-visible:ring-brand"
            >
              <span className="block text-meta text-ink-muted">{figure.label}</span>
              <span className="mt-1 block text-title tabular-nums">{figure.value}</span>
              {figure.detail ? <span className="mt-1 block text-meta text-ink-muted">{figure.detail}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
