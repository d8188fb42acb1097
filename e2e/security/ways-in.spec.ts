import type { Page } from "@playwright/test";
import { expect, signIn, sql, test } from "../fixtures";

// Every way of presenting a password shares one check and its limits (10 tries per address per
// 15 minutes), a client cannot choose the address it is counted under, and signing out ends the
// session on the server.

const SITE = "http://www.brightwater-site.example";

async function useUpAttempts(page: Page, email: string) {
  for (let attempt = 0; attempt < 10; attempt++) {
    await signIn(page, email, `wrong-guess-number-${attempt}`);
    await expect(page.getByRole("alert", { name: "Sign-in failed" })).toBeVisible();
  }
}

test("Auth.js's own endpoints are not mounted: no password is taken there", async ({ request, activeContact }) => {
  expect((await request.get("/api/auth/csrf")).status()).toBe(404);
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email: activeContact.email, password: activeContact.password, csrfToken: "x" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(404);
  expect(response.headers()["set-cookie"] ?? "").not.toContain("authjs.session-token");
});

test("after ten wrong guesses the sign-in page refuses the right password too", async ({ page, activeContact }) => {
  await useUpAttempts(page, activeContact.email);
  await signIn(page, activeContact.email, activeContact.password);
  await expect(page.getByRole("alert", { name: "Sign-in failed" })).toContainText("Too many requests");
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  const [throttled] =
    await sql`select ip from audit_events where action = 'sign_in.throttled' and detail->>'email' = ${activeContact.email}`;
  expect(throttled).toBeDefined();
});

test("the embeddable form counts against the same limit", async ({ page, request, activeContact }) => {
  await sql`update business_settings set embed_origins = array[${SITE}]::text[] where not (${SITE} = any(embed_origins))`;
  await useUpAttempts(page, activeContact.email);
  const response = await request.post("/api/embed/sign-in", {
    headers: { Origin: SITE },
    form: { Login: activeContact.email, Pass: activeContact.password },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toContain("/sign-in?error=embed");
  expect(response.headers()["set-cookie"] ?? "").not.toContain("authjs.session-token");
});

test("a made-up X-Forwarded-For is not believed: attempts are counted, and logged, under the real address", async ({
  page,
  activeContact,
}) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.77", "X-Real-IP": "203.0.113.78" });
  await signIn(page, activeContact.email, "not-the-right-password");
  await expect(page.getByRole("alert", { name: "Sign-in failed" })).toBeVisible();
  const rows = await sql<
    { ip: string }[]
  >`select ip from audit_events where action = 'sign_in.failed' and subject_user_id = ${activeContact.id}`;
  // The browser reaches the test server over loopback (IPv4 or IPv6, as localhost resolves).
  expect(rows).toHaveLength(1);
  expect(rows[0]!.ip).toMatch(/^(127\.0\.0\.1|::1)$/);
});

test("a copy of the session cookie stops working once that browser signs out", async ({ browser, page, activeContact }) => {
  await signIn(page, activeContact.email, activeContact.password);
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  const copied = await page.context().storageState();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  const replay = await (await browser.newContext({ storageState: copied })).newPage();
  await replay.goto("/");
  await expect(replay).toHaveURL(/\/sign-in$/);
});

test("the list of places you are signed in ends another device's session, and only your own", async ({
  browser,
  page,
  activeContact,
  staff,
}) => {
  await signIn(page, activeContact.email, activeContact.password);
  const phone = await (
    await browser.newContext({
      userAgent:
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
    })
  ).newPage();
  await signIn(phone, activeContact.email, activeContact.password);
  await expect(phone.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();

  await page.goto("/sessions");
  await expect(page.getByRole("heading", { name: "Where you are signed in" })).toBeVisible();
  await expect(page.getByText("This browser")).toBeVisible();
  await page.getByRole("button", { name: "Sign out Safari on iOS" }).click();
  await expect(page.getByRole("button", { name: "Sign out Safari on iOS" })).toHaveCount(0);
  await phone.reload();
  await expect(phone).toHaveURL(/\/sign-in$/);

  // Another person's session id, posted to the same action, changes nothing.
  const staffPage = await (await browser.newContext()).newPage();
  await signIn(staffPage, staff.email, staff.password);
  await expect(staffPage.getByRole("heading", { name: "What needs you" })).toBeVisible();
  const [staffSession] = await sql<{ id: string }[]>`select id from sessions where user_id = ${staff.id} and ended_at is null`;
  await page.goto("/sessions");
  await page
    .locator('input[name="sessionId"]')
    .first()
    .evaluate((input, id) => ((input as HTMLInputElement).value = id), staffSession!.id);
  await page.getByRole("button", { name: /this browser/ }).click();
  await staffPage.goto("/console/sessions");
  await expect(staffPage.getByRole("heading", { name: "Where you are signed in" })).toBeVisible();
  const [stillOpen] = await sql`select 1 from sessions where id = ${staffSession!.id} and ended_at is null`;
  expect(stillOpen).toBeDefined();
});

test("without a session the lists of sessions send you to sign in", async ({ page }) => {
  for (const path of ["/sessions", "/console/sessions"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in$/);
  }
});

test("a client asking for the console gets the 404 of a missing page, and the refusal is in the audit log", async ({
  page,
  activeContact,
}) => {
  await signIn(page, activeContact.email, activeContact.password);
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  await page.goto("/console/contacts");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const rows = await sql<
    { detail: { reason: string } }[]
  >`select detail from audit_events where action = 'security.refused' and actor_user_id = ${activeContact.id}`;
  expect(rows.map((row) => row.detail.reason)).toEqual(["console_as_client"]);
});

test("the load benchmark's floor page does not exist unless the benchmark turns it on", async ({ request }) => {
  expect((await request.get("/load-floor")).status()).toBe(404);
});
