import { expect, sql, test } from "../fixtures";

async function emailedCode(to: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const [row] = await sql<
      { props: { code?: string } }[]
    >`select props from emails where to_address = ${to} and template = 'sign-in-code' order by created_at desc limit 1`;
    if (row?.props.code) return row.props.code;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No sign-in code reached ${to}`);
}

test("staff switch codes on; a client signs in with an emailed code, which then no longer works", async ({
  staffPage: page,
  browser,
  activeContact,
}) => {
  await page.goto("/console/settings");
  await page.getByLabel("Let clients sign in with an emailed code").check();
  await page.getByRole("form", { name: "Sign-in codes" }).getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status", { name: "Sign-in codes" })).toContainText("can now ask for a sign-in code");

  const client = await (await browser.newContext()).newPage();
  await client.goto("/sign-in");
  await client.getByRole("link", { name: "Email me a sign-in code" }).click();
  // The two steps are one client component: let it hydrate before typing into it.
  await client.waitForLoadState("networkidle");
  await client.getByLabel("Email", { exact: true }).fill(activeContact.email);
  await client.getByRole("button", { name: "Email me a code" }).click();
  await expect(client.getByRole("status", { name: "Sign-in code" })).toContainText(`If ${activeContact.email} can sign in with a code`);
  const code = await emailedCode(activeContact.email);
  await client.getByRole("textbox", { name: "Code" }).fill(code);
  await client.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(client.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();

  // Replayed: the same code from another browser is refused.
  const replay = await (await browser.newContext()).newPage();
  await replay.goto("/sign-in/code");
  await replay.waitForLoadState("networkidle");
  await replay.getByLabel("Email", { exact: true }).fill(activeContact.email);
  await replay.getByRole("button", { name: "Email me a code" }).click();
  await expect(replay.getByRole("textbox", { name: "Code" })).toBeVisible();
  await sql`update sign_in_codes set used_at = now() where used_at is null and user_id = ${activeContact.id}`; // the fresh code is not the one replayed
  await replay.getByRole("textbox", { name: "Code" }).fill(code);
  await replay.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(replay.getByRole("alert", { name: "Sign-in failed" })).toContainText("That code did not work");
});
