import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { RecordForm } from "@/components/console/record-form";
import { RecordPage } from "@/components/console/record-page";
import { listStaffMembers } from "@/db/access/records/save";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveTicketsAction } from "../actions";
import { fieldsFor, valuesOf } from "../fields";

export const metadata: Metadata = { title: "New ticket" };

export default async function NewTicketsPage() {
  const viewer = await requireStaffViewer("clients");
  const staff = await listStaffMembers(viewer);
  return (
    <RecordPage backHref="/console/tickets" backLabel="Tickets" title="New ticket">
      <RecordForm
        action={saveTicketsAction}
        fields={fieldsFor(staff, true)}
        values={valuesOf(null)}
        hidden={{ requestKey: randomUUID() }}
        title="New ticket"
      />
    </RecordPage>
  );
}
