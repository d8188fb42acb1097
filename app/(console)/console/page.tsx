import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActivityFeed } from "@/components/home/activity-feed";
import { Figures } from "@/components/home/figures";
import { ProjectProgress } from "@/components/home/project-progress";
import { NeedsGrid } from "@/components/home/needs-list";
import { listClientActivity } from "@/db/access/collaboration/activity";
import { getWhatNeedsStaff } from "@/db/access/collaboration/staff-home";
import { listPendingActivations } from "@/db/access/onboarding/pending";
import { getPublicBranding } from "@/db/access/branding/live";
import { getStaffDashboard } from "@/db/access/records/dashboard";
import { FIRST } from "@/db/access/records/portal-home";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { mayUseArea } from "@/db/access/viewer/staff-roles";
import { formatHours, formatMoney } from "@/lib/format";
import { recordPath } from "@/lib/record-kinds";

export const metadata: Metadata = { title: "Console" };

// Staff start with the business's figures and what needs them; designers at the one page that is theirs.
export default async function ConsoleHomePage() {
  const viewer = await requireStaffViewer("console");
  if (!mayUseArea(viewer, "clients")) redirect("/console/branding");
  const [needs, pending, activity, dashboard, { currency }] = await Promise.all([
    getWhatNeedsStaff(viewer),
    listPendingActivations(viewer),
    listClientActivity(viewer),
    getStaffDashboard(viewer),
    getPublicBranding(),
  ]);
  const figures = [
    {
      label: "Owed by clients",
      value: formatMoney(dashboard.owedCents, currency),
      detail: dashboard.overdueCents ? `${formatMoney(dashboard.overdueCents, currency)} overdue` : "Nothing overdue",
      href: "/console/invoices?status=open",
    },
    { label: "Open tickets", value: dashboard.openTickets, href: "/console/tickets?status=open" },
    { label: "Quotes awaiting clients", value: dashboard.quotesAwaitingClients, href: "/console/quotes?status=sent" },
    { label: "Projects in progress", value: dashboard.projectsInProgress, href: "/console/projects" },
  ];
  const lists = [
    {
      title: "New tasks from clients",
      allHref: "/console/tasks",
      items: needs.clientTasks.map((task) => ({
        key: task.id,
        href: `/console/tasks/${task.id}`,
        label: task.title,
        detail: task.accountName,
      })),
    },
    {
      title: "Tickets to answer",
      allHref: "/console/tickets?status=open",
      items: needs.openTickets.map((ticket) => ({
        key: ticket.id,
        href: `/console/tickets/${ticket.id}`,
        label: `#${ticket.number} · ${ticket.subject}`,
        detail: [ticket.accountName, ticket.team].filter(Boolean).join(" · "),
      })),
    },
    {
      title: "Client messages to answer",
      allHref: "/console/notifications",
      items: needs.unansweredMessages.map((thread) => ({
        key: thread.objectId,
        href: recordPath(thread.objectType, thread.objectId, "console"),
        label: thread.title ?? "A conversation",
      })),
    },
    {
      title: "Time to approve",
      allHref: "/console/timesheets",
      items: needs.timeToApprove.map((entry) => ({
        key: entry.id,
        href: `/console/timesheets/${entry.id}`,
        label: entry.description,
        detail: `${formatHours(entry.minutes)}${entry.loggedBy ? ` · ${entry.loggedBy}` : ""}`,
      })),
    },
    {
      title: "Files from clients",
      allHref: "/console/files",
      items: needs.clientFiles.map((file) => ({
        key: file.id,
        href: recordPath(file.objectType, file.objectId, "console"),
        label: file.name,
        detail: file.uploader,
      })),
    },
    {
      title: "Pending activations",
      allHref: "/console/pending",
      items: pending.people.slice(0, FIRST + 1).map((person) => ({
        key: person.id,
        href: `/console/contacts/${person.id}`,
        label: person.name,
        detail: person.accountNames,
      })),
    },
    {
      title: "Failed emails",
      allHref: "/console/emails",
      items: needs.failedEmails.map((email) => ({
        key: email.id,
        href: `/console/emails/${email.id}`,
        label: email.subject,
        detail: email.toAddress,
      })),
    },
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-title">Overview</h1>
      <Figures label="The business at a glance" figures={figures} />
      <h2 className="text-section">What needs you</h2>
      <NeedsGrid
        lists={lists}
        shown={FIRST}
        className="grid gap-3 md:grid-cols-2 xl:grid-cols-3"
        emptyText="All clear: nothing from clients is waiting."
      />
      <ProjectProgress projects={dashboard.projects} hrefOf={(id) => `/console/projects/${id}`} allHref="/console/projects" />
      <section aria-labelledby="activity-heading" className="space-y-3">
        <h2 id="activity-heading" className="text-section">
          Recent client activity
        </h2>
        <ActivityFeed items={activity} side="console" emptyText="No client has done anything yet." />
      </section>
    </div>
  );
}
