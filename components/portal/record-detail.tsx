import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/page-heading";

// A portal record's page: where it sits, its title, its facts, and what is attached.
export function RecordDetail({
  backHref,
  backLabel,
  title,
  facts,
  children,
}: {
  backHref: string;
  backLabel: string;
  title: string;
  facts: [string, ReactNode][];
  children?: ReactNode;
}) {
  return (
    <article className="space-y-6">
      <PageHeading backHref={backHref} backLabel={backLabel} title={title} />
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-xl bg-white p-5 text-sm ring-1 ring-zinc-200 sm:grid-cols-[auto_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-zinc-600">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {children}
    </article>
  );
}
