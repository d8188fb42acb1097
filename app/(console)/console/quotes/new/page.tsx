import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { RecordForm } from "@/components/console/record-form";
import { RecordPage } from "@/components/console/record-page";
import { listStaffMembers } from "@/db/access/records/save";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveQuotesAction } from "../actions";
import { fieldsFor, valuesOf } from "../fields";

export const metadata: Metadata = { title: "New quote" };

export default async function NewQuotesPage() {
  const viewer = await requireStaffViewer("clients");
  const staff = await listStaffMembers(viewer);
  return (
    <RecordPage backHref="/console/quotes" backLabel="Quotes" title="New quote">
      <RecordForm
        action={saveQuotesAction}
        fields={fieldsFor(staff, true)}
        values={valuesOf(null)}
        hidden={{ requestKey: randomUUID() }}
        title="New quote"
      />
    </RecordPage>
  );
}
