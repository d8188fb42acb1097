import { randomUUID } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import { recordKindList, recordKinds, viewCapabilityOf } from "../../lib/record-kinds";
import { createContact, createRecords, expect, setContactRules, signIn, sql, test, viewCapabilities } from "../fixtures";

// Every portal page and download: the rightful contact gets in; a contact of another account and
// a contact at the same account without the capability get the very same 404 as a record that does
// not exist; without a session, a real record and a made-up one both lead to sign-in. The tests use
// real ids, so nothing rests on ids being hard to guess.

// One per kind of record in the registry, then the knowledge base and forms.
const routesFor = (ids: Awaited<ReturnType<typeof createRecords>>) => [
  ...recordKindList.map((kind) => ({
    path: `/${recordKinds[kind].folder}`,
    detail: `/${recordKinds[kind].folder}/${ids[kind]}`,
    capability: viewCapabilityOf(kind),
  })),
  { path: "/knowledge", detail: `/knowledge/${ids.article}`, capability: "knowledge.view" },
  { path: "/forms", detail: `/forms/${ids.form}`, capability: "forms.view" },
];

async function signedIn(browser: import("@playwright/test").Browser, person: { email: string; password: string; name: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, person.email, person.password);
  await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
  return context;
}

const statusOf = async (context: BrowserContext, path: string) => (await context.request.get(path, { maxRedirects: 0 })).status();

test("portal pages and downloads: rightful contact in; other account, no capability and no session refused like a missing record", async ({
  browser,
}) => {
  const owner = await createContact({ withPassword: true });
  const outsider = await createContact({ withPassword: true });
  const [colleagueRow] = await sql<
    { id: string }[]
  >`insert into users (kind, name, email, password_hash) select 'contact', 'Colleague Without', ${`no-cap-${randomUUID()}@example.test`}, password_hash from users where id = ${owner.id} returning id`;
  await sql`insert into account_contacts (account_id, contact_id) values (${owner.accountId}, ${colleagueRow!.id})`;
  const [colleague] = await sql<{ email: string }[]>`select email from users where id = ${colleagueRow!.id}`;
  const ids = await createRecords(owner.accountId, owner.id, `sec-${randomUUID().slice(0, 8)}`);
  await setContactRules(owner.id, viewCapabilities, true);
  await setContactRules(outsider.id, viewCapabilities, true);
  await setContactRules(colleagueRow!.id, viewCapabilities, false);

  const ownerContext = await signedIn(browser, owner);
  const outsiderContext = await signedIn(browser, outsider);
  const deniedContext = await signedIn(browser, { email: colleague!.email, password: owner.password, name: "Colleague Without" });
  const anonymous = await browser.newContext();

  const routes = routesFor(ids);
  const downloads = [`/invoices/${ids.invoice}/pdf`, `/files/${ids.file}`];
  for (const route of routes) {
    const missing = route.detail.replace(/[^/]+$/, randomUUID());
    expect(await statusOf(ownerContext, route.path), route.path).toBe(200);
    expect(await statusOf(ownerContext, route.detail), route.detail).toBe(200);
    expect(await statusOf(ownerContext, missing), missing).toBe(404);
    expect(await statusOf(outsiderContext, route.detail), `other account ${route.detail}`).toBe(404);
    expect(await statusOf(deniedContext, route.path), `no capability ${route.path}`).toBe(404);
    expect(await statusOf(deniedContext, route.detail), `no capability ${route.detail}`).toBe(404);
    const [real, madeUp] = await Promise.all([
      anonymous.request.get(route.detail, { maxRedirects: 0 }),
      anonymous.request.get(missing, { maxRedirects: 0 }),
    ]);
    expect(real.status(), `no session ${route.detail}`).toBe(307);
    expect(real.headers().location).toBe(madeUp.headers().location);
  }
  for (const path of downloads) {
    expect(await statusOf(ownerContext, path), path).toBe(200);
    expect(await statusOf(outsiderContext, path), `other account ${path}`).toBe(404);
    expect(await statusOf(deniedContext, path), `no capability ${path}`).toBe(404);
    expect(await statusOf(anonymous, path), `no session ${path}`).toBe(307);
  }
  expect(await statusOf(deniedContext, "/files")).toBe(404);

  // The 404 for a forbidden record reads exactly like the one for a record that never existed.
  const page = await deniedContext.newPage();
  await page.goto(`/projects/${ids.project}`);
  const forbidden = await page.getByRole("main").innerText();
  await page.goto(`/projects/${randomUUID()}`);
  expect(await page.getByRole("main").innerText()).toBe(forbidden);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  // The navigation offers only what may be opened.
  const nav = await ownerContext.newPage();
  await nav.goto("/");
  await expect(nav.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Projects" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Projects" })).toHaveCount(0);
});
