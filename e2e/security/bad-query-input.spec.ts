import { randomUUID } from "node:crypto";
import { expect, setContactRules, signIn, test, viewCapabilities } from "../fixtures";

// Edited links are input too: a NUL byte in a search, or a paging cursor the server never made,
// gets the list with a message saying what was left out, never a server error.

const forgedCursors = [
  Buffer.from(JSON.stringify(["not-a-date", randomUUID()])).toString("base64url"),
  `${Buffer.from(JSON.stringify(["\u0000", randomUUID()])).toString("base64url")}.AAAAAAAAAAAAAAAA`,
  "%00",
];

const portalLists = ["/invoices", "/quotes", "/projects", "/tasks", "/tickets", "/contracts", "/sales", "/timesheets", "/files", "/knowledge", "/forms"];
const consoleLists = ["/console/accounts", "/console/contacts", "/console/pending", "/console/emails", "/console/audit", "/console/invoices", "/console/quotes", "/console/projects", "/console/tasks", "/console/tickets", "/console/contracts", "/console/sales", "/console/timesheets", "/console/files", "/console/knowledge", "/console/forms"];

test("portal lists answer a NUL byte and forged cursors with the first page and a message", async ({ page, activeContact }) => {
  await setContactRules(activeContact.id, viewCapabilities, true);
  await signIn(page, activeContact.email, activeContact.password);
  await expect(page.getByRole("heading", { name: `Hello, ${activeContact.name}` })).toBeVisible();
  for (const path of portalLists) {
    const searched = await page.goto(`${path}?q=%00`);
    expect(searched?.status(), `${path}?q=%00`).toBe(200);
    await expect(page.getByRole("status", { name: "About this list" })).toContainText("characters that cannot be searched for");
    for (const cursor of forgedCursors) {
      const paged = await page.goto(`${path}?after=${cursor}&sort=recent`);
      expect(paged?.status(), `${path} after ${cursor}`).toBe(200);
      await expect(page.getByRole("status", { name: "About this list" })).toContainText("page link was not valid");
    }
  }
});

test("console lists do the same", async ({ page, staff }) => {
  await signIn(page, staff.email, staff.password);
  await expect(page.getByRole("heading", { name: "Accounts" })).toBeVisible();
  for (const path of consoleLists) {
    for (const query of ["q=%00", "person=%00", "tag=%00&status=active", ...forgedCursors.map((cursor) => `after=${cursor}`), "before=%00"]) {
      const response = await page.goto(`${path}?${query}`);
      expect(response?.status(), `${path}?${query}`).toBe(200);
    }
  }
});
