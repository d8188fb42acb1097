import { createContact, expect, openAsStaff, sql, test } from "../fixtures";
import { UNSAVED_QUESTION } from "../../components/ui/unsaved-changes";

// Forms that help: a warning before unsaved changes are lost, a busy button that cannot send twice,
// and the quick search.

test("leaving a page with unsaved changes asks first, and keeps them when the answer is no", async ({ page, staff }) => {
  const client = await createContact();
  await openAsStaff(page, staff, `/console/accounts/${client.accountId}`);
  const tags = page.getByLabel("Tags (comma-separated)");
  await tags.fill("vip, north");

  const questions: string[] = [];
  page.once("dialog", (dialog) => {
    questions.push(dialog.message());
    return dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Contacts" }).click();
  await expect.poll(() => questions).toEqual([UNSAVED_QUESTION]);
  await expect(page).toHaveURL(new RegExp(`/console/accounts/${client.accountId}$`));
  await expect(tags).toHaveValue("vip, north");

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Contacts" }).click();
  await expect(page).toHaveURL(/\/console\/contacts$/);

  // Once saved, leaving asks nothing.
  await page.goto(`/console/accounts/${client.accountId}`);
  await tags.fill("vip");
  await page.getByRole("button", { name: "Save tags" }).click();
  await expect(page.getByRole("status", { name: "Tags" })).toContainText("Tags saved");
  page.once("dialog", () => {
    throw new Error("No question was expected after saving");
  });
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Contacts" }).click();
  await expect(page).toHaveURL(/\/console\/contacts$/);
});

test("a slow submit shows its button busy and cannot be sent twice", async ({ page, staff }) => {
  const client = await createContact();
  await openAsStaff(page, staff, `/console/accounts/${client.accountId}`);
  // The server's answer is held back until the busy state has been seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let posts = 0;
  await page.route(`**/console/accounts/${client.accountId}`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    posts += 1;
    await held;
    await route.continue();
  });
  await page.getByLabel("Tags (comma-separated)").fill("slow");
  const save = page.getByRole("button", { name: "Save tags" });
  await save.click();
  await expect(save).toHaveAttribute("aria-busy", "true");
  await expect(save).toBeDisabled();
  await save.click({ force: true });
  await page.getByLabel("Tags (comma-separated)").press("Enter");
  release();
  await expect(page.getByRole("status", { name: "Tags" })).toContainText("Tags saved");
  await expect(save).not.toHaveAttribute("aria-busy");
  expect(posts).toBe(1);
  expect((await sql<{ tags: string[] }[]>`select tags from accounts where id = ${client.accountId}`)[0]!.tags).toEqual(["slow"]);
});

test("quick search opens with Ctrl+K and finds an account by its name from the keyboard", async ({ page, staff }) => {
  const client = await createContact();
  await openAsStaff(page, staff, "/console");
  await page.keyboard.press("Control+k");
  const search = page.getByRole("dialog", { name: "Quick search" });
  const input = search.getByRole("combobox", { name: "Search accounts, contacts and records" });
  await expect(input).toBeFocused();
  await input.fill(client.accountName);
  await expect(search.getByRole("option", { name: new RegExp(client.accountName) })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/console/accounts/${client.accountId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(client.accountName);

  await page.keyboard.press("/");
  await search.getByRole("combobox").fill(client.email);
  await expect(search.getByRole("option", { name: new RegExp(client.email) })).toContainText("Contact");
  await page.keyboard.press("Escape");
  await expect(search).toHaveCount(0);
});
