import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/console/record-form";
import { RecordFiles, RecordPage, RecordPermissions } from "@/components/console/record-page";
import { getProject } from "@/db/access/records/projects";
import { listStaffMembers } from "@/db/access/records/save";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveProjectAction } from "../actions";
import { projectFields, projectValues } from "../fields";

export const metadata: Metadata = { title: "Project" };

export default async function ConsoleProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const viewer = await requireStaffViewer("clients");
  const project = await getProject(viewer, (await params).id);
  if (!project) notFound();
  const staff = await listStaffMembers(viewer);
  return (
    <RecordPage
      backHref="/console/projects"
      backLabel="Projects"
      title={project.name}
      subtitle={
        <>
          For{" "}
          <Link href={`/console/accounts/${project.accountId}`} className="underline">
            {project.accountName}
          </Link>
        </>
      }
      isCreated={(await searchParams).created === "1"}
    >
      <RecordForm
        action={saveProjectAction}
        fields={projectFields(staff, false)}
        values={projectValues(project)}
        hidden={{ id: project.id }}
        title="Project"
      />
      <p>
        <Link href={`/console/tasks/new?project=${project.id}`} className="font-medium text-brand-ink underline">
          Add a task to this project
        </Link>
      </p>
      <RecordPermissions viewer={viewer} type="project" id={project.id} accountId={project.accountId} />
      <RecordFiles viewer={viewer} type="project" id={project.id} />
    </RecordPage>
  );
}
