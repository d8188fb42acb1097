import { expect, openAsStaff, test } from "../fixtures";

// The contact page offers what fits the person: an invitation to someone without a password, not
// to someone who already signs in.

test("a contact who already signs in is not offered an invitation; one who has never signed in is", async ({
  page,
  staff,
  contact,
  activeContact,
}) => {
  await openAsStaff(page, staff, `/console/contacts/${activeContact.id}`);
  await expect(page.getByRole("heading", { name: "Portal access" })).toBeVisible();
  await expect(page.getByText("signs in to the portal, so there is no invitation to send")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send invitation" })).toHaveCount(0);

  await page.goto(`/console/contacts/${contact.id}`);
  await expect(page.getByRole("heading", { name: "Invite to the portal" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send invitation" })).toBeVisible();
});
