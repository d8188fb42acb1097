import { randomUUID } from "node:crypto";
import { createContact, expect, setContactRules, signIn, sql, test, viewAsContact } from "../fixtures";
import { captureAction } from "./capture-action";

// Submitting a support form is a public POST endpoint: replayed by a contact who may not use forms,
// by nobody, or by staff viewing as the client, it opens nothing; the client's own replay opens one.

test("submitting a form, replayed by others or while viewed as, opens nothing", async ({ page, browser, staff }) => {
  const client = await createContact({ withPassword: true });
  const outsider = await createContact({ withPassword: true });
  await setContactRules(client.id, ["forms.view", "tickets.view"], true);
  await setContactRules(outsider.id, ["forms.view"], false);
  const title = `Guarded form ${randomUUID().slice(0, 6)}`;
  const [form] = await sql<{ id: string }[]>`
    insert into web_forms (title, fields) values (${title}, ${sql.json([{ label: "Question", kind: "text" }])}) returning id`;
  const opened = async () => (await sql`select id from tickets where subject = ${title}`).length;

  await signIn(page, client.email, client.password);
  await page.goto(`/forms/${form!.id}`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Question").fill("Is this safe?");
  const replay = await captureAction(page, () => page.getByRole("button", { name: "Send" }).click());

  const other = await (await browser.newContext()).newPage();
  await signIn(other, outsider.email, outsider.password);
  await replay(other.request);
  await replay((await browser.newContext()).request);
  await replay((await viewAsContact(browser, staff, client.id)).request);
  expect(await opened()).toBe(0);

  await replay(page.request);
  await expect.poll(opened).toBe(1);
});
