import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { PageHeading } from "@/components/ui/page-heading";
import { listTimeTargets, mayLogTime } from "@/db/access/records/client-timesheets";
import { requireContactViewer } from "@/db/access/viewer/viewer";
import { TimeForm } from "../time-form";

export const metadata: Metadata = { title: "Log time" };

// For a contact who may log time; anyone else gets the 404 of a missing page.
export default async function LogTimePage() {
  const viewer = await requireContactViewer();
  if (!(await mayLogTime(viewer))) notFound();
  const targets = await listTimeTargets(viewer);
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeading backHref="/timesheets" backLabel="Timesheets" title="Log time">
        <p className="text-sm text-ink-muted">Staff approve your time before it counts.</p>
      </PageHeading>
      <TimeForm projects={targets.projects} tasks={targets.tasks} requestKey={randomUUID()} today={new Date().toISOString().slice(0, 10)} />
    </div>
  );
}
