import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { RecordForm } from "@/components/console/record-form";
import { RecordPage } from "@/components/console/record-page";
import { listStaffMembers } from "@/db/access/records/save";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveProjectAction } from "../actions";
import { projectFields, projectValues } from "../fields";

export const metadata: Metadata = { title: "New project" };

export default async function NewProjectPage() {
  const viewer = await requireStaffViewer("clients");
  const staff = await listStaffMembers(viewer);
  return (
    <RecordPage backHref="/console/projects" backLabel="Projects" title="New project">
      <RecordForm
        action={saveProjectAction}
        fields={projectFields(staff, true)}
        values={projectValues(null)}
        hidden={{ requestKey: randomUUID() }}
        title="New project"
      />
    </RecordPage>
  );
}
