import type { Metadata } from "next";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { InvoiceState } from "@/components/portal/invoice-state";
import { formatDay, formatMoney } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { getPublicBranding } from "@/db/access/branding/live";
import { listMyInvoices } from "@/db/access/records/invoices";
import { requirePortalModule } from "@/db/access/records/portal";

export const metadata: Metadata = { title: "Invoices" };

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePortalModule("invoices.view");
  const params = await parseRecordListParams(searchParams);
  const [{ rows, nextCursor }, { currency }] = await Promise.all([listMyInvoices(viewer, params), getPublicBranding()]);
  return (
    <RecordList
      title="Invoices"
      basePath="/invoices"
      searchLabel="Search invoices by number"
      params={params}
      filter={{
        label: "Show",
        anyLabel: "All invoices",
        options: [
          { value: "unpaid", label: "Unpaid" },
          { value: "overdue", label: "Overdue" },
          { value: "paid", label: "Paid" },
          { value: "void", label: "Cancelled" },
        ],
      }}
      sorts={[
        { value: "issued", label: "Newest first" },
        { value: "due", label: "Due soonest" },
        { value: "number", label: "By number" },
      ]}
      columns={["Invoice", "Issued", "Due", "Amount", "Still to pay", "State"]}
      isEmpty={rows.length === 0}
      empty="No invoices match."
      nextCursor={nextCursor}
    >
      {rows.map((invoice) => (
        <tr key={invoice.id} className="border-t border-zinc-100">
          <RecordLink href={`/invoices/${invoice.id}`}>{invoice.number}</RecordLink>
          <Cell>{formatDay(invoice.issuedOn)}</Cell>
          <Cell>{formatDay(invoice.dueOn)}</Cell>
          <Cell>{formatMoney(invoice.totalCents, currency)}</Cell>
          <Cell>{invoice.status === "open" ? formatMoney(invoice.totalCents - invoice.amountPaidCents, currency) : "—"}</Cell>
          <Cell>
            <InvoiceState status={invoice.status} isOverdue={invoice.isOverdue} />
          </Cell>
        </tr>
      ))}
    </RecordList>
  );
}
