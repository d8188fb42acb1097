import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/console/record-form";
import { RecordPage } from "@/components/console/record-page";
import { getForm } from "@/db/access/records/knowledge";
import { listStaffMembers } from "@/db/access/records/save";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveFormsAction } from "../actions";
import { fieldsFor, valuesOf } from "../fields";

export const metadata: Metadata = { title: "Support form" };

export default async function ConsoleFormsRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const viewer = await requireStaffViewer("clients");
  const record = await getForm(viewer, (await params).id);
  if (!record) notFound();
  const staff = await listStaffMembers(viewer);
  return (
    <RecordPage backHref="/console/forms" backLabel="Support forms" title={record.title} isCreated={(await searchParams).created === "1"}>
      <RecordForm
        action={saveFormsAction}
        fields={fieldsFor(staff)}
        values={valuesOf(record)}
        hidden={{ id: record.id }}
        title="Support form"
      />
    </RecordPage>
  );
}
