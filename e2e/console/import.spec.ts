import { randomUUID } from "node:crypto";
import { expect, signIn, sql, test } from "../fixtures";

test("CSV import: the preview counts what it will do and refuses bad rows alone, nothing is written until confirmed, the result is true, a re-import changes nothing; export defuses formulas", async ({
  page,
  staff,
}) => {
  const tag = randomUUID().slice(0, 8);
  const csv = [
    "account_number,account_name,email,name",
    `CSV-${tag},Imported ${tag},ivy-${tag}@example.test,Ivy`,
    `CSV-${tag},Imported ${tag},=1+1-${tag}@example,Formula`,
    `CSV-${tag},Imported ${tag},max-${tag}@example.test,=cmd|' /C calc'!A0`,
    `CSV-${tag},Imported ${tag},"broken-${tag}@example.test,Broken`,
  ].join("\n");
  const upload = async () => {
    await page.goto("/console/import");
    await page.getByLabel("Spreadsheet (CSV)").setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Check and preview" }).click();
    await expect(page.getByRole("heading", { name: "people.csv" })).toBeVisible();
  };
  const summary = page.getByLabel("What the import will do");

  await signIn(page, staff.email, staff.password);
  await upload();
  for (const [label, count] of [
    ["Create", 2],
    ["Update", 0],
    ["Unchanged", 0],
    ["Refused", 2],
  ] as const)
    await expect(summary).toContainText(new RegExp(`${label}\\s*${count}`));
  await expect(page.getByRole("row", { name: /^3 / })).toContainText("is not a valid email address");
  await expect(page.getByRole("row", { name: /^5 / })).toContainText('This line is not valid CSV: a quote (") is opened and never closed.');
  expect(await sql`select 1 from accounts where number = ${`CSV-${tag}`}`).toHaveLength(0);

  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByRole("status", { name: "Import progress" })).toContainText("Imported 2 of 4 rows; 2 refused", { timeout: 20_000 });
  await expect(page.getByRole("status", { name: "Import progress" })).toContainText("1 accounts created");
  expect(await sql`select email from users where email like ${`%-${tag}@example.test`} order by email`).toHaveLength(2);

  // The same file again: nothing would change, and the page says so instead of offering to import.
  await upload();
  await expect(summary).toContainText(/Create\s*0/);
  await expect(summary).toContainText(/Unchanged\s*2/);
  await expect(page.getByRole("status", { name: "Nothing to change" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import \d+ rows/ })).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.goto("/console/contacts");
  await page.getByRole("link", { name: "Export all as CSV" }).click();
  const file = await (await download).path();
  const exported = (await import("node:fs")).readFileSync(file, "utf8");
  expect(exported.split("\n")[0]).toBe("email,name,status,accounts");
  expect(exported).toContain(`max-${tag}@example.test,'=cmd|' /C calc'!A0,`);
});
