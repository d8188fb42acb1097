import { createHash, randomBytes } from "node:crypto";
import postgres from "postgres";
import type { Page } from "@playwright/test";
import { appCode, emailedLink, enrolInTwoFactor, expect, signOut, STRONG_PASSWORD, test } from "../fixtures";
import { E2E_FRESH_BASE_URL, E2E_FRESH_DATABASE_URL } from "../settings";

// A real deployment's first start (npm start, no DEMO_DATA): no demo business, no published
// passwords, a one-time setup link; the owner sets up, chooses a password, must set up two-factor
// sign-in (a real business requires it of owners and admins) and lands in the console. Then the
// owner brings in an admin, who does the same and signs in with a code, then a recovery code.

test.describe.configure({ mode: "serial" });
const OWNER = "iris@fenwick.example";
let ownerKey = "";

const fresh = postgres(E2E_FRESH_DATABASE_URL, { max: 1, onnotice: () => {} });
test.afterAll(() => fresh.end());

// The launcher prints the link; the test makes one the same way (a random token, stored hashed).
async function setupLink() {
  const raw = randomBytes(32).toString("base64url");
  await fresh`update tokens set cancelled_at = now() where purpose = 'setup' and used_at is null`;
  await fresh`insert into tokens (purpose, token_hash, expires_at) values ('setup', ${createHash("sha256").update(raw).digest("hex")}, now() + interval '1 day')`;
  return `${E2E_FRESH_BASE_URL}/setup/${raw}`;
}

test("the demo passwords do not work; the owner sets the business up once, enrols in two-factor and lands in the console", async ({
  page,
}) => {
  await page.goto(`${E2E_FRESH_BASE_URL}/sign-in`);
  await page.getByLabel("Email").fill("owner@brightwater.example");
  await page.getByLabel("Password", { exact: true }).fill("lantern-harbour-owner-82");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "Sign-in failed" })).toContainText("did not match");

  const link = await setupLink();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Set up your portal" })).toBeVisible();
  await page.getByLabel("Business name").fill("Fenwick & Daughters");
  await page.getByLabel("Your name").fill("Iris Fenwick");
  await page.getByLabel("Your email").fill(OWNER);
  await page.getByRole("button", { name: "Set up the portal" }).click();
  await expect(page.getByRole("status", { name: "Set up" })).toContainText(OWNER);

  await page.getByRole("link", { name: "choose your password" }).click();
  await page.getByLabel("New password", { exact: true }).fill(STRONG_PASSWORD);
  await page.getByLabel("Confirm password").fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page.getByRole("heading", { name: "Set up two-factor sign-in" })).toBeVisible();
  // Nothing else opens until it is done.
  await page.goto(`${E2E_FRESH_BASE_URL}/console`);
  await expect(page).toHaveURL(/\/sign-in\/enrol$/);
  ownerKey = (await enrolInTwoFactor(page)).setupKey;
  await page.getByRole("link", { name: "I have saved them, continue" }).click();
  await expect(page.getByRole("heading", { name: "What needs you" })).toBeVisible();

  // The setup page is gone, for that link and any other.
  expect((await page.request.get(link)).status()).toBe(404);
  expect((await page.request.get(`${E2E_FRESH_BASE_URL}/setup/${randomBytes(32).toString("base64url")}`)).status()).toBe(404);
});

async function signInWithPassword(page: Page, email: string) {
  await page.goto(`${E2E_FRESH_BASE_URL}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
}

test("the owner invites an admin, who enrols, then signs in with a code and with a recovery code", async ({ page, browser }) => {
  await signInWithPassword(page, OWNER);
  await enterCode(page, appCode(ownerKey, 1));
  await expect(page.getByRole("heading", { name: "What needs you" })).toBeVisible();
  await page.goto(`${E2E_FRESH_BASE_URL}/console/team`);
  const invite = page.getByRole("form", { name: "Invite a colleague" });
  await invite.getByLabel("Name").fill("Noor Fenwick");
  await invite.getByLabel("Email").fill("noor@fenwick.example");
  await invite.getByLabel("Role").selectOption("admin");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status", { name: "Invite a colleague" })).toContainText("noor@fenwick.example");

  const admin = await (await browser.newContext()).newPage();
  await admin.goto(`${E2E_FRESH_BASE_URL}${await emailedLink("noor@fenwick.example", "/team-invitation/", fresh)}`);
  await admin.getByLabel("New password", { exact: true }).fill(STRONG_PASSWORD);
  await admin.getByLabel("Confirm password").fill(STRONG_PASSWORD);
  await admin.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(admin.getByRole("heading", { name: "Set up two-factor sign-in" })).toBeVisible();
  const { setupKey, recoveryCodes } = await enrolInTwoFactor(admin);
  await admin.getByRole("link", { name: "I have saved them, continue" }).click();
  await expect(admin.getByRole("heading", { name: "What needs you" })).toBeVisible();
  await signOut(admin);

  // With a code from the app (a later one than enrolment used: each code works once).
  await signInWithPassword(admin, "noor@fenwick.example");
  await enterCode(admin, "000000");
  await expect(admin.getByRole("alert", { name: "Sign-in failed" })).toContainText("did not work");
  await enterCode(admin, appCode(setupKey, 1));
  await expect(admin.getByRole("heading", { name: "What needs you" })).toBeVisible();
  await signOut(admin);

  // With a recovery code, once.
  await signInWithPassword(admin, "noor@fenwick.example");
  await enterCode(admin, recoveryCodes[0]!);
  await expect(admin.getByRole("heading", { name: "What needs you" })).toBeVisible();

  // The owner's Team list shows it on, and the owner may reset it.
  await page.reload();
  const row = page.getByRole("row", { name: /Noor Fenwick/ });
  await expect(row.getByRole("cell", { name: "On", exact: true })).toBeVisible();
  await row.getByRole("button", { name: "Reset two-factor of Noor Fenwick" }).click();
  await expect(row.getByRole("cell", { name: "Off", exact: true })).toBeVisible();
  await admin.reload();
  await expect(admin).toHaveURL(/\/sign-in$/);
});
