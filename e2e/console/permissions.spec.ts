import { randomUUID } from "node:crypto";
import { createContact, expect, openAsStaff, setContactRules, signIn, sql, test } from "../fixtures";

async function projectsFor(accountId: string, names: string[]) {
  for (const name of names)
    await sql`insert into projects (account_id, name, budget_cents, budget_used_cents) values (${accountId}, ${name}, 1000000, 250000)`;
}

test("staff deny budgets for one project only; the client still sees every other budget", async ({ page, browser, staff }) => {
  const client = await createContact({ withPassword: true });
  const suffix = randomUUID().slice(0, 6);
  await projectsFor(client.accountId, [`Alpha ${suffix}`, `Bravo ${suffix}`, `Charlie ${suffix}`]);
  await setContactRules(client.id, ["projects.view", "projects.budget.view"], true);

  await openAsStaff(page, staff, `/console/projects?q=Bravo+${suffix}`);
  await page.getByRole("link", { name: `Bravo ${suffix}` }).click();
  await expect(page.getByRole("heading", { name: `Bravo ${suffix}` })).toBeVisible();
  const rules = page.getByRole("form", { name: "Record permissions" });
  await rules.getByLabel("See project budgets").selectOption("deny");
  await rules.getByRole("button", { name: "Save permissions" }).click();
  await expect(page.getByRole("status", { name: "Record permissions" })).toContainText("Permissions saved");

  const portal = await (await browser.newContext()).newPage();
  await signIn(portal, client.email, client.password);
  await portal.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Projects" }).click();
  await expect(portal.getByRole("heading", { name: "Projects" })).toBeVisible();
  for (const name of [`Alpha ${suffix}`, `Charlie ${suffix}`])
    await expect(portal.getByRole("row", { name: new RegExp(name) })).toContainText("£2,500.00 of £10,000.00");
  await expect(portal.getByRole("row", { name: new RegExp(`Bravo ${suffix}`) })).toContainText("Not shared");
  await portal.getByRole("link", { name: `Bravo ${suffix}` }).click();
  await expect(portal.getByRole("heading", { name: `Bravo ${suffix}` })).toBeVisible();
  await expect(portal.getByText("Budget", { exact: true })).toHaveCount(0);
});

test("a group's allow beats the account's deny, and the Explain panel names the group as the deciding layer", async ({
  page,
  browser,
  staff,
}) => {
  const client = await createContact({ withPassword: true });
  await projectsFor(client.accountId, ["Grouped project"]);
  await setContactRules(client.id, ["projects.view"], true);

  await openAsStaff(page, staff, `/console/accounts/${client.accountId}`);
  const accountRules = page.getByRole("form", { name: "Account permissions" });
  await accountRules.getByLabel("See project budgets").selectOption("deny");
  await accountRules.getByRole("button", { name: "Save permissions" }).click();
  await expect(page.getByRole("status", { name: "Account permissions" })).toContainText("Permissions saved");

  await page.getByLabel("New group name").fill("Managers");
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByRole("status", { name: "New group" })).toContainText("Group “Managers” created");
  const members = page.getByRole("form", { name: "Members of Managers" });
  await members.getByLabel(client.name).check();
  await members.getByRole("button", { name: "Save members" }).click();
  await expect(page.getByRole("status", { name: "Members of Managers" })).toContainText("Members saved");
  const groupRules = page.getByRole("form", { name: "Permissions of Managers" });
  await groupRules.getByLabel("See project budgets").selectOption("allow");
  await groupRules.getByRole("button", { name: "Save permissions" }).click();
  await expect(page.getByRole("status", { name: "Permissions of Managers" })).toContainText("Permissions saved");

  await page.goto(`/console/contacts/${client.id}`);
  const explain = page.getByRole("form", { name: "Explain a permission" });
  await explain.getByLabel("Permission").selectOption({ label: "See project budgets" });
  await explain.getByRole("button", { name: "Explain" }).click();
  const answer = page.getByRole("region", { name: "Explanation" }).getByRole("listitem");
  await expect(answer).toContainText("See project budgets allowed");
  await expect(answer.getByTestId("deciding-layer")).toHaveText("A group");
  await answer.getByRole("link", { name: "Change see project budgets there" }).click();
  await expect(page).toHaveURL(new RegExp(`/console/accounts/${client.accountId}#groups$`));

  const portal = await (await browser.newContext()).newPage();
  await signIn(portal, client.email, client.password);
  await portal.goto("/projects");
  await expect(portal.getByRole("row", { name: /Grouped project/ })).toContainText("£2,500.00 of £10,000.00");
});
