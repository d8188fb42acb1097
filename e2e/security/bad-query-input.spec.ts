import { randomUUID } from "node:crypto";
import { expect, setContactRules, signIn, test, viewCapabilities } from "../fixtures";

// Edited links are input too: a NUL byte in a search, or a paging cursor the server never made,
// gets the list with a message saying what was left out, never a server error.

const forgedCursors = [
  Buffer.from(JSON.stringify(["not-a-date", randomUUID()])).toString("base64url"),
  `${Buffer.from(JSON.stringify(["\u0000", randomUUID()])).toString("base64url")}.AAAAAAAAAAAAAAAA`,
  "%00",
];

const portalLists = [
  "/invoices",
  "/quotes",
  "/projects",
  "/tasks",
  "/tickets",
  "/contracts",
  "/sales",
  "/timesheets",
  "/files",
  "/knowledge",
  "/forms",
];
const consoleLists = [
  "/console/accounts",
  "/console/contacts",
  "/console/pending",
  "/console/emails",
  "/console/audit",
  "/console/invoices",
  "/console/quotes",
  "/console/projects",
  "/console/tasks",
  "/console/tickets",
  "/console/contracts",
  "/console/sales",
  "/console/timesheets",
  "/console/files",
  "/console/knowledge",
  "/console/forms",
];

test("portal lists answer a NUL byte and forged cursors with the first page and a message", async ({ page, activeContact }) => {
  await setContactRules(activeContact.id, viewCapabilities, true);
  await signIn(page, activeContact.email, activeContact.password);
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  for (const path of portalLists) {
    const searched = await page.request.get(`${path}?q=%00`);
    expect(searched.status(), `${path}?q=%00`).toBe(200);
    expect(await searched.text()).toContain("characters that cannot be searched for");
    for (const cursor of forgedCursors) {
      const paged = await page.request.get(`${path}?after=${cursor}&sort=recent`);
      expect(paged.status(), `${path} after ${cursor}`).toBe(200);
      expect(await paged.text()).toContain("page link was not valid");
    }
  }
  // And as a person sees it.
  await page.goto("/invoices?q=%00");
  await expect(page.getByRole("status", { name: "About this list" })).toContainText("left out");
});

test("console lists do the same", async ({ page, staff }) => {
  await signIn(page, staff.email, staff.password);
  await expect(page.getByRole("heading", { name: "What needs you" })).toBeVisible();
  for (const path of consoleLists) {
    for (const cursor of forgedCursors) {
      const query = `q=%00&person=%00&tag=%00&before=%00&status=active&after=${cursor}`;
      const response = await page.request.get(`${path}?${query}`);
      expect(response.status(), `${path}?${query}`).toBe(200);
    }
  }
});
