import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { accounts, invoiceLines, invoices, projects, tasks } from "@/db/schema";
import { getInvoice, invoiceInputSchema, saveInvoice } from "./invoices";
import { projectInputSchema, saveProject } from "./projects";
import { saveTask, taskInputSchema } from "./tasks";
import { getTicket, saveTicket, ticketInputSchema } from "./tickets";
import { createContact, createStaffViewer } from "../../testing/fixtures";

// Staff record forms: parsed at the boundary, saved in one transaction, never twice.

async function accountNumberOf(accountId: string) {
  const [row] = await db.select({ number: accounts.number }).from(accounts).where(eq(accounts.id, accountId));
  return row!.number;
}

describe("staff records", () => {
  it("a retried 'new project' submission makes one project", async () => {
    const staff = await createStaffViewer();
    const { accountId } = await createContact();
    const input = projectInputSchema.parse({
      accountNumber: await accountNumberOf(accountId),
      name: "Once",
      description: "",
      status: "active",
      progressPercent: "10",
      budget: "1,000",
      budgetUsed: "0",
      startsOn: "",
      dueOn: "",
      managerId: "",
    });
    const requestKey = randomUUID();
    const [first, second] = await Promise.all([saveProject(staff, null, input, requestKey), saveProject(staff, null, input, requestKey)]);
    expect(first).toEqual(second);
    expect(await db.select().from(projects).where(eq(projects.accountId, accountId))).toHaveLength(1);
  });

  it("a task made on a project belongs to it; a project of another account is refused, a malformed id never reaches the save", async () => {
    const staff = await createStaffViewer();
    const [ours, theirs] = [await createContact(), await createContact()];
    const projectOf = async (accountId: string) => {
      const [row] = await db.insert(projects).values({ accountId, name: "Site" }).returning({ id: projects.id });
      return row!.id;
    };
    const [ourProject, theirProject] = [await projectOf(ours.accountId), await projectOf(theirs.accountId)];
    const accountNumber = await accountNumberOf(ours.accountId);
    const task = (projectId: string) =>
      taskInputSchema.safeParse({
        accountNumber,
        projectId,
        title: "Review",
        description: "",
        status: "open",
        dueOn: "",
        managerId: "",
      });
    const input = (projectId: string) => task(projectId).data!;

    const saved = await saveTask(staff, null, input(ourProject), randomUUID());
    expect(saved.ok).toBe(true);
    const [row] = await db
      .select({ projectId: tasks.projectId })
      .from(tasks)
      .where(eq(tasks.id, saved.ok ? saved.id : ""));
    expect(row!.projectId).toBe(ourProject);
    expect(await saveTask(staff, null, input(theirProject), randomUUID())).toEqual({
      ok: false,
      fieldErrors: { form: "That project belongs to another account." },
    });
    expect(task("not-a-project").success).toBe(false);
    expect(task("").data?.projectId).toBeUndefined();
  });

  it("staff route a ticket to a team, and clear it again", async () => {
    const staff = await createStaffViewer();
    const { accountId } = await createContact();
    const form = { subject: "Export broken", status: "open", priority: "high", contactEmail: "", managerId: "" };
    const created = await saveTicket(
      staff,
      null,
      ticketInputSchema.parse({ ...form, accountNumber: await accountNumberOf(accountId), team: " Platinum desk " }),
      randomUUID(),
    );
    const id = created.ok ? created.id : "";
    expect((await getTicket(staff, id))!.team).toBe("Platinum desk");
    await saveTicket(staff, id, ticketInputSchema.parse({ ...form, team: "" }));
    expect((await getTicket(staff, id))!.team).toBeNull();
  });

  it("refuses an unknown account number and a non-staff manager, saving nothing", async () => {
    const staff = await createStaffViewer();
    const contact = await createContact();
    const input = projectInputSchema.parse({
      accountNumber: "NOPE-1",
      name: "Nope",
      description: "",
      status: "active",
      progressPercent: "0",
      budget: "0",
      budgetUsed: "0",
      startsOn: "",
      dueOn: "",
      managerId: contact.id,
    });
    const result = await saveProject(staff, null, input, randomUUID());
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { accountNumber: expect.stringContaining("NOPE-1"), managerId: "Choose a manager from the list." },
    });
  });

  it("reads amounts, dates and lines the way people type them, with a message per mistake", () => {
    const parsed = invoiceInputSchema.safeParse({
      number: "INV-1",
      status: "open",
      issuedOn: "2026-02-30",
      dueOn: "",
      managerId: "",
      lines: [
        { description: "Design", quantity: "two", unitPrice: "12.345" },
        { description: "Hosting", quantity: "1", unitPrice: "80", taxRate: "120" },
        { description: "", quantity: "", unitPrice: "" },
      ],
    });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((issue) => issue.message);
    expect(messages).toContain("Enter a date as YYYY-MM-DD.");
    expect(messages).toContain("Enter an amount such as 1250 or 1250.50.");
    expect(messages).toContain("Enter each line's quantity as a whole number.");
    expect(messages).toContain("Enter each line's tax as a percentage from 0 to 100, such as 20, or leave it empty.");
  });

  it("saves an invoice and its lines together, the total worked out from them", async () => {
    const staff = await createStaffViewer();
    const { accountId } = await createContact();
    const input = invoiceInputSchema.parse({
      accountNumber: await accountNumberOf(accountId),
      number: `INV-${randomUUID()}`,
      status: "open",
      issuedOn: "2026-03-01",
      dueOn: "2026-03-31",
      managerId: "",
      lines: [
        { description: "Design", quantity: "3", unitPrice: "£1,200.50" },
        { description: "", quantity: "", unitPrice: "" },
        { description: "Hosting", quantity: "1", unitPrice: "80", taxRate: "20%" },
      ],
    });
    const saved = await saveInvoice(staff, null, input, randomUUID());
    expect(saved.ok).toBe(true);
    const invoice = await getInvoice(staff, saved.ok ? saved.id : "");
    // The total is what the client pays: the lines and the tax of the taxed one.
    expect(invoice).toMatchObject({
      totalCents: 3 * 120_050 + 8_000 + 1_600,
      lines: [
        { description: "Design", quantity: 3, unitCents: 120_050, taxBasisPoints: 0 },
        { description: "Hosting", quantity: 1, unitCents: 8_000, taxBasisPoints: 2_000 },
      ],
    });

    // Once something is paid, the lines may not come to less than that.
    const savedId = saved.ok ? saved.id : "";
    await db.update(invoices).set({ amountPaidCents: 100_000 }).where(eq(invoices.id, savedId));
    const lowered = await saveInvoice(staff, savedId, { ...input, lines: input.lines.slice(1) }, randomUUID());
    expect(lowered).toMatchObject({
      ok: false,
      fieldErrors: {
        lines:
          "These lines come to £96.00, less than the £1,000.00 already paid. Add what is missing, or refund the difference before lowering the invoice.",
      },
    });
    expect(await getInvoice(staff, savedId)).toMatchObject({ totalCents: 3 * 120_050 + 8_000 + 1_600 });

    // Same number on another invoice: refused, nothing half-written.
    const again = await saveInvoice(staff, null, { ...input, lines: [] }, randomUUID());
    expect(again).toMatchObject({ ok: false, fieldErrors: { number: expect.stringContaining("already exists") } });
    expect(
      await db
        .select()
        .from(invoiceLines)
        .where(eq(invoiceLines.invoiceId, saved.ok ? saved.id : "")),
    ).toHaveLength(2);
  });
});
