import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/console/record-form";
import { RecordPage } from "@/components/console/record-page";
import { getArticle } from "@/db/access/records/knowledge";
import { listStaffMembers } from "@/db/access/records/save";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveKnowledgeAction } from "../actions";
import { fieldsFor, valuesOf } from "../fields";

export const metadata: Metadata = { title: "Article" };

export default async function ConsoleKnowledgeRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const viewer = await requireStaffViewer("clients");
  const record = await getArticle(viewer, (await params).id);
  if (!record) notFound();
  const staff = await listStaffMembers(viewer);
  return (
    <RecordPage
      backHref="/console/knowledge"
      backLabel="Knowledge base"
      title={record.title}
      isCreated={(await searchParams).created === "1"}
    >
      <RecordForm
        action={saveKnowledgeAction}
        fields={fieldsFor(staff)}
        values={valuesOf(record)}
        hidden={{ id: record.id }}
        title="Article"
      />
    </RecordPage>
  );
}
