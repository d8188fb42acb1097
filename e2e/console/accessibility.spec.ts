import AxeBuilder from "@axe-core/playwright";
import { createContact, expect, openAsStaff, sql, test } from "../fixtures";

// Pages found wanting by axe: the embed snippet on Settings could not be reached by keyboard to
// scroll, and an account's group checkboxes were 16 px targets.

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test("Settings' embed snippet can be reached and scrolled by keyboard", async ({ page, staff }) => {
  await openAsStaff(page, staff, "/console/settings");
  const snippet = page.getByRole("region", { name: "HTML to paste into your site" });
  await snippet.focus();
  await expect(snippet).toBeFocused();
  const scan = await new AxeBuilder({ page }).withTags(wcag).include('section[aria-labelledby="embed-heading"]').analyze();
  expect(scan.violations).toEqual([]);
});

test("an account's group members are chosen with targets of at least 24 px", async ({ page, staff }) => {
  const client = await createContact();
  await sql`insert into contact_groups (account_id, name) values (${client.accountId}, 'Finance')`;
  await openAsStaff(page, staff, `/console/accounts/${client.accountId}`);
  const box = await page.getByRole("checkbox", { name: client.name }).first().boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(24);
  expect(box!.height).toBeGreaterThanOrEqual(24);
  const scan = await new AxeBuilder({ page }).withTags(wcag).withRules(["target-size"]).analyze();
  expect(scan.violations).toEqual([]);
});
