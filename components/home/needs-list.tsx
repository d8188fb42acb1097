import Link from "next/link";
import type { ReactNode } from "react";

type Item = { key: string; href: string; label: ReactNode; detail?: ReactNode };

/** One card of "what needs you": a heading, a line of figures, the first few as links, and the way to the rest. */
export function NeedsList({
  title,
  items,
  shown,
  allHref,
  summary,
}: {
  title: string;
  items: Item[];
  /** How many to list; one more in `items` means there are more. */
  shown: number;
  allHref: string;
  summary?: ReactNode;
}) {
  const headingId = `needs-${title.toLowerCase().replaceAll(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl bg-white p-4 ring-1 ring-zinc-200">
      <h3 id={headingId} className="font-semibold">
        {title}
      </h3>
      {summary ? <p className="mt-1 text-sm text-zinc-700">{summary}</p> : null}
      <ul className="mt-2 space-y-1 text-sm">
        {items.slice(0, shown).map((item) => (
          <li key={item.key} className="flex flex-wrap justify-between gap-x-2">
            <Link href={item.href} className="text-brand-ink underline">
              {item.label}
            </Link>
            {item.detail ? <span className="text-zinc-600">{item.detail}</span> : null}
          </li>
        ))}
      </ul>
      {items.length > shown ? (
        <Link href={allHref} className="mt-2 inline-block text-sm underline">
          See them all
        </Link>
      ) : null}
    </section>
  );
}

/** The cards of "what needs you" that have anything in them, or one line saying nothing does. */
export function NeedsGrid({
  lists,
  shown,
  emptyText,
  className,
}: {
  lists: { title: string; allHref: string; items: Item[]; summary?: ReactNode }[];
  shown: number;
  emptyText: string;
  className: string;
}) {
  const filled = lists.filter((list) => list.items.length > 0);
  if (filled.length === 0) return <p className="text-sm text-zinc-600">{emptyText}</p>;
  return (
    <div className={className}>
      {filled.map((list) => (
        <NeedsList key={list.title} shown={shown} {...list} />
      ))}
    </div>
  );
}
