import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/console/record-form";
import { RecordFiles, RecordPage, RecordPermissions } from "@/components/console/record-page";
import Link from "next/link";
import { getTicket } from "@/db/access/records/tickets";
import { listStaffMembers } from "@/db/access/records/save";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveTicketsAction } from "../actions";
import { fieldsFor, valuesOf } from "../fields";
import { Extra } from "../extra";

export const metadata: Metadata = { title: "Ticket" };

export default async function ConsoleTicketsRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const viewer = await requireStaffViewer("clients");
  const record = await getTicket(viewer, (await params).id);
  if (!record) notFound();
  const staff = await listStaffMembers(viewer);
  return (
    <RecordPage
      backHref="/console/tickets"
      backLabel="Tickets"
      title={`#${record.number} · ${record.subject}`}
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
        action={saveTicketsAction}
        fields={fieldsFor(staff, false)}
        values={valuesOf(record)}
        hidden={{ id: record.id }}
        title="Ticket"
      />
      <Extra viewer={viewer} record={record} />
      <RecordPermissions viewer={viewer} type="ticket" id={record.id} accountId={record.accountId} />
      <RecordFiles viewer={viewer} type="ticket" id={record.id} />
    </RecordPage>
  );
}
