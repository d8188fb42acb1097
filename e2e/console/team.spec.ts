import { randomUUID } from "node:crypto";
import { emailedLink, expect, signIn, sql, STRONG_PASSWORD, strongPasswordHash, test } from "../fixtures";

async function createOwner() {
  const email = `owner-${randomUUID()}@example.test`;
  await sql`insert into users (kind, staff_role, name, email, password_hash) values ('staff', 'owner', 'Olivia Owner', ${email}, ${await strongPasswordHash()})`;
  return email;
}

test("an owner invites an admin, who joins by choosing a password; deactivating them ends their session", async ({ page, browser }) => {
  await signIn(page, await createOwner(), STRONG_PASSWORD);
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { name: "Team" })).toBeVisible();

  const suffix = randomUUID().slice(0, 8);
  const email = `admin-${suffix}@example.test`;
  const name = `Robin ${suffix}`;
  const invite = page.getByRole("form", { name: "Invite a colleague" });
  await invite.getByLabel("Name").fill(name);
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Role").selectOption("admin");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status", { name: "Invite a colleague" })).toContainText(`Invitation sent to ${email}`);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Invited");

  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto(await emailedLink(email, "/team-invitation/"));
  await expect(colleague.getByRole("heading", { name: `Welcome to the team, ${name}` })).toBeVisible();
  await colleague.getByLabel("New password", { exact: true }).fill(STRONG_PASSWORD);
  await colleague.getByLabel("Confirm password").fill(STRONG_PASSWORD);
  await colleague.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(colleague.getByRole("heading", { name: "What needs you" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Active");
  await page.getByRole("button", { name: `Deactivate ${name}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Deactivated");
  await colleague.reload();
  await expect(colleague).toHaveURL(/\/sign-in$/);
});

test("a refused invitation says why and keeps what was typed", async ({ page, activeContact }) => {
  await signIn(page, await createOwner(), STRONG_PASSWORD);
  await page.goto("/console/team");
  await page.waitForLoadState("networkidle");
  const invite = page.getByRole("form", { name: "Invite a colleague" });
  await invite.getByLabel("Name").fill("Taken Address");
  await invite.getByLabel("Email").fill(activeContact.email);
  await invite.getByLabel("Role").selectOption("designer");
  await invite.getByLabel("Message (optional)").fill("Welcome aboard");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("alert", { name: "Invite a colleague" })).toContainText("already has an account here");
  await expect(invite.getByLabel("Name")).toHaveValue("Taken Address");
  await expect(invite.getByLabel("Email")).toHaveValue(activeContact.email);
  await expect(invite.getByLabel("Role")).toHaveValue("designer");
  await expect(invite.getByLabel("Message (optional)")).toHaveValue("Welcome aboard");
});
