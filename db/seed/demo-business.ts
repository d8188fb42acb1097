import "server-only";
import { db } from "@/db/client";
import { accountContacts, accounts, brandings, businessSettings, capabilityDefaults, users } from "@/db/schema";
import { unsafeSeedDemoContent } from "./demo-content";
import { hashPassword } from "@/lib/security/passwords";

// The demo business that a fresh install starts with. The README lists these sign-ins.
export const demoSignIns = {
  owner: { email: "owner@brightwater.example", password: "lantern-harbour-owner-82" },
  client: { email: "dana@harbour-logistics.example", password: "quiet-orchard-client-47" },
  designer: { email: "designer@brightwater.example", password: "painted-lighthouse-design-35" },
} as const;

const demoAccounts = [
  { number: "A-1001", name: "Harbour Logistics", billingPostcode: "BS1 4DJ", tags: ["Platinum"] },
  { number: "A-1002", name: "Juniper Dental", billingPostcode: "M1 2AB" },
  { number: "A-1003", name: "Northwind Architects", billingPostcode: "EH1 1YZ", tags: ["Partner"] },
];

// [name, email, account numbers]; Priya is the accountant working for two of the clients.
const demoContacts: [string, string, string[]][] = [
  ["Dana Whitfield", demoSignIns.client.email, ["A-1001"]],
  ["Marcus Okafor", "marcus@harbour-logistics.example", ["A-1001"]],
  ["Lena Brandt", "lena@harbour-logistics.example", ["A-1001"]],
  ["Priya Nair", "priya@nairaccounting.example", ["A-1001", "A-1002"]],
  ["Tom Reyes", "tom@juniperdental.example", ["A-1002"]],
  ["Aisha Karim", "aisha@juniperdental.example", ["A-1002"]],
  ["Jonas Lindqvist", "jonas@northwind-architects.example", ["A-1003"]],
  ["Chloe Martin", "chloe@northwind-architects.example", ["A-1003"]],
  ["Ravi Shah", "ravi@northwind-architects.example", ["A-1003"]],
  ["Grace Liu", "grace@northwind-architects.example", ["A-1003"]],
];

/** Start-up only: seeds the demo business into an empty database, in one transaction. Returns false if already seeded. */
export async function unsafeSeedDemoBusiness(): Promise<boolean> {
  const [ownerHash, clientHash, designerHash] = await Promise.all([
    hashPassword(demoSignIns.owner.password),
    hashPassword(demoSignIns.client.password),
    hashPassword(demoSignIns.designer.password),
  ]);
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(businessSettings)
      .values({
        id: 1,
        name: "Brightwater Studio",
        allowCustomerLogin: true,
        // The README's demo sign-ins work exactly as written: no authenticator app needed.
        requireTwoFactorForAdmins: false,
        isDemo: true,
        allowPartPayments: true,
        bankTransferInstructions: "Brightwater Studio Ltd\nSort code 04-00-04 · Account 12345678\nIBAN GB33 BUKB 2020 1555 5555 55",
      })
      .onConflictDoNothing()
      .returning({ id: businessSettings.id });
    if (inserted.length === 0) return false;
    await tx.insert(brandings).values({
      portalName: "Brightwater Studio",
      primaryColor: "#0e5a7a",
      accentColor: "#b45309",
      backgroundColor: "#f3f6f8",
      textColor: "#142530",
      splash: "harbour",
      welcomeMessage: "Welcome to your Brightwater client portal.\nYour invoices, projects and files will all be here, in one place.",
    });

    const allowedByDefault = [
      "invoices.view",
      "quotes.view",
      "projects.view",
      "tasks.view",
      "tickets.view",
      "tickets.create",
      "files.upload",
      "knowledge.view",
      "forms.view",
    ];
    await tx.insert(capabilityDefaults).values(allowedByDefault.map((capability) => ({ capability, isAllowed: true })));
    const [owner, member] = await tx
      .insert(users)
      .values([
        { kind: "staff", staffRole: "owner", name: "Olivia Hart", email: demoSignIns.owner.email, passwordHash: ownerHash },
        { kind: "staff", staffRole: "member", name: "Sam Patel", email: "sam@brightwater.example" },
        { kind: "staff", staffRole: "designer", name: "Noor Haddad", email: demoSignIns.designer.email, passwordHash: designerHash },
      ])
      .returning({ id: users.id });
    const accountRows = await tx.insert(accounts).values(demoAccounts).returning({ id: accounts.id, number: accounts.number });
    const accountIds = new Map(accountRows.map((row) => [row.number, row.id]));
    const contactRows = await tx
      .insert(users)
      .values(
        demoContacts.map(([name, email]) => ({
          kind: "contact" as const,
          name,
          email,
          passwordHash: email === demoSignIns.client.email ? clientHash : null,
        })),
      )
      .returning({ id: users.id, email: users.email });
    const contactIds = new Map(contactRows.map((row) => [row.email, row.id]));
    await tx
      .insert(accountContacts)
      .values(
        demoContacts.flatMap(([, email, numbers]) =>
          numbers.map((number) => ({ accountId: accountIds.get(number)!, contactId: contactIds.get(email)! })),
        ),
      );
    await unsafeSeedDemoContent(tx, {
      account: (number) => accountIds.get(number)!,
      contact: (email) => contactIds.get(email)!,
      owner: owner!.id,
      member: member!.id,
    });
    return true;
  });
}
