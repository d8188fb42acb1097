import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { accountContacts, accounts, businessSettings, capabilityDefaults, contactCapabilities, projects } from "@/db/schema";
import { createGroup, setGroupMembers } from "./groups";
import { explainCapabilities, type Layer } from "./resolver";
import { applyDefaultsToAllContacts, countContactsWithOwnPermissions, setGlobalDefault, setLayerRules } from "./layer-rules";
import { createContact, createStaffViewer } from "../../testing/fixtures";

const capability = "projects.budget.view" as const;

async function resetBusinessLayers() {
  await db.delete(capabilityDefaults);
  await db.update(businessSettings).set({ defaultAllowed: null, defaultsAppliedAt: null });
}

/** A contact at an account with one project, a second account they also belong to, and a staff member. */
async function setting() {
  const staff = await createStaffViewer();
  const contact = await createContact();
  const [other] = await db
    .insert(accounts)
    .values({ number: `O-${contact.id}`, name: "Other account" })
    .returning({ id: accounts.id });
  await db.insert(accountContacts).values({ accountId: other!.id, contactId: contact.id });
  const [project] = await db.insert(projects).values({ accountId: contact.accountId, name: "Website" }).returning({ id: projects.id });
  const who = { contactId: contact.id, accountId: contact.accountId };
  const group = async (accountId: string, name: string, isAllowed: boolean) => {
    const created = await createGroup(staff, accountId, name);
    if (!created.ok) throw new Error(created.error);
    await setGroupMembers(staff, created.id, [contact.id]);
    await setLayerRules(staff, { layer: "group", groupId: created.id }, { [capability]: isAllowed });
  };
  const layer = {
    global: (isAllowed: boolean) => setGlobalDefault(staff, isAllowed),
    module: (isAllowed: boolean) => setLayerRules(staff, { layer: "module" }, { [capability]: isAllowed }),
    account: (isAllowed: boolean) => setLayerRules(staff, { layer: "account", accountId: contact.accountId }, { [capability]: isAllowed }),
    group: (isAllowed: boolean) => group(contact.accountId, `Group ${Math.random()}`, isAllowed),
    contact: (isAllowed: boolean) => setLayerRules(staff, { layer: "contact", contactId: contact.id }, { [capability]: isAllowed }),
    object: (isAllowed: boolean) =>
      setLayerRules(staff, { layer: "object", objectType: "project", objectId: project!.id }, { [capability]: isAllowed }),
  } satisfies Record<Layer, (isAllowed: boolean) => Promise<unknown>>;
  const explain = async () => (await explainCapabilities(who, [capability], { type: "project", id: project!.id }))[0]!;
  return { staff, contact, otherAccountId: other!.id, project: project!, who, layer, group, explain };
}

describe("the permission resolver: most specific layer wins, nothing set means deny", () => {
  afterEach(resetBusinessLayers);

  const cases: { name: string; set: [Layer, boolean][]; isAllowed: boolean; decidedBy: Layer | "nothing set" }[] = [
    { name: "nothing set anywhere", set: [], isAllowed: false, decidedBy: "nothing set" },
    { name: "global default alone", set: [["global", true]], isAllowed: true, decidedBy: "global" },
    {
      name: "module default beats global",
      set: [
        ["global", true],
        ["module", false],
      ],
      isAllowed: false,
      decidedBy: "module",
    },
    {
      name: "account beats module",
      set: [
        ["module", false],
        ["account", true],
      ],
      isAllowed: true,
      decidedBy: "account",
    },
    {
      name: "group beats account",
      set: [
        ["account", true],
        ["group", false],
      ],
      isAllowed: false,
      decidedBy: "group",
    },
    {
      name: "contact beats group",
      set: [
        ["group", false],
        ["contact", true],
      ],
      isAllowed: true,
      decidedBy: "contact",
    },
    {
      name: "object beats contact",
      set: [
        ["contact", true],
        ["object", false],
      ],
      isAllowed: false,
      decidedBy: "object",
    },
    {
      name: "object allow beats every deny below",
      set: [
        ["global", false],
        ["module", false],
        ["account", false],
        ["group", false],
        ["contact", false],
        ["object", true],
      ],
      isAllowed: true,
      decidedBy: "object",
    },
    {
      name: "a lower allow never beats a higher deny",
      set: [
        ["global", true],
        ["module", true],
        ["account", true],
        ["group", true],
        ["contact", false],
      ],
      isAllowed: false,
      decidedBy: "contact",
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const { layer, explain } = await setting();
      for (const [name, isAllowed] of testCase.set) await layer[name](isAllowed);
      expect(await explain()).toMatchObject({ isAllowed: testCase.isAllowed, decidedBy: testCase.decidedBy });
    });
  }

  it("inherit removes a layer's answer", async () => {
    const { staff, contact, layer, explain } = await setting();
    await layer.account(true);
    await layer.contact(false);
    await setLayerRules(staff, { layer: "contact", contactId: contact.id }, { [capability]: null });
    expect(await explain()).toMatchObject({ isAllowed: true, decidedBy: "account" });
  });

  it("two groups disagreeing: the deny wins", async () => {
    const { layer, explain } = await setting();
    await layer.group(true);
    await layer.group(false);
    expect(await explain()).toMatchObject({ isAllowed: false, decidedBy: "group" });
  });

  it("a group or account rule elsewhere does not follow the contact to another account", async () => {
    const { staff, group, otherAccountId, explain } = await setting();
    await group(otherAccountId, "Managers", true);
    await setLayerRules(staff, { layer: "account", accountId: otherAccountId }, { [capability]: true });
    expect(await explain()).toMatchObject({ isAllowed: false, decidedBy: "nothing set" });
  });

  it("'apply the defaults to all existing contacts' retires staff rules, in one row, but keeps inviters' limits", async () => {
    const { staff, contact, layer, explain } = await setting();
    await layer.module(true);
    await layer.contact(false);
    await db
      .insert(contactCapabilities)
      .values({ contactId: contact.id, capability: "invoices.view", isAllowed: false, source: "inviter" });
    expect(await countContactsWithOwnPermissions(staff)).toBeGreaterThanOrEqual(1);
    await applyDefaultsToAllContacts(staff);
    expect(await explain()).toMatchObject({ isAllowed: true, decidedBy: "module" });
    const [invoices] = await explainCapabilities({ contactId: contact.id, accountId: contact.accountId }, ["invoices.view"]);
    expect(invoices).toMatchObject({ isAllowed: false, decidedBy: "contact" });
    await db.execute(sql`select pg_sleep(0.01)`);
    await layer.contact(false);
    expect(await explain()).toMatchObject({ isAllowed: false, decidedBy: "contact" });
  });

  it("refuses unknown targets and ignores unknown capabilities", async () => {
    const { staff, contact, explain } = await setting();
    expect(await setLayerRules(staff, { layer: "contact", contactId: staff.userId }, { [capability]: true })).toBe(false);
    expect(await setLayerRules(staff, { layer: "account", accountId: "not-a-uuid" }, { [capability]: true })).toBe(false);
    expect(
      await setLayerRules(staff, { layer: "object", objectType: "project", objectId: contact.accountId }, { [capability]: true }),
    ).toBe(false);
    expect(await setLayerRules(staff, { layer: "contact", contactId: contact.id }, { "admin.everything": true } as never)).toBe(true);
    expect(await explain()).toMatchObject({ decidedBy: "nothing set" });
  });
});
