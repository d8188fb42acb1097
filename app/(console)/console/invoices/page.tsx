import type { Metadata } from "next";
import Link from "next/link";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { formatMoney, humanize } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { listInvoices, invoiceStatuses } from "@/db/access/records/invoices";
import { getPublicBranding } from "@/db/access/branding/live";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Invoices" };

export default async function ConsoleInvoicesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireStaffViewer("clients");
  const params = await parseRecordListParams(searchParams);
  const [{ rows, nextCursor }, { currency }] = await Promise.all([listInvoices(viewer, params), getPublicBranding()]);
  return (
    <RecordList
      title="Invoices"
      action={
        <Link href="/console/invoices/new" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
          New invoice
        </Link>
      }
      basePath="/console/invoices"
      searchLabel="Search invoices"
      params={params}
      filter={{ label: "Status", anyLabel: "Any status", options: invoiceStatuses.map((value) => ({ value, label: humanize(value) })) }}
      sorts={[{ value: "recent", label: "Newest first" }]}
      columns={["Invoice", "Client", "Status", "Total", "Manager"]}
      isEmpty={rows.length === 0}
      empty="Nothing matches."
      nextCursor={nextCursor}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-t border-zinc-100">
          <RecordLink href={`/console/invoices/${row.id}`}>{row.number}</RecordLink>
          <Cell>{row.accountName}</Cell>
          <Cell>{humanize(row.status)}</Cell>
          <Cell>{formatMoney(row.totalCents, currency)}</Cell>
          <Cell>{row.managerName ?? "—"}</Cell>
        </tr>
      ))}
    </RecordList>
  );
}
