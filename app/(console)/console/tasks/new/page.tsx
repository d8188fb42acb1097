import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { RecordForm } from "@/components/console/record-form";
import { RecordPage } from "@/components/console/record-page";
import { firstParam } from "@/components/ui/search-params";
import { getProject } from "@/db/access/records/projects";
import { listStaffMembers } from "@/db/access/records/save";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveTaskAction } from "../actions";
import { taskFields, taskValues } from "../fields";

export const metadata: Metadata = { title: "New task" };

// A new task at an account, or on a project (?project=…): then its account is the project's.
export default async function NewTaskPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireStaffViewer("clients");
  const projectId = firstParam((await searchParams).project);
  const [staff, project] = await Promise.all([listStaffMembers(viewer), projectId ? getProject(viewer, projectId) : null]);
  return (
    <RecordPage
      backHref={project ? `/console/projects/${project.id}` : "/console/tasks"}
      backLabel={project ? project.name : "Tasks"}
      title={project ? `New task on ${project.name}` : "New task"}
    >
      <RecordForm
        action={saveTaskAction}
        fields={taskFields(staff, !project)}
        values={taskValues(null)}
        hidden={{ requestKey: randomUUID(), ...(project ? { projectId: project.id, accountNumber: project.accountNumber } : {}) }}
        title="New task"
      />
    </RecordPage>
  );
}
