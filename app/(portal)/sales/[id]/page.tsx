import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AttachedFiles, RecordDetail } from "@/components/portal/record-detail";
import { formatDay, formatMoney, humanize } from "@/lib/format";
import { getPublicBranding } from "@/db/access/branding/live";
import { getMySale } from "@/db/access/records/sales";
import { requireContactViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Sales opportunity" };

export default async function SalePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireContactViewer();
  const [sale, { currency }] = await Promise.all([getMySale(viewer, (await params).id), getPublicBranding()]);
  if (!sale) notFound();
  return (
    <RecordDetail
      backHref="/sales"
      backLabel="Sales"
      title={sale.title}
      facts={[
        ["Stage", humanize(sale.stage)],
        ["Value", formatMoney(sale.valueCents, currency)],
        ["Expected close", formatDay(sale.expectedCloseOn)],
        ["Manager", sale.managerName ?? "—"],
      ]}
    >
      <AttachedFiles files={sale.files} />
    </RecordDetail>
  );
}
