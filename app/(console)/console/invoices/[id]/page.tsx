import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/console/record-form";
import { RecordFiles, RecordPage, RecordPermissions } from "@/components/console/record-page";
import Link from "next/link";
import { getInvoice } from "@/db/access/records/invoices";
import { listStaffMembers } from "@/db/access/records/save";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveInvoicesAction } from "../actions";
import { fieldsFor, valuesOf } from "../fields";

export const metadata: Metadata = { title: "Invoice" };

export default async function ConsoleInvoicesRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const viewer = await requireStaffViewer("clients");
  const record = await getInvoice(viewer, (await params).id);
  if (!record) notFound();
  const staff = await listStaffMembers(viewer);
  return (
    <RecordPage
      backHref="/console/invoices"
      backLabel="Invoices"
      title={`Invoice ${record.number}`}
      subtitle={
        <>
          For{" "}
          <Link href={`/console/accounts/${record.accountId}`} className="underline">
            {record.accountName}
          </Link>
        </>
      }
      isCreated={(await searchParams).created === "1"}
    >
      <RecordForm
        action={saveInvoicesAction}
        fields={fieldsFor(staff, false)}
        values={valuesOf(record)}
        hidden={{ id: record.id }}
        title="Invoice"
      />
      <RecordPermissions viewer={viewer} type="invoice" id={record.id} accountId={record.accountId} />
      <RecordFiles viewer={viewer} type="invoice" id={record.id} />
    </RecordPage>
  );
}
