import { randomUUID } from "node:crypto";
import { createContact, expect, setContactRules, signIn, sql, test, viewAsContact } from "../fixtures";
import { captureAction } from "./capture-action";

// Logging time is a public POST endpoint: replayed by a contact of another account, by nobody or
// by staff viewing as the contractor, it logs nothing; the contractor's own replay logs it once.

test("logging time, replayed by others or while viewed as, logs nothing", async ({ page, browser, staff }) => {
  const contractor = await createContact({ withPassword: true });
  const outsider = await createContact({ withPassword: true });
  for (const person of [contractor, outsider])
    await setContactRules(person.id, ["projects.view", "timesheets.view", "timesheets.log"], true);
  await sql`insert into projects (account_id, name) values (${contractor.accountId}, 'Guarded build')`;
  const work = `Replayed ${randomUUID().slice(0, 6)}`;
  const logged = async () => (await sql`select id from timesheet_entries where description = ${work}`).length;

  await signIn(page, contractor.email, contractor.password);
  await page.goto("/timesheets/new");
  await page.waitForLoadState("networkidle");
  const form = page.getByRole("form", { name: "Log time" });
  await form.getByLabel("Hours").fill("1");
  await form.getByLabel("What was done").fill(work);
  await form.getByLabel("Project").selectOption({ label: "Guarded build" });
  const replay = await captureAction(page, () => form.getByRole("button", { name: "Log the time" }).click());

  const other = await (await browser.newContext()).newPage();
  await signIn(other, outsider.email, outsider.password);
  await replay(other.request);
  await replay((await browser.newContext()).request);
  const viewing = await viewAsContact(browser, staff, contractor.id);
  await replay(viewing.request);
  expect(await logged()).toBe(0);

  await replay(page.request);
  await expect.poll(logged).toBe(1);
});

test("the log-time page: no session goes to sign in, a contact who may not log time gets a 404", async ({ browser }) => {
  const response = await (await browser.newContext()).request.get("/timesheets/new", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  const reader = await createContact({ withPassword: true });
  await setContactRules(reader.id, ["timesheets.view"], true);
  await setContactRules(reader.id, ["timesheets.log"], false);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, reader.email, reader.password);
  expect((await page.goto("/timesheets/new"))?.status()).toBe(404);
});

test("approving time, replayed by the contractor or by nobody, approves nothing", async ({ browser, staffPage }) => {
  const contractor = await createContact({ withPassword: true });
  await setContactRules(contractor.id, ["timesheets.view", "timesheets.log"], true);
  const [entry] = await sql<{ id: string }[]>`
    insert into timesheet_entries (account_id, worked_on, minutes, description, approval, logged_by_contact_id)
    values (${contractor.accountId}, current_date, 60, 'To review', 'submitted', ${contractor.id}) returning id`;
  const approval = async () => (await sql`select approval from timesheet_entries where id = ${entry!.id}`)[0]!.approval;

  await staffPage.goto(`/console/timesheets/${entry!.id}`);
  await staffPage.waitForLoadState("networkidle");
  const replay = await captureAction(staffPage, () => staffPage.getByRole("button", { name: "Approve" }).click());
  const portal = await (await browser.newContext()).newPage();
  await signIn(portal, contractor.email, contractor.password);
  await replay(portal.request);
  await replay((await browser.newContext()).request);
  expect(await approval()).toBe("submitted");

  await replay(staffPage.request);
  await expect.poll(approval).toBe("approved");
});

test("correcting an entry, replayed by another contractor, by nobody or while viewed as, changes nothing", async ({
  page,
  browser,
  staff,
}) => {
  const contractor = await createContact({ withPassword: true });
  const colleague = await createContact({ withPassword: true });
  for (const person of [contractor, colleague]) await setContactRules(person.id, ["timesheets.view", "timesheets.log"], true);
  await sql`insert into account_contacts (account_id, contact_id) values (${contractor.accountId}, ${colleague.id})`;
  await setContactRules(colleague.id, ["activity.all"], true);
  const [entry] = await sql<{ id: string }[]>`
    insert into timesheet_entries (account_id, worked_on, minutes, description, approval, logged_by_contact_id)
    values (${contractor.accountId}, current_date, 60, 'First draft', 'submitted', ${contractor.id}) returning id`;
  const description = async () => (await sql`select description from timesheet_entries where id = ${entry!.id}`)[0]!.description;

  await signIn(page, contractor.email, contractor.password);
  await page.goto(`/timesheets/${entry!.id}`);
  await page.waitForLoadState("networkidle");
  const form = page.getByRole("form", { name: "Correct this entry" });
  await form.getByLabel("What was done").fill("Corrected");
  const replay = await captureAction(page, () => form.getByRole("button", { name: "Save the correction" }).click());

  const other = await (await browser.newContext()).newPage();
  await signIn(other, colleague.email, colleague.password);
  await replay(other.request);
  await replay((await browser.newContext()).request);
  await replay((await viewAsContact(browser, staff, contractor.id)).request);
  expect(await description()).toBe("First draft");

  await replay(page.request);
  await expect.poll(description).toBe("Corrected");
});
