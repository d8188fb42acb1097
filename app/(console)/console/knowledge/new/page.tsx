import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { RecordForm } from "@/components/console/record-form";
import { RecordPage } from "@/components/console/record-page";
import { listStaffMembers } from "@/db/access/records/save";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveKnowledgeAction } from "../actions";
import { fieldsFor, valuesOf } from "../fields";

export const metadata: Metadata = { title: "New article" };

export default async function NewKnowledgePage() {
  const viewer = await requireStaffViewer("clients");
  const staff = await listStaffMembers(viewer);
  return (
    <RecordPage backHref="/console/knowledge" backLabel="Knowledge base" title="New article">
      <RecordForm
        action={saveKnowledgeAction}
        fields={fieldsFor(staff)}
        values={valuesOf(null)}
        hidden={{ requestKey: randomUUID() }}
        title="New article"
      />
    </RecordPage>
  );
}
