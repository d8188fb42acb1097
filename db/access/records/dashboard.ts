import "server-only";
import { and, asc, count, eq, inArray, ne, sql, type Column } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, invoices, projects, quotes, tickets } from "@/db/schema";
import { actingAs } from "../permissions/resolver";
import { assertStaff, type ContactViewer, type StaffViewer } from "../viewer/viewer";
import { accountName } from "./save";
import { mayViewRecord } from "./visibility";

// The figures and project progress at the top of the portal and console homes. Counts are taken
// in the database, so they stay one query each however many records there are.

/** How many projects in progress each home shows, soonest due first. */
export const PROJECTS_SHOWN = 4;

const inProgress = inArray(projects.status, ["planning", "active"]);
const byDueDate = [sql`${projects.dueOn} asc nulls last`, asc(projects.name)];
const projectColumns = { id: projects.id, name: projects.name, progressPercent: projects.progressPercent, dueOn: projects.dueOn };

/** Staff figures are of customers: the test client's records stay out of them. */
const ofCustomer = (accountId: Column) =>
  sql`not exists (select 1 from ${accounts} where ${accounts.id} = ${accountId} and ${accounts.isTest})`;

/** Contact: quotes to answer, open tickets and projects in progress, each only what they may see. */
export async function getMyDashboard(viewer: ContactViewer) {
  const who = actingAs(viewer);
  const mayView = { quote: mayViewRecord(who, "quote"), ticket: mayViewRecord(who, "ticket"), project: mayViewRecord(who, "project") };
  const [[quoteCount], [ticketCount], [projectCount], projectList] = await Promise.all([
    db
      .select({ value: count() })
      .from(quotes)
      .where(and(eq(quotes.accountId, who.accountId), eq(quotes.status, "sent"), mayView.quote)),
    db
      .select({ value: count() })
      .from(tickets)
      .where(and(eq(tickets.accountId, who.accountId), ne(tickets.status, "closed"), mayView.ticket)),
    db
      .select({ value: count() })
      .from(projects)
      .where(and(eq(projects.accountId, who.accountId), inProgress, mayView.project)),
    db
      .select(projectColumns)
      .from(projects)
      .where(and(eq(projects.accountId, who.accountId), inProgress, mayView.project))
      .orderBy(...byDueDate)
      .limit(PROJECTS_SHOWN),
  ]);
  return {
    quotesToAnswer: quoteCount!.value,
    openTickets: ticketCount!.value,
    projectsInProgress: projectCount!.value,
    projects: projectList,
  };
}

/** Staff: what clients owe (and how much is overdue), open tickets, quotes awaiting clients, projects in progress. */
export async function getStaffDashboard(viewer: StaffViewer) {
  assertStaff(viewer, "clients");
  const [[owed], [ticketCount], [quoteCount], [projectCount], projectList] = await Promise.all([
    db
      .select({
        cents: sql<number>`coalesce(sum(greatest(${invoices.totalCents} - ${invoices.amountPaidCents}, 0)), 0)::int`,
        overdueCents: sql<number>`coalesce(sum(greatest(${invoices.totalCents} - ${invoices.amountPaidCents}, 0)) filter (where ${invoices.dueOn} < current_date), 0)::int`,
      })
      .from(invoices)
      .where(and(eq(invoices.status, "open"), ofCustomer(invoices.accountId))),
    db
      .select({ value: count() })
      .from(tickets)
      .where(and(eq(tickets.status, "open"), ofCustomer(tickets.accountId))),
    db
      .select({ value: count() })
      .from(quotes)
      .where(and(eq(quotes.status, "sent"), ofCustomer(quotes.accountId))),
    db
      .select({ value: count() })
      .from(projects)
      .where(and(inProgress, ofCustomer(projects.accountId))),
    db
      .select({ ...projectColumns, accountName: accountName(projects.accountId) })
      .from(projects)
      .where(and(inProgress, ofCustomer(projects.accountId)))
      .orderBy(...byDueDate)
      .limit(PROJECTS_SHOWN),
  ]);
  return {
    owedCents: owed!.cents,
    overdueCents: owed!.overdueCents,
    openTickets: ticketCount!.value,
    quotesAwaitingClients: quoteCount!.value,
    projectsInProgress: projectCount!.value,
    projects: projectList,
  };
}
