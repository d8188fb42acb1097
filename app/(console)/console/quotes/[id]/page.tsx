import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/console/record-form";
import { RecordFiles, RecordPage, RecordPermissions } from "@/components/console/record-page";
import Link from "next/link";
import { getQuote } from "@/db/access/records/quotes";
import { listStaffMembers } from "@/db/access/records/save";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveQuotesAction } from "../actions";
import { fieldsFor, valuesOf } from "../fields";

export const metadata: Metadata = { title: "Quote" };

export default async function ConsoleQuotesRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const viewer = await requireStaffViewer("clients");
  const record = await getQuote(viewer, (await params).id);
  if (!record) notFound();
  const staff = await listStaffMembers(viewer);
  return (
    <RecordPage
      backHref="/console/quotes"
      backLabel="Quotes"
      title={`Quote ${record.number}`}
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
        action={saveQuotesAction}
        fields={fieldsFor(staff, false)}
        values={valuesOf(record)}
        hidden={{ id: record.id }}
        title="Quote"
      />
      <RecordPermissions viewer={viewer} type="quote" id={record.id} accountId={record.accountId} />
      <RecordFiles viewer={viewer} type="quote" id={record.id} />
    </RecordPage>
  );
}
