import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/console/record-form";
import { RecordFiles, RecordPage, RecordPermissions } from "@/components/console/record-page";
import Link from "next/link";
import { getSale } from "@/db/access/records/sales";
import { listStaffMembers } from "@/db/access/records/save";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveSalesAction } from "../actions";
import { fieldsFor, valuesOf } from "../fields";

export const metadata: Metadata = { title: "Opportunity" };

export default async function ConsoleSalesRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const viewer = await requireStaffViewer("clients");
  const record = await getSale(viewer, (await params).id);
  if (!record) notFound();
  const staff = await listStaffMembers(viewer);
  return (
    <RecordPage
      backHref="/console/sales"
      backLabel="Sales"
      title={record.title}
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
        action={saveSalesAction}
        fields={fieldsFor(staff, false)}
        values={valuesOf(record)}
        hidden={{ id: record.id }}
        title="Opportunity"
      />
      <RecordPermissions viewer={viewer} type="sale" id={record.id} accountId={record.accountId} />
      <RecordFiles viewer={viewer} type="sale" id={record.id} />
    </RecordPage>
  );
}
