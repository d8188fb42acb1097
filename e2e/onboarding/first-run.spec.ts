import { createHash, randomBytes } from "node:crypto";
import postgres from "postgres";
import { expect, STRONG_PASSWORD, test } from "../fixtures";
import { E2E_FRESH_BASE_URL, E2E_FRESH_DATABASE_URL } from "../settings";

// A real deployment's first start (npm start, no DEMO_DATA): no demo business, no published
// passwords, a one-time setup link; the owner sets up, chooses a password and lands in the console.

const fresh = postgres(E2E_FRESH_DATABASE_URL, { max: 1, onnotice: () => {} });
test.afterAll(() => fresh.end());

// The launcher prints the link; the test makes one the same way (a random token, stored hashed).
async function setupLink() {
  const raw = randomBytes(32).toString("base64url");
  await fresh`update tokens set cancelled_at = now() where purpose = 'setup' and used_at is null`;
  await fresh`insert into tokens (purpose, token_hash, expires_at) values ('setup', ${createHash("sha256").update(raw).digest("hex")}, now() + interval '1 day')`;
  return `${E2E_FRESH_BASE_URL}/setup/${raw}`;
}

test("the demo passwords do not work, the owner sets the business up once, and lands in the console", async ({ page }) => {
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
  await page.getByLabel("Your email").fill("iris@fenwick.example");
  await page.getByRole("button", { name: "Set up the portal" }).click();
  await expect(page.getByRole("status", { name: "Set up" })).toContainText("iris@fenwick.example");

  await page.getByRole("link", { name: "choose your password" }).click();
  await page.getByLabel("New password", { exact: true }).fill(STRONG_PASSWORD);
  await page.getByLabel("Confirm password").fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page.getByRole("heading", { name: "Accounts" })).toBeVisible();

  // The setup page is gone, for that link and any other.
  expect((await page.request.get(link)).status()).toBe(404);
  expect((await page.request.get(`${E2E_FRESH_BASE_URL}/setup/${randomBytes(32).toString("base64url")}`)).status()).toBe(404);
});
