import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecordForm } from "@/components/console/record-form";
import { RecordFiles, RecordPage, RecordPermissions } from "@/components/console/record-page";
import { listStaffMembers } from "@/db/access/records/save";
import { getTask } from "@/db/access/records/tasks";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveTaskAction } from "../actions";
import { taskFields, taskValues } from "../fields";

export const metadata: Metadata = { title: "Task" };

export default async function ConsoleTaskPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const viewer = await requireStaffViewer("clients");
  const task = await getTask(viewer, (await params).id);
  if (!task) notFound();
  const staff = await listStaffMembers(viewer);
  return (
    <RecordPage
      backHref="/console/tasks"
      backLabel="Tasks"
      title={task.title}
      subtitle={
        <>
          For{" "}
          <Link href={`/console/accounts/${task.accountId}`} className="underline">
            {task.accountName}
          </Link>
          {task.projectName ? ` · project ${task.projectName}` : ""}
        </>
      }
      isCreated={(await searchParams).created === "1"}
    >
      <RecordForm
        action={saveTaskAction}
        fields={taskFields(staff, false)}
        values={taskValues(task)}
        hidden={{ id: task.id }}
        title="Task"
      />
      <RecordPermissions viewer={viewer} type="task" id={task.id} accountId={task.accountId} />
      <RecordFiles viewer={viewer} type="task" id={task.id} />
    </RecordPage>
  );
}
