import { randomUUID } from "node:crypto";
import { expect, openAsStaff, signIn, sql, STRONG_PASSWORD, strongPasswordHash, test } from "../fixtures";

// The role table (db/access/staff-roles.ts) decides every console page and action: a member works
// with clients but gets the 404 of a missing page for Settings, the audit log and Branding, and
// the navigation offers only what the role may open.

async function createStaff(role: "owner" | "member" | "designer") {
  const email = `${role}-${randomUUID()}@example.test`;
  await sql`insert into users (kind, staff_role, name, email, password_hash) values ('staff', ${role}, ${`Morgan ${role}`}, ${email}, ${await strongPasswordHash()})`;
  return email;
}

test("a member works with accounts and contacts but cannot open Settings, the audit log or Branding", async ({ page }) => {
  await signIn(page, await createStaff("member"), STRONG_PASSWORD);
  await expect(page.getByRole("heading", { name: "What needs you" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Console" });
  await expect(nav.getByRole("link", { name: "Contacts" })).toBeVisible();
  for (const hidden of ["Settings", "Audit log", "Branding", "Team"]) await expect(nav.getByRole("link", { name: hidden })).toHaveCount(0);
  for (const path of ["/console/settings", "/console/audit", "/console/branding", "/console/team"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  await page.goto("/console/contacts");
  await expect(page.getByRole("heading", { name: "Contacts" })).toBeVisible();
});

test("a member posting a Settings action changes nothing", async ({ page, browser, staff }) => {
  // An admin's Settings pages supply the real actions; the member's session posts them.
  const admin = await (await browser.newContext()).newPage();
  await openAsStaff(admin, staff, "/console/settings");
  const adminAgain = await admin.context().newPage();
  await adminAgain.goto("/console/settings");
  const settings = () => sql`select embed_origins, sign_off_link_days, sign_off_reminder_days from business_settings where id = 1`;
  const [before] = await settings();

  await signIn(page, await createStaff("member"), STRONG_PASSWORD);
  await expect(page.getByRole("heading", { name: "What needs you" })).toBeVisible();
  const cookies = await page.context().cookies();
  await admin.context().clearCookies();
  await admin.context().addCookies(cookies);
  const posted = (on: typeof admin) =>
    on.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/console/settings");

  await admin.getByLabel("Websites allowed to use it").fill("https://member-was-here.example");
  await Promise.all([posted(admin), admin.getByRole("button", { name: "Save websites" }).click()]);
  const signOffDefaults = adminAgain.getByRole("form", { name: "Sign-off defaults" });
  await signOffDefaults.getByLabel("Links last (days)").fill("89");
  await Promise.all([posted(adminAgain), signOffDefaults.getByRole("button", { name: "Save" }).click()]);
  const [after] = await settings();
  expect(after).toEqual(before);
});

test("only an owner changes how clients pay: an admin sees it read-only, and the owner's form posted by an admin changes nothing", async ({
  page,
  browser,
  staff,
}) => {
  await openAsStaff(page, staff, "/console/settings");
  const payments = page.getByRole("region", { name: "Payments" });
  await expect(payments).toContainText("Only an owner can change how clients pay.");
  await expect(page.getByRole("form", { name: "Payment settings" })).toHaveCount(0);

  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, await createStaff("owner"), STRONG_PASSWORD);
  await owner.goto("/console/settings");
  const form = owner.getByRole("form", { name: "Payment settings" });
  await expect(form).toBeVisible();
  const settings = () => sql`select allow_part_payments, bank_transfer_instructions, receipt_copy_to from business_settings where id = 1`;
  const [before] = await settings();
  await form.getByLabel("Send a copy of every receipt to").fill("admin-was-here@example.test");
  await owner.context().clearCookies();
  await owner.context().addCookies(await page.context().cookies());
  await Promise.all([
    owner.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/console/settings"),
    form.getByRole("button", { name: "Save" }).click(),
  ]);
  expect(await settings()).toEqual([before]);
});

test("the team page: no session goes to sign in, a client gets a 404, and a made-up team invitation is refused", async ({
  page,
  activeContact,
}) => {
  await page.goto("/console/team");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto(`/team-invitation/${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "This invitation link is not valid" })).toBeVisible();
  await signIn(page, activeContact.email, activeContact.password);
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  await page.goto("/console/team");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("an admin cannot act on an owner, even by posting the form for someone else", async ({ page, staff }) => {
  // `staff` is an admin; the owner row offers them no controls, and a forged post changes nothing.
  const ownerEmail = `owner-${randomUUID()}@example.test`;
  const [owner] = await sql<
    { id: string }[]
  >`insert into users (kind, staff_role, name, email) values ('staff', 'owner', 'Quinn Owner', ${ownerEmail}) returning id`;
  await openAsStaff(page, staff, "/console/team");
  await expect(page.getByRole("row", { name: /Quinn Owner/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Deactivate Quinn Owner" })).toHaveCount(0);
  // Take the deactivate form of a member the admin may manage, and point it at the owner.
  const memberEmail = `member-${randomUUID()}@example.test`;
  await sql`insert into users (kind, staff_role, name, email) values ('staff', 'member', ${`Mel ${memberEmail.slice(7, 15)}`}, ${memberEmail})`;
  await page.reload();
  const form = page.getByRole("button", { name: new RegExp(`Deactivate Mel ${memberEmail.slice(7, 15)}`) });
  await form.evaluate(
    (button, id) => ((button.closest("form")!.querySelector('input[name="userId"]') as HTMLInputElement).value = id),
    owner!.id,
  );
  await form.click();
  await expect(page.getByRole("alert", { name: /Access of Mel/ })).toContainText("Only an owner can do that to an owner");
  const [after] = await sql<{ login_state: string }[]>`select login_state from users where id = ${owner!.id}`;
  expect(after!.login_state).toBe("inherit");
});
