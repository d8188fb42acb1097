import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { invoices } from "@/db/schema";
import { createContact, createContactViewer, createStaffViewer } from "../../testing/fixtures";
import { quickSearch } from "./quick-search";

describe("the console's quick search", () => {
  it("finds accounts, contacts and records from a few letters of each", async () => {
    const staff = await createStaffViewer();
    const name = `Quinn ${randomUUID().slice(0, 8)}`;
    const contact = await createContact({ name });
    const number = `QS-${randomUUID().slice(0, 8)}`;
    const [invoice] = await db
      .insert(invoices)
      .values({ accountId: contact.accountId, number, status: "open", issuedOn: "2026-01-01", totalCents: 100 })
      .returning({ id: invoices.id });

    expect(await quickSearch(staff, contact.accountName.slice(0, 20))).toContainEqual(
      expect.objectContaining({ kind: "account", id: contact.accountId }),
    );
    expect(await quickSearch(staff, contact.email.toUpperCase())).toContainEqual({
      kind: "contact",
      id: contact.id,
      label: name,
      detail: contact.email,
    });
    expect(await quickSearch(staff, number.toLowerCase())).toEqual([{ kind: "invoice", id: invoice!.id, label: number, detail: "" }]);
  });

  it("needs two letters, takes wildcards literally, and is for staff only", async () => {
    const staff = await createStaffViewer();
    expect(await quickSearch(staff, " a ")).toEqual([]);
    expect(await quickSearch(staff, "%%")).toEqual([]);
    await expect(quickSearch((await createContactViewer()) as never, "anything")).rejects.toThrow();
  });
});
