import { randomUUID } from "node:crypto";
import { createContact, expect, setContactRules, signIn, sql, test } from "../fixtures";

// A contractor logs time in the portal; staff approve it in the console; then it counts.

test("a contractor logs time against a project, and staff approve it", async ({ browser, staffPage }) => {
  const contractor = await createContact({ withPassword: true });
  await setContactRules(contractor.id, ["projects.view", "timesheets.view", "timesheets.log"], true);
  const name = `Build ${randomUUID().slice(0, 6)}`;
  await sql`insert into projects (account_id, name) values (${contractor.accountId}, ${name})`;
  const work = `Wiring ${randomUUID().slice(0, 6)}`;

  const portal = await (await browser.newContext()).newPage();
  await signIn(portal, contractor.email, contractor.password);
  await portal.goto("/timesheets");
  await portal.getByRole("link", { name: "Log time" }).click();
  await portal.waitForLoadState("networkidle");
  const form = portal.getByRole("form", { name: "Log time" });
  await form.getByLabel("Hours").fill("2");
  await form.getByLabel("Minutes").fill("15");
  await form.getByLabel("What was done").fill(work);
  await form.getByRole("button", { name: "Log the time" }).click();
  await expect(form.getByText("Choose the project or task the time was for.")).toBeVisible();
  // Nothing typed is lost with the refusal.
  await expect(form.getByLabel("What was done")).toHaveValue(work);
  await expect(form.getByLabel("Minutes")).toHaveValue("15");
  await form.getByLabel("Project").selectOption({ label: name });
  await form.getByRole("button", { name: "Log the time" }).click();
  await expect(portal.getByRole("heading", { name: work })).toBeVisible();
  await expect(portal.getByText("Waiting for approval")).toBeVisible();
  const [entry] = await sql<{ id: string; minutes: number }[]>`select id, minutes from timesheet_entries where description = ${work}`;
  expect(entry!.minutes).toBe(135);

  await staffPage.goto(`/console/timesheets/${entry!.id}`);
  await staffPage.waitForLoadState("networkidle");
  await staffPage.getByRole("button", { name: "Approve" }).click();
  await expect(staffPage.getByRole("heading", { name: /Logged by the contractor: Approved/ })).toBeVisible();
  await portal.reload();
  await expect(portal.getByText("Approved", { exact: true })).toBeVisible();
  await expect(portal.getByRole("button", { name: "Delete this entry" })).toHaveCount(0);
});
