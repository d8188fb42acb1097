import { describe, expect, it } from "vitest";
import { createContact, createContactViewer, createStaffViewer } from "../../testing/fixtures";
import { pickableAccounts } from "./account-picker";

describe("the record form's account picker", () => {
  it("offers the accounts whose name or number holds what was typed", async () => {
    const staff = await createStaffViewer();
    const contact = await createContact();
    const [byName, ...others] = await pickableAccounts(staff, contact.accountName.slice(-8).toUpperCase());
    expect(others).toEqual([]);
    expect(byName).toEqual({ number: expect.stringMatching(/^T-/), name: contact.accountName, isTest: false });
    expect(await pickableAccounts(staff, byName!.number.slice(2, 14))).toEqual([byName]);
  });

  it("offers a few by name when nothing is typed, takes wildcards literally, and is for staff only", async () => {
    const staff = await createStaffViewer();
    expect((await pickableAccounts(staff, "  ")).length).toBeGreaterThan(0);
    expect(await pickableAccounts(staff, "%_%")).toEqual([]);
    await expect(pickableAccounts((await createContactViewer()) as never, "a")).rejects.toThrow();
  });
});
