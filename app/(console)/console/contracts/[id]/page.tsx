import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/console/record-form";
import { RecordFiles, RecordPage, RecordPermissions } from "@/components/console/record-page";
import Link from "next/link";
import { getContract } from "@/db/access/records/contracts";
import { listStaffMembers } from "@/db/access/records/save";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveContractsAction } from "../actions";
import { fieldsFor, valuesOf } from "../fields";
import { Extra } from "../extra";

export const metadata: Metadata = { title: "Contract" };

export default async function ConsoleContractsRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const viewer = await requireStaffViewer("clients");
  const record = await getContract(viewer, (await params).id);
  if (!record) notFound();
  const staff = await listStaffMembers(viewer);
  return (
    <RecordPage
      backHref="/console/contracts"
      backLabel="Contracts"
      title={record.name}
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
        action={saveContractsAction}
        fields={fieldsFor(staff, false)}
        values={valuesOf(record)}
        hidden={{ id: record.id }}
        title="Contract"
      />
      <Extra viewer={viewer} record={record} />
      <RecordPermissions viewer={viewer} type="contract" id={record.id} accountId={record.accountId} />
      <RecordFiles viewer={viewer} type="contract" id={record.id} />
    </RecordPage>
  );
}
