import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { createContact, expect, setContactRules, signIn, sql, test, viewAsContact } from "../fixtures";

// The upload route is a public POST endpoint: another account's contact, a contact without
// "upload files", nobody, staff viewing as the client and a cross-site page all store nothing;
// the client's own upload is stored.

function uploadTo(request: APIRequestContext, projectId: string, name: string, headers: Record<string, string> = {}) {
  return request.post("/api/files", {
    headers: {
      "x-upload": "1",
      "x-record-type": "project",
      "x-record-id": projectId,
      "x-file-name": encodeURIComponent(name),
      "x-request-key": randomUUID(),
      "content-type": "application/octet-stream",
      ...headers,
    },
    data: Buffer.from("hello"),
    maxRedirects: 0,
  });
}

test("uploading to a project, by anyone but the client, stores nothing", async ({ page, browser, staff, baseURL }) => {
  const client = await createContact({ withPassword: true });
  const outsider = await createContact({ withPassword: true });
  const without = await createContact({ withPassword: true });
  for (const person of [client, outsider]) await setContactRules(person.id, ["projects.view", "files.upload"], true);
  await setContactRules(without.id, ["projects.view"], true);
  await setContactRules(without.id, ["files.upload"], false);
  await sql`insert into account_contacts (account_id, contact_id) values (${client.accountId}, ${without.id})`;
  const [project] = await sql<
    { id: string }[]
  >`insert into projects (account_id, name) values (${client.accountId}, 'Guarded files') returning id`;
  const name = `guarded-${randomUUID().slice(0, 6)}.txt`;
  const origin = { origin: new URL(baseURL!).origin };
  const stored = async () => (await sql`select id from files where name = ${name}`).length;

  const as = async (person: { email: string; password: string }) => {
    const other = await (await browser.newContext()).newPage();
    await signIn(other, person.email, person.password);
    return other.request;
  };
  expect((await uploadTo(await as(outsider), project!.id, name, origin)).status()).toBe(404);
  expect((await uploadTo(await as(without), project!.id, name, origin)).status()).toBe(404);
  expect((await uploadTo((await browser.newContext()).request, project!.id, name, origin)).status()).toBe(401);
  const viewing = await viewAsContact(browser, staff, client.id);
  expect((await uploadTo(viewing.request, project!.id, name, origin)).status()).toBe(404);

  await signIn(page, client.email, client.password);
  expect((await uploadTo(page.request, project!.id, name, { origin: "https://elsewhere.example" })).status()).toBe(403);
  expect((await uploadTo(page.request, project!.id, name, { ...origin, "x-upload": "" })).status()).toBe(403);
  expect(await stored()).toBe(0);

  expect((await uploadTo(page.request, project!.id, name, origin)).status()).toBe(201);
  expect(await stored()).toBe(1);
});
