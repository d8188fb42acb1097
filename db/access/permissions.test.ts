import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { businessSettings, capabilityDefaults } from "@/db/schema";
import {
  applyDefaultsToAllContacts,
  countContactsWithOwnPermissions,
  explainContactCapabilities,
  setCapabilityDefaults,
  setContactCapability,
} from "./permissions";
import { createContact, createStaffViewer } from "./test-fixtures";
import type { StaffViewer } from "./viewer";

async function capabilitiesOf(staff: StaffViewer, contactId: string) {
  return new Set((await explainContactCapabilities(staff, contactId)).filter((answer) => answer.isAllowed).map((answer) => answer.capability));
}

describe("customer permissions: contact over default, nothing set means deny", () => {
  afterEach(async () => {
    await db.delete(capabilityDefaults);
    await db.update(businessSettings).set({ defaultsAppliedAt: null });
  });

  it("answers from the default, a contact's own setting, or nothing set, and says which", async () => {
    const staff = await createStaffViewer();
    const contact = await createContact();
    expect((await explainContactCapabilities(staff, contact.id))[0]).toMatchObject({ isAllowed: false, decidedBy: "nothing set" });
    await setCapabilityDefaults(staff, ["invoices.view", "tickets.view"]);
    await setContactCapability(staff, contact.id, "tickets.view", false);
    await setContactCapability(staff, contact.id, "projects.view", true);

    const answers = Object.fromEntries((await explainContactCapabilities(staff, contact.id)).map((a) => [a.capability, a]));
    expect(answers["invoices.view"]).toMatchObject({ isAllowed: true, decidedBy: "default" });
    expect(answers["tickets.view"]).toMatchObject({ isAllowed: false, decidedBy: "contact" });
    expect(answers["projects.view"]).toMatchObject({ isAllowed: true, decidedBy: "contact" });
    expect(answers["invoices.pay"]).toMatchObject({ isAllowed: false, decidedBy: "default" });
    expect([...(await capabilitiesOf(staff, contact.id))].sort()).toEqual(["invoices.view", "projects.view"]);
  });

  it("applies to every contact created later, with no copying", async () => {
    const staff = await createStaffViewer();
    await setCapabilityDefaults(staff, ["colleagues.invite"]);
    const later = await createContact();
    expect(await capabilitiesOf(staff, later.id)).toEqual(new Set(["colleagues.invite"]));
  });

  it("'apply the defaults to all existing contacts' overrides earlier settings, in one row", async () => {
    const staff = await createStaffViewer();
    const contact = await createContact();
    await setCapabilityDefaults(staff, ["invoices.view"]);
    await setContactCapability(staff, contact.id, "invoices.view", false);
    expect(await countContactsWithOwnPermissions(staff)).toBeGreaterThanOrEqual(1);

    expect(await applyDefaultsToAllContacts(staff)).toBeGreaterThanOrEqual(1);
    expect(await capabilitiesOf(staff, contact.id)).toEqual(new Set(["invoices.view"]));
    expect(await countContactsWithOwnPermissions(staff)).toBe(0);

    await db.execute(sql`select pg_sleep(0.01)`);
    await setContactCapability(staff, contact.id, "invoices.view", false);
    expect(await capabilitiesOf(staff, contact.id)).toEqual(new Set());
  });

  it("refuses unknown capabilities, bad ids and staff members", async () => {
    const staff = await createStaffViewer();
    const contact = await createContact();
    expect(await setContactCapability(staff, contact.id, "admin.everything" as never, true)).toBe(false);
    expect(await setContactCapability(staff, "x", "invoices.view", true)).toBe(false);
    expect(await setContactCapability(staff, staff.userId, "invoices.view", true)).toBe(false);
  });
});
