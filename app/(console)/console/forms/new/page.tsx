import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { RecordForm } from "@/components/console/record-form";
import { RecordPage } from "@/components/console/record-page";
import { listStaffMembers } from "@/db/access/records/save";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveFormsAction } from "../actions";
import { fieldsFor, valuesOf } from "../fields";

export const metadata: Metadata = { title: "New support form" };

export default async function NewFormsPage() {
  const viewer = await requireStaffViewer("clients");
  const staff = await listStaffMembers(viewer);
  return (
    <RecordPage backHref="/console/forms" backLabel="Support forms" title="New support form">
      <RecordForm
        action={saveFormsAction}
        fields={fieldsFor(staff)}
        values={valuesOf(null)}
        hidden={{ requestKey: randomUUID() }}
        title="New support form"
      />
    </RecordPage>
  );
}
