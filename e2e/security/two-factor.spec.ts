import { randomUUID } from "node:crypto";
import {
  appCode,
  enrolInTwoFactor,
  expect,
  openAsStaff,
  signIn,
  signOut,
  sql,
  STRONG_PASSWORD,
  strongPasswordHash,
  test,
} from "../fixtures";

// Two-factor's security cases: a right password alone opens nothing, a code works once, and only
// an owner may reset a colleague's two-factor or decide whether owners and admins need it.

async function createStaff(role: "owner" | "admin" | "member") {
  const email = `${role}-${randomUUID()}@example.test`;
  const name = `${role} ${randomUUID().slice(0, 8)}`;
  const [row] = await sql<
    { id: string }[]
  >`insert into users (kind, staff_role, name, email, password_hash) values ('staff', ${role}, ${name}, ${email}, ${await strongPasswordHash()}) returning id`;
  return { id: row!.id, email, name };
}

test("a right password waiting for its code opens no page, and a code replayed is refused", async ({ page, activeContact }) => {
  await signIn(page, activeContact.email, activeContact.password);
  await page.goto("/two-factor?enrol=1");
  const { setupKey } = await enrolInTwoFactor(page);
  await signOut(page);

  await signIn(page, activeContact.email, activeContact.password);
  await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
  for (const path of ["/", "/invoices", "/sessions", "/two-factor", "/console"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in\/two-factor$/);
  }
  const code = appCode(setupKey, 1);
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  await signOut(page);

  await signIn(page, activeContact.email, activeContact.password);
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert", { name: "Sign-in failed" })).toContainText("did not work");
  const [failure] = await sql`select 1 from audit_events where subject_user_id = ${activeContact.id} and action = 'two_factor.failed'`;
  expect(failure).toBeDefined();

  // Cancelling ends the waiting session: back to the sign-in page.
  await page.getByRole("button", { name: "Cancel and sign in as someone else" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("an admin or a member posting the owner-only two-factor actions changes nothing", async ({ page, browser }) => {
  const owner = await createStaff("owner");
  const colleague = await createStaff("member");
  await sql`insert into two_factor_secrets (user_id, sealed_secret, confirmed_at) values (${colleague.id}, 'v1.x.x.x', now())`;
  const [before] = await sql<
    { require_two_factor_for_admins: boolean }[]
  >`select require_two_factor_for_admins from business_settings where id = 1`;

  // The owner's pages supply the real forms; another role's session posts them.
  const ownerPage = await (await browser.newContext()).newPage();
  await signIn(ownerPage, owner.email, STRONG_PASSWORD);
  for (const role of ["admin", "member"] as const) {
    const other = await createStaff(role);
    await page.context().clearCookies();
    await signIn(page, other.email, STRONG_PASSWORD);
    await expect(page.getByRole("heading", { name: "What needs you" })).toBeVisible();
    const cookies = await page.context().cookies();

    await ownerPage.goto("/console/team");
    await ownerPage.context().clearCookies();
    await ownerPage.context().addCookies(cookies);
    await Promise.all([
      ownerPage.waitForResponse(
        (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/console/team",
      ),
      ownerPage.getByRole("button", { name: `Reset two-factor of ${colleague.name}` }).click(),
    ]);
    await ownerPage.context().clearCookies();
    await signIn(ownerPage, owner.email, STRONG_PASSWORD);

    await ownerPage.goto("/console/settings");
    await ownerPage.context().clearCookies();
    await ownerPage.context().addCookies(cookies);
    await ownerPage.getByLabel("Require two-factor sign-in for owners and admins").setChecked(!before!.require_two_factor_for_admins);
    await Promise.all([
      ownerPage.waitForResponse(
        (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/console/settings",
      ),
      ownerPage.getByRole("form", { name: "Two-factor for the team" }).getByRole("button", { name: "Save" }).click(),
    ]);
    await ownerPage.context().clearCookies();
    await signIn(ownerPage, owner.email, STRONG_PASSWORD);
  }
  const [still] = await sql`select 1 from two_factor_secrets where user_id = ${colleague.id}`;
  expect(still).toBeDefined();
  const [after] = await sql<
    { require_two_factor_for_admins: boolean }[]
  >`select require_two_factor_for_admins from business_settings where id = 1`;
  expect(after!.require_two_factor_for_admins).toBe(before!.require_two_factor_for_admins);
  const refusals =
    await sql`select 1 from audit_events where action = 'security.refused' and detail->>'reason' = 'role_lacks_team_security'`;
  expect(refusals.length).toBeGreaterThanOrEqual(2);
});

test("the demo business says two-factor is off for the team so its published sign-ins work", async ({ page, staff }) => {
  await openAsStaff(page, staff, "/console/settings");
  await expect(page.getByText("This is the demo business")).toBeVisible();
  // An admin sees the setting but only an owner may change it.
  await expect(page.getByText("Only an owner can change this.")).toBeVisible();
});
