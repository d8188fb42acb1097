import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { createContact, emailsTo, expect, sql, test } from "../fixtures";
import { pdfText } from "../pdf-text";
import { createColleague, createSentSignOff, signOffLinkSentTo } from "../sign-offs";

// Sign-offs end to end: staff ask two contacts to approve two files; each opens their emailed link
// without a password; one asks for changes, staff send a new version, both approve, and the
// certificate names them both. An expired link offers a fresh one.

/** A new browser following an emailed link: the page names the sign-off; its button opens it. */
async function openLink(browser: Browser, link: string, subject: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: subject })).toBeVisible();
  await page.getByRole("button", { name: "Open the sign-off" }).click();
  await expect(page).toHaveURL(/\/sign-offs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: subject, level: 1 })).toBeVisible();
  return page;
}

async function answer(page: Page, choice: "Approve" | "Request changes", name: string, comment = "") {
  const form = page.getByRole("form", { name: "Your answer" });
  await form.getByRole("radio", { name: new RegExp(`^${choice}`) }).check();
  if (comment) await form.getByRole("textbox", { name: "What should change" }).fill(comment);
  await form.getByLabel("Type your full name to confirm").fill(name);
  await form.getByRole("button", { name: "Send my answer" }).click();
}

test("staff ask two contacts to sign off two files; changes, a new round, both approve, the certificate names them", async ({
  staffPage: page,
  browser,
}) => {
  test.setTimeout(120_000);
  const client = await createContact();
  const colleague = await createColleague(client.accountId);
  const subject = `Homepage design ${randomUUID().slice(0, 6)}`;
  const [project] = await sql<{ id: string }[]>`
    insert into projects (account_id, name) values (${client.accountId}, ${`Website ${subject}`}) returning id`;

  await page.goto(`/console/projects/${project!.id}`);
  await page.getByRole("link", { name: "Ask for sign-off" }).click();
  const form = page.getByRole("form", { name: "New sign-off" });
  await form.getByLabel("Subject").fill(subject);
  await form.getByLabel("Instructions (optional)").fill("Check the **colours** and the logo.");
  await form.getByLabel(`Ask ${client.name} for`).selectOption("approver");
  await form.getByLabel(`Ask ${colleague.name} for`).selectOption("approver");
  await form.getByLabel(/Attach files/).setInputFiles([
    { name: "homepage.png", mimeType: "image/png", buffer: tinyPng() },
    { name: "logo.txt", mimeType: "text/plain", buffer: Buffer.from("The logo, version 1") },
  ]);
  await form.getByRole("button", { name: "Save draft and review" }).click();
  await expect(page).toHaveURL(/\/console\/sign-offs\/[0-9a-f-]{36}$/);
  const signOffId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByText("This is a draft")).toBeVisible();
  await expect(page.getByRole("link", { name: "logo.txt" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Preview of homepage.png" })).toBeVisible();
  await page.getByRole("button", { name: "Send for sign-off" }).click();
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page.getByText("Sent. Everyone on it is emailed their own link")).toBeVisible();

  // The first recipient comments on a file and asks for changes.
  const first = await openLink(browser, await signOffLinkSentTo(client.email, "requested"), subject);
  await expect(first.getByRole("link", { name: "logo.txt" })).toBeVisible();
  await expect(first.locator("strong", { hasText: "colours" })).toBeVisible();
  // Previews are shown inline, framed by our own pages only, and never sniffed into something else.
  const previewSrc = await first.getByRole("img", { name: "Preview of homepage.png" }).getAttribute("src");
  const preview = await first.request.get(previewSrc!);
  expect(preview.headers()).toMatchObject({
    "content-type": "image/png",
    "x-frame-options": "SAMEORIGIN",
    "x-content-type-options": "nosniff",
  });
  expect(preview.headers()["content-disposition"]).toMatch(/^inline;/);
  expect(preview.headers()["content-security-policy"]).toBe(
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
  );
  await first.getByText("Comment on this file").first().click();
  await first
    .getByRole("form", { name: /Comment on homepage.png/ })
    .getByRole("textbox")
    .fill("The blue is too dark.");
  await first
    .getByRole("form", { name: /Comment on homepage.png/ })
    .getByRole("button", { name: "Add comment" })
    .click();
  await expect(first.getByText("The blue is too dark.")).toBeVisible();
  await answer(first, "Request changes", client.name, "Make the logo bigger.");
  await expect(first.getByText("Your requested changes are sent")).toBeVisible();

  // Staff see it, and send a new version of the logo in round 2.
  await page.reload();
  await expect(page.getByRole("region", { name: "Who is asked" })).toContainText("Changes requested");
  await expect(page.getByText("The blue is too dark.")).toBeVisible();
  await page.getByRole("button", { name: "Start a new round" }).click();
  await page.getByRole("button", { name: "Start it" }).click();
  await expect(page.getByText("New round started")).toBeVisible();
  const round2 = page.getByRole("region", { name: /Round 2/ });
  await round2.getByRole("listitem").filter({ hasText: "logo.txt" }).getByRole("button", { name: "Take out of this round" }).click();
  await page.getByRole("button", { name: "Take it out" }).click();
  await expect(page.getByText("File taken out of this round.")).toBeVisible();
  await page
    .getByLabel("Add files: drop them here, or choose")
    .setInputFiles([{ name: "logo-v2.txt", mimeType: "text/plain", buffer: Buffer.from("The logo, version 2, bigger") }]);
  await expect(page.getByRole("region", { name: /Round 2/ }).getByRole("link", { name: "logo-v2.txt" })).toBeVisible();
  await page.getByRole("button", { name: "Send the new round" }).click();
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page.getByText("Sent. Everyone on it is emailed their own link")).toBeVisible();
  await expect(page.getByRole("region", { name: /Round 2 sent/ })).toBeVisible();

  // Both approve round 2; the second approval completes it.
  const firstAgain = await openLink(browser, await signOffLinkSentTo(client.email, "new_round"), subject);
  await answer(firstAgain, "Approve", client.name);
  await expect(firstAgain.getByText("Approved. The team has been told.")).toBeVisible();
  const second = await openLink(browser, await signOffLinkSentTo(colleague.email, "new_round"), subject);
  await answer(second, "Approve", colleague.name);
  await expect(second.getByText("Everyone has approved: the sign-off is complete.")).toBeVisible();
  expect((await emailsTo(client.email)).map((email) => email.props.moment)).toContain("complete");

  const download = second.waitForEvent("download");
  await second.getByRole("link", { name: "Download the certificate (PDF)" }).click();
  const certificate = pdfText(await readFile((await (await download).path())!));
  expect(certificate).toContain("Certificate of approval");
  expect(certificate).toContain(client.name);
  expect(certificate).toContain(colleague.name);
  expect(certificate).toContain("round 2");
  const [pinned] = await sql<{ sha256: string }[]>`
    select f.sha256 from sign_off_files f join sign_off_rounds r on r.id = f.round_id
    where r.sign_off_id = ${signOffId} and r.number = 2 and f.name = 'logo-v2.txt'`;
  expect(certificate).toContain(pinned!.sha256);

  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: /^Signed off/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download the certificate (PDF)" })).toBeVisible();
});

test("an expired link says so and emails a fresh one to the same address, which opens the sign-off", async ({ page, browser }) => {
  const client = await createContact();
  const signOff = await createSentSignOff(client.accountId, [client.id], { isLinkExpired: true });
  await page.goto(signOff.links[client.id]!);
  await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
  await page.getByRole("button", { name: "Email me a fresh link" }).click();
  await expect(page.getByText("a fresh one is on its way to the address it was sent to")).toBeVisible();
  const fresh = await openLink(browser, await signOffLinkSentTo(client.email, "fresh_link"), signOff.subject);
  await expect(fresh.getByRole("link", { name: "brochure.pdf" })).toBeVisible();
});

/** The smallest PNG there is (1 × 1). */
function tinyPng() {
  return Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
}
