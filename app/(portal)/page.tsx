import type { Metadata } from "next";
import Link from "next/link";
import { ActivityFeed } from "@/components/home/activity-feed";
import { Figures, type Figure } from "@/components/home/figures";
import { ProjectProgress } from "@/components/home/project-progress";
import { NeedsGrid } from "@/components/home/needs-list";
import { sectionsFor } from "@/components/portal/portal-sections";
import { getPublicBranding } from "@/db/access/branding/live";
import { listMyActivity } from "@/db/access/collaboration/activity";
import type { Capability } from "@/db/access/permissions/capabilities";
import { getMyDashboard } from "@/db/access/records/dashboard";
import { getPortalHome, getUsableCapabilities } from "@/db/access/records/portal";
import { FIRST, getWhatNeedsMe } from "@/db/access/records/portal-home";
import { listMySignOffs } from "@/db/access/sign-offs/read";
import { requireContactViewer } from "@/db/access/viewer/viewer";
import { formatDay, formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "Home" };

// The client's start: their figures, what needs them, how their projects stand, what happened on
// their account, then the sections.
export default async function PortalHomePage() {
  const viewer = await requireContactViewer();
  const [home, usable, needs, activity, { currency }, signOffs, dashboard] = await Promise.all([
    getPortalHome(viewer),
    getUsableCapabilities(viewer),
    getWhatNeedsMe(viewer),
    listMyActivity(viewer),
    getPublicBranding(),
    listMySignOffs(viewer),
    getMyDashboard(viewer),
  ]);
  const sections = sectionsFor(usable);
  const figures = figuresFor(usable, needs, dashboard, signOffs, currency);
  return (
    <div className="space-y-8">
      <section aria-labelledby="welcome-heading" className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <h1 id="welcome-heading" className="text-title">
          Hello, {home.name}
        </h1>
        <p className="mt-1 text-sm text-zinc-600">You are viewing {home.accountName}.</p>
        {home.welcomeMessage ? <p className="mt-4 whitespace-pre-line text-zinc-800">{home.welcomeMessage}</p> : null}
      </section>

      {figures.length ? <Figures label="Your account at a glance" figures={figures} /> : null}

      <section aria-labelledby="needs-heading" className="space-y-3">
        <h2 id="needs-heading" className="text-section">
          What needs you
        </h2>
        <NeedsGrid
          lists={[signOffList(signOffs), ...needLists(needs, currency)]}
          shown={FIRST}
          className="grid gap-3 sm:grid-cols-2"
          emptyText="Nothing is waiting on you. When something is, it shows here first."
        />
      </section>

      <ProjectProgress projects={dashboard.projects} hrefOf={(id) => `/projects/${id}`} allHref="/projects" />

      <section aria-labelledby="activity-heading" className="space-y-3">
        <h2 id="activity-heading" className="text-section">
          Recent activity
        </h2>
        <ActivityFeed items={activity} side="portal" emptyText="Nothing has happened here yet." />
      </section>

      {sections.length === 0 ? (
        <p className="text-ink">
          Nothing has been shared with you here yet. When the team opens a section for you, it appears on this page.
        </p>
      ) : (
        <nav aria-labelledby="sections-heading">
          <h2 id="sections-heading" className="mb-3 text-section">
            Sections
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {sections.map((section) => (
              <li key={section.href}>
                <Link
                  href={section.href}
                  className="block rounded-xl bg-white p-4 font-medium text-brand-ink ring-1 ring-zinc-200 hover:ring-brand"
                >
                  {section.label === "Colleagues" ? "Invite a colleague" : section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}

/** The figures of the modules this contact may open: what they owe, what waits on their answer, what is under way. */
function figuresFor(
  usable: ReadonlySet<Capability>,
  needs: Awaited<ReturnType<typeof getWhatNeedsMe>>,
  dashboard: Awaited<ReturnType<typeof getMyDashboard>>,
  signOffs: Awaited<ReturnType<typeof listMySignOffs>>,
  currency: string,
): Figure[] {
  const { count, totalCents, overdueCount } = needs.invoiceTotals;
  const awaiting = signOffs.filter((signOff) => signOff.isAwaitingMe).length;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const figures: (Figure | false)[] = [
    usable.has("invoices.view") && {
      label: "To pay",
      value: formatMoney(totalCents, currency),
      detail: overdueCount ? `${overdueCount} overdue` : `on ${plural(count, "invoice", "invoices")}`,
      href: "/invoices?status=unpaid",
    },
    usable.has("quotes.view") && { label: "Quotes to answer", value: dashboard.quotesToAnswer, href: "/quotes" },
    awaiting > 0 && { label: "Sign-offs to answer", value: awaiting, href: "/sign-offs" },
    usable.has("tickets.view") && { label: "Open tickets", value: dashboard.openTickets, href: "/tickets" },
    usable.has("projects.view") && { label: "Projects in progress", value: dashboard.projectsInProgress, href: "/projects" },
  ];
  return figures.filter((figure) => figure !== false).slice(0, 4);
}

/** Sign-offs waiting on this person's approval come first: someone is waiting on exactly them. */
function signOffList(signOffs: Awaited<ReturnType<typeof listMySignOffs>>) {
  const awaiting = signOffs.filter((signOff) => signOff.isAwaitingMe);
  return {
    title: "Sign-offs awaiting your answer",
    allHref: "/sign-offs",
    items: awaiting.slice(0, FIRST + 1).map((signOff) => ({
      key: signOff.id,
      href: `/sign-offs/${signOff.id}`,
      label: signOff.subject,
      detail: signOff.dueOn ? `answer by ${formatDay(signOff.dueOn)}` : undefined,
    })),
  };
}

/** What needs the client, as cards: what they owe first, then what waits for their answer. */
function needLists(needs: Awaited<ReturnType<typeof getWhatNeedsMe>>, currency: string) {
  const totals = needs.invoiceTotals;
  return [
    {
      title: "Invoices to pay",
      allHref: "/invoices?status=unpaid",
      summary: (
        <>
          {formatMoney(totals.totalCents, currency)} due on {totals.count} {totals.count === 1 ? "invoice" : "invoices"}
          {totals.overdueCount ? <strong className="text-red-700">, {totals.overdueCount} overdue</strong> : null}
        </>
      ),
      items: needs.invoices.map((invoice) => ({
        key: invoice.id,
        href: `/invoices/${invoice.id}`,
        label: invoice.number,
        detail: `${formatMoney(invoice.totalCents, currency)} · ${invoice.isOverdue ? "overdue since" : "due"} ${formatDay(invoice.dueOn)}`,
      })),
    },
    {
      title: "Quotes awaiting your answer",
      allHref: "/quotes",
      items: needs.quotes.map((quote) => ({
        key: quote.id,
        href: `/quotes/${quote.id}`,
        label: `${quote.number} · ${quote.title}`,
        detail: quote.validUntil ? `valid until ${formatDay(quote.validUntil)}` : undefined,
      })),
    },
    {
      title: "Tasks for you",
      allHref: "/tasks",
      items: needs.tasks.map((task) => ({
        key: task.id,
        href: `/tasks/${task.id}`,
        label: task.title,
        detail: task.dueOn ? `due ${formatDay(task.dueOn)}` : undefined,
      })),
    },
    {
      title: "Tickets waiting on you",
      allHref: "/tickets?status=waiting",
      items: needs.tickets.map((ticket) => ({
        key: ticket.id,
        href: `/tickets/${ticket.id}`,
        label: `#${ticket.number} · ${ticket.subject}`,
      })),
    },
  ];
}
