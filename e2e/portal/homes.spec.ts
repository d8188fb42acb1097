import { randomUUID } from "node:crypto";
import { createContact, expect, openAsStaff, setContactRules, signIn, sql, test } from "../fixtures";

// The portal home and the console home: figures, what needs each person, projects' progress, each a link.

test("the portal home lists the client's task, what they owe (overdue named) and their recent activity", async ({ page, staff }) => {
  const client = await createContact({ withPassword: true });
  await setContactRules(client.id, ["projects.view", "tasks.view", "invoices.view", "quotes.view"], true);
  const suffix = randomUUID().slice(0, 6);
  await sql`insert into tasks (account_id, title, assigned_contact_id, due_on) values (${client.accountId}, ${`Approve the logo ${suffix}`}, ${client.id}, current_date + 3)`;
  await sql`insert into invoices (account_id, number, status, issued_on, due_on, total_cents) values
    (${client.accountId}, ${`INV-A-${suffix}`}, 'open', current_date - 40, current_date - 10, 12000),
    (${client.accountId}, ${`INV-B-${suffix}`}, 'open', current_date, current_date + 20, 3000),
    (${client.accountId}, ${`INV-C-${suffix}`}, 'paid', current_date, current_date + 20, 99900)`;
  await sql`insert into quotes (account_id, number, title, status, issued_on) values (${client.accountId}, ${`Q-${suffix}`}, 'Phase two', 'sent', current_date)`;
  const [project] = await sql<{ id: string }[]>`
    insert into projects (account_id, name, manager_id, progress_percent, due_on)
    values (${client.accountId}, ${`Rebrand ${suffix}`}, ${staff.id}, 40, current_date + 30) returning id`;

  await signIn(page, client.email, client.password);
  await page.goto(`/projects/${project!.id}`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Your message").fill("Starting on Monday.");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText("Starting on Monday.")).toBeVisible();

  await page.goto("/");
  const figures = page.getByRole("region", { name: "Your account at a glance" });
  await expect(figures.getByRole("link", { name: /To pay/ })).toHaveText(/To pay£150\.001 overdue/);
  await expect(figures.getByRole("link", { name: /Quotes to answer/ })).toHaveText("Quotes to answer1");
  await expect(figures.getByRole("link", { name: /Projects in progress/ })).toHaveText("Projects in progress1");
  const progress = page.getByRole("region", { name: "Projects in progress" });
  await expect(progress.getByRole("progressbar", { name: `Rebrand ${suffix} progress` })).toHaveAttribute("aria-valuenow", "40");
  const tasks = page.getByRole("region", { name: "Tasks for you" });
  await expect(tasks.getByRole("link", { name: `Approve the logo ${suffix}` })).toBeVisible();
  const invoices = page.getByRole("region", { name: "Invoices to pay" });
  await expect(invoices).toContainText(/150\.00 due on 2 invoices, 1 overdue/);
  await expect(invoices.getByRole("link", { name: `INV-C-${suffix}` })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Quotes awaiting your answer" }).getByRole("link", { name: /Phase two/ })).toBeVisible();
  const activity = page.getByRole("region", { name: "Recent activity" });
  await activity.getByRole("link", { name: `${client.name} wrote on the project “Rebrand ${suffix}”` }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project!.id}$`));
});

test("the console home lists a new client task and time to approve", async ({ page, staff }) => {
  const client = await createContact({ withPassword: true });
  const suffix = randomUUID().slice(0, 6);
  await sql`insert into tasks (account_id, title, created_by_contact_id) values (${client.accountId}, ${`Fix the footer ${suffix}`}, ${client.id})`;
  await sql`insert into timesheet_entries (account_id, worked_on, minutes, description, approval, logged_by_contact_id)
    values (${client.accountId}, current_date, 90, ${`Site visit ${suffix}`}, 'submitted', ${client.id})`;
  await openAsStaff(page, staff, "/console");
  await expect(page.getByRole("heading", { name: "What needs you" })).toBeVisible();
  const figures = page.getByRole("region", { name: "The business at a glance" });
  await expect(figures.getByRole("link", { name: /Owed by clients/ })).toContainText("£");
  await expect(figures.getByRole("link", { name: /Open tickets/ })).toHaveText(/^Open tickets\d+$/);
  await expect(
    page.getByRole("region", { name: "New tasks from clients" }).getByRole("link", { name: `Fix the footer ${suffix}` }),
  ).toBeVisible();
  await page
    .getByRole("region", { name: "Time to approve" })
    .getByRole("link", { name: `Site visit ${suffix}` })
    .click();
  await expect(page.getByRole("button", { name: "Approve" })).toBeVisible();
});
