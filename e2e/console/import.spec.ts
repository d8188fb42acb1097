import { randomUUID } from "node:crypto";
import { expect, signIn, sql, test } from "../fixtures";

test("CSV import: preview shows the bad row, nothing is written until confirmed, then progress to done; export defuses formulas", async ({
  page,
  staff,
}) => {
  const tag = randomUUID().slice(0, 8);
  const csv = [
    "account_number,account_name,email,name",
    `CSV-${tag},Imported ${tag},ivy-${tag}@example.test,Ivy`,
    `CSV-${tag},Imported ${tag},=1+1-${tag}@example,Formula`,
    `CSV-${tag},Imported ${tag},max-${tag}@example.test,=cmd|' /C calc'!A0`,
  ].join("\n");

  await signIn(page, staff.email, staff.password);
  await page.getByRole("link", { name: "Import" }).click();
  await page.getByLabel("Spreadsheet (CSV)").setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check and preview" }).click();

  await expect(page.getByRole("heading", { name: "people.csv" })).toBeVisible();
  await expect(page.getByText("3 rows: 2 ready, 1 with problems")).toBeVisible();
  await expect(page.getByRole("row", { name: /^3 / })).toContainText("is not a valid email address");
  expect(await sql`select 1 from accounts where number = ${`CSV-${tag}`}`).toHaveLength(0);

  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByRole("status", { name: "Import progress" })).toContainText("Imported 3 of 3 rows", { timeout: 20_000 });
  await expect(page.getByRole("status", { name: "Import progress" })).toContainText("1 accounts created");
  expect(await sql`select email from users where email like ${`%-${tag}@example.test`} order by email`).toHaveLength(2);

  const download = page.waitForEvent("download");
  await page.goto("/console/contacts");
  await page.getByRole("link", { name: "Export all as CSV" }).click();
  const file = await (await download).path();
  const exported = (await import("node:fs")).readFileSync(file, "utf8");
  expect(exported.split("\n")[0]).toBe("email,name,status,accounts");
  expect(exported).toContain(`max-${tag}@example.test,'=cmd|' /C calc'!A0,`);
});
