import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { businessSettings, capabilityDefaults, contracts, files, invoices, projects, tickets, timesheetEntries } from "@/db/schema";
import { getMyContract, listContracts, listMyContracts } from "./contracts";
import { readAll } from "@/db/storage/file-store";
import { getMyFileDownload, listMyFiles } from "./files";
import { getMyInvoice, listMyInvoices } from "./invoices";
import { setGlobalDefault, setLayerRules } from "../permissions/layer-rules";
import { getMyProject, listMyProjects } from "./projects";
import { getMyTicket, listMyTickets } from "./tickets";
import { NO_SESSION, createContact, createStaffViewer } from "../../testing/fixtures";
import type { ContactViewer } from "../viewer/viewer";

// The portal's reads: each module through the resolver, another account's records answering like missing ones.

async function client() {
  const contact = await createContact();
  const viewer: ContactViewer = {
    kind: "contact",
    userId: contact.id,
    sessionId: NO_SESSION,
    name: "Casey",
    email: contact.email,
    accountId: contact.accountId,
    accountName: contact.accountName,
    accounts: [],
    hasChosenAccount: true,
  };
  return { contact, viewer };
}

describe("portal content through the resolver", () => {
  afterEach(async () => {
    await db.delete(capabilityDefaults);
    await db.update(businessSettings).set({ defaultAllowed: null });
  });

  it("projects: another account's and denied ones look missing; budgets hidden per project", async () => {
    const staff = await createStaffViewer();
    const { viewer } = await client();
    const other = await client();
    const [mine, secret] = await db
      .insert(projects)
      .values([
        { accountId: viewer.accountId, name: "Mine", budgetCents: 1000, budgetUsedCents: 400 },
        { accountId: viewer.accountId, name: "Secret", budgetCents: 9000 },
      ])
      .returning({ id: projects.id });
    const [theirs] = await db.insert(projects).values({ accountId: other.viewer.accountId, name: "Theirs" }).returning({ id: projects.id });

    expect((await listMyProjects(viewer)).rows).toEqual([]);
    await setLayerRules(staff, { layer: "module" }, { "projects.view": true, "projects.budget.view": true });
    await setLayerRules(staff, { layer: "object", objectType: "project", objectId: secret!.id }, { "projects.budget.view": false });
    const listed = (await listMyProjects(viewer)).rows;
    expect(listed.map((p) => [p.name, p.budgetCents])).toEqual([
      ["Mine", 1000],
      ["Secret", null],
    ]);
    expect(await getMyProject(viewer, theirs!.id)).toBeNull();
    expect(await getMyProject(viewer, randomUUID())).toBeNull();
    expect(await getMyProject(viewer, "not-an-id")).toBeNull();

    await setLayerRules(staff, { layer: "object", objectType: "project", objectId: mine!.id }, { "projects.view": false });
    expect(await getMyProject(viewer, mine!.id)).toBeNull();
    expect((await listMyProjects(viewer)).rows.map((p) => p.name)).toEqual(["Secret"]);
  });

  it("invoices: drafts never reach the client; overdue is read from the due date", async () => {
    await setGlobalDefault(await createStaffViewer(), true);
    const { viewer } = await client();
    const [draft] = await db
      .insert(invoices)
      .values([
        { accountId: viewer.accountId, number: `D-${randomUUID()}`, status: "draft", issuedOn: "2026-01-01" },
        { accountId: viewer.accountId, number: `O-${randomUUID()}`, status: "open", issuedOn: "2026-01-01", dueOn: "2026-01-31" },
      ])
      .returning({ id: invoices.id });
    const listed = (await listMyInvoices(viewer)).rows;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ status: "open", isOverdue: true });
    expect(await getMyInvoice(viewer, draft!.id)).toBeNull();
    expect((await listMyInvoices(viewer, { status: "paid" })).rows).toEqual([]);
  });

  it("tickets: one's own, or the whole account's with 'see all account activity'; staff notes never shown", async () => {
    const staff = await createStaffViewer();
    await setLayerRules(staff, { layer: "module" }, { "tickets.view": true });
    const { viewer, contact } = await client();
    const [own, colleagues] = await db
      .insert(tickets)
      .values([
        { accountId: viewer.accountId, contactId: contact.id, subject: "Mine" },
        { accountId: viewer.accountId, subject: "A colleague's" },
      ])
      .returning({ id: tickets.id });
    expect((await listMyTickets(viewer)).rows.map((t) => t.subject)).toEqual(["Mine"]);
    expect(await getMyTicket(viewer, colleagues!.id)).toBeNull();
    await setLayerRules(staff, { layer: "contact", contactId: contact.id }, { "activity.all": true });
    expect((await listMyTickets(viewer)).rows).toHaveLength(2);
    const { postMessageAsStaff, getMyConversation } = await import("../collaboration/messages");
    const post = (body: string, isInternal?: "on") =>
      postMessageAsStaff(staff, { recordType: "ticket", recordId: own!.id, body, isInternal, requestKey: randomUUID() });
    await post("Visible reply");
    await post("Internal note", "on");
    expect((await getMyConversation(viewer, "ticket", own!.id))!.messages.map((m) => m.body)).toEqual(["Visible reply"]);
  });

  it("contracts: usage is the time booked in the period, shown only where allowed", async () => {
    const staff = await createStaffViewer();
    await setLayerRules(staff, { layer: "module" }, { "contracts.view": true });
    const { viewer } = await client();
    const [contract] = await db
      .insert(contracts)
      .values({ accountId: viewer.accountId, name: "Retainer", startsOn: "2026-01-01", endsOn: "2026-12-31", allowanceMinutes: 600 })
      .returning({ id: contracts.id });
    await db.insert(timesheetEntries).values([
      { accountId: viewer.accountId, contractId: contract!.id, workedOn: "2026-03-01", minutes: 90, description: "In the period" },
      { accountId: viewer.accountId, contractId: contract!.id, workedOn: "2025-12-31", minutes: 60, description: "Before it" },
    ]);
    expect((await getMyContract(viewer, contract!.id))!.usedMinutes).toBeNull();
    await setLayerRules(staff, { layer: "account", accountId: viewer.accountId }, { "contracts.usage.view": true });
    expect((await listMyContracts(viewer)).rows[0]!.usedMinutes).toBe(90);
    const staffRow = (await listContracts(staff, { query: "Retainer" })).rows.find((row) => row.id === contract!.id);
    expect(staffRow!.usedMinutes).toBe(90);
  });

  it("files: visible exactly when the record they are attached to is", async () => {
    const staff = await createStaffViewer();
    const { viewer } = await client();
    const [project] = await db.insert(projects).values({ accountId: viewer.accountId, name: "With a file" }).returning({ id: projects.id });
    const [file] = await db
      .insert(files)
      .values({
        accountId: viewer.accountId,
        objectType: "project",
        objectId: project!.id,
        name: "plan.txt",
        contentType: "text/plain",
        sizeBytes: 4,
        content: Buffer.from("plan"),
      })
      .returning({ id: files.id });
    expect(await getMyFileDownload(viewer, file!.id)).toBeNull();
    expect((await listMyFiles(viewer)).rows).toEqual([]);
    await setLayerRules(staff, { layer: "object", objectType: "project", objectId: project!.id }, { "projects.view": true });
    expect((await readAll((await getMyFileDownload(viewer, file!.id))!.body)).toString()).toBe("plan");
    expect((await listMyFiles(viewer)).rows.map((f) => f.name)).toEqual(["plan.txt"]);
    const other = await client();
    expect(await getMyFileDownload(other.viewer, file!.id)).toBeNull();
  });
});
