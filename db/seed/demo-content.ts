import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import {
  accountCapabilities,
  contactGroupMembers,
  contactGroups,
  contracts,
  files,
  groupCapabilities,
  invoiceLines,
  invoices,
  messages,
  followers,
  activities,
  knowledgeArticles,
  objectCapabilities,
  payments,
  projects,
  quoteLines,
  quotes,
  sales,
  tasks,
  tickets,
  timesheetEntries,
  users,
} from "@/db/schema";

type Ids = { account: (number: string) => string; contact: (email: string) => string; owner: string; member: string };
const days = (n: number) => sql`current_date + ${n}::int`;

/**
 * Start-up only, inside the demo seed's transaction: something in every portal module, and a rule
 * at every permission layer, so the Explain panel has a story to tell (see README, "Demo data").
 */
export async function unsafeSeedDemoContent(tx: Transaction, ids: Ids) {
  const harbour = ids.account("A-1001");
  const juniper = ids.account("A-1002");
  const northwind = ids.account("A-1003");
  const dana = ids.contact("dana@harbour-logistics.example");
  const marcus = ids.contact("marcus@harbour-logistics.example");
  const line = (description: string, quantity: number, unitCents: number, position: number) => ({
    description,
    quantity,
    unitCents,
    position,
  });

  // Invoices: the registration check relies on one recent invoice per account (README).
  const invoiceRows = await tx
    .insert(invoices)
    .values([
      {
        number: "INV-2026-0142",
        accountId: harbour,
        managerId: ids.owner,
        status: "open",
        issuedOn: days(-30),
        dueOn: days(-2),
        totalCents: 184_000,
        amountPaidCents: 50_000,
      },
      {
        number: "INV-2026-0118",
        accountId: harbour,
        managerId: ids.owner,
        status: "paid",
        issuedOn: days(-75),
        dueOn: days(-45),
        totalCents: 96_000,
        amountPaidCents: 96_000,
      },
      {
        number: "INV-2026-0170",
        accountId: harbour,
        managerId: ids.owner,
        status: "draft",
        issuedOn: days(0),
        dueOn: days(30),
        totalCents: 24_000,
      },
      {
        number: "INV-2026-0150",
        accountId: juniper,
        managerId: ids.member,
        status: "open",
        issuedOn: days(-30),
        dueOn: days(0),
        totalCents: 52_500,
      },
      {
        number: "INV-2026-0163",
        accountId: northwind,
        managerId: ids.owner,
        status: "open",
        issuedOn: days(-30),
        dueOn: days(14),
        totalCents: 310_000,
      },
    ])
    .returning({ id: invoices.id, number: invoices.number, totalCents: invoices.totalCents });
  await tx.insert(invoiceLines).values(
    invoiceRows.flatMap((invoice) => [
      { ...line("Design and development", 1, invoice.totalCents - 8_000 * 2, 0), invoiceId: invoice.id },
      { ...line("Hosting (monthly)", 2, 8_000, 1), invoiceId: invoice.id },
    ]),
  );
  // What the invoices say was paid, as the payments that make it up.
  const invoiceNamed = (number: string) => invoiceRows.find((invoice) => invoice.number === number)!.id;
  await tx.insert(payments).values([
    {
      invoiceId: invoiceNamed("INV-2026-0142"),
      accountId: harbour,
      amountCents: 50_000,
      currency: "GBP",
      method: "bank_transfer",
      receivedOn: days(-10),
      reference: "HARBOUR LOG 0142",
      recordedById: ids.owner,
    },
    {
      invoiceId: invoiceNamed("INV-2026-0118"),
      accountId: harbour,
      amountCents: 96_000,
      currency: "GBP",
      method: "bank_transfer",
      receivedOn: days(-50),
      reference: "HARBOUR LOG 0118",
      recordedById: ids.owner,
    },
  ]);
  const [quote] = await tx
    .insert(quotes)
    .values({
      number: "Q-2026-031",
      accountId: harbour,
      managerId: ids.owner,
      title: "Customer tracking page",
      status: "sent",
      issuedOn: days(-5),
      validUntil: days(25),
      totalCents: 640_000,
    })
    .returning({ id: quotes.id });
  await tx.insert(quoteLines).values([
    { ...line("Discovery workshop", 1, 90_000, 0), quoteId: quote!.id },
    { ...line("Design and build (days)", 10, 55_000, 1), quoteId: quote!.id },
  ]);

  const [rollout, training, clinic] = await tx
    .insert(projects)
    .values([
      {
        accountId: harbour,
        managerId: ids.owner,
        name: "Warehouse app rollout",
        description: "Scanner app for the three Bristol warehouses.",
        status: "active",
        progressPercent: 60,
        budgetCents: 4_800_000,
        budgetUsedCents: 2_950_000,
        startsOn: days(-60),
        dueOn: days(45),
      },
      {
        accountId: harbour,
        managerId: ids.member,
        name: "Driver training videos",
        description: "Six short films for new drivers.",
        status: "planning",
        progressPercent: 10,
        budgetCents: 1_200_000,
        budgetUsedCents: 80_000,
        startsOn: days(10),
        dueOn: days(90),
      },
      {
        accountId: juniper,
        managerId: ids.member,
        name: "Clinic booking site",
        status: "active",
        progressPercent: 35,
        budgetCents: 900_000,
        budgetUsedCents: 310_000,
        startsOn: days(-20),
        dueOn: days(40),
      },
    ])
    .returning({ id: projects.id });
  await tx.insert(tasks).values([
    {
      accountId: harbour,
      projectId: rollout!.id,
      managerId: ids.owner,
      title: "Test the scanner app in warehouse B",
      status: "in_progress",
      dueOn: days(5),
    },
    {
      accountId: harbour,
      projectId: rollout!.id,
      managerId: ids.owner,
      title: "Send the list of device serial numbers",
      status: "open",
      dueOn: days(3),
    },
    {
      accountId: harbour,
      projectId: training!.id,
      managerId: ids.member,
      title: "Approve the storyboard",
      status: "open",
      dueOn: days(20),
    },
    {
      accountId: juniper,
      projectId: clinic!.id,
      managerId: ids.member,
      title: "Provide opening hours per clinic",
      status: "done",
      dueOn: days(-3),
    },
  ]);

  const [crash, invoiceQuestion] = await tx
    .insert(tickets)
    .values([
      {
        accountId: harbour,
        contactId: dana,
        managerId: ids.owner,
        subject: "Scanner app crashes on login",
        status: "open",
        priority: "high",
      },
      {
        accountId: harbour,
        contactId: marcus,
        managerId: ids.member,
        subject: "Question about invoice INV-2026-0118",
        status: "closed",
        priority: "normal",
      },
    ])
    .returning({ id: tickets.id });
  await tx.insert(messages).values([
    {
      accountId: harbour,
      objectType: "ticket",
      objectId: crash!.id,
      authorId: dana,
      body: "Since this morning the app closes as soon as a driver signs in. Android 14, Zebra TC52.",
      createdAt: sql`now() - interval '3 hours'`,
    },
    {
      accountId: harbour,
      objectType: "ticket",
      objectId: crash!.id,
      authorId: ids.owner,
      body: "Thanks Dana — we can reproduce it and a fix is on its way today.",
      createdAt: sql`now() - interval '2 hours'`,
    },
    {
      accountId: harbour,
      objectType: "ticket",
      objectId: crash!.id,
      authorId: ids.owner,
      body: "Caused by the 4.2 SDK update; roll back first.",
      isInternal: true,
      createdAt: sql`now() - interval '1 hour'`,
    },
    {
      accountId: harbour,
      objectType: "ticket",
      objectId: invoiceQuestion!.id,
      authorId: marcus,
      body: "Could you split the hosting onto its own invoice next time?",
    },
  ]);
  // Whoever opened a ticket follows it; the feeds start with what happened on them.
  await tx.insert(followers).values([
    { objectId: crash!.id, objectType: "ticket", userId: dana, accountId: harbour },
    { objectId: invoiceQuestion!.id, objectType: "ticket", userId: marcus, accountId: harbour },
  ]);
  await tx.insert(activities).values([
    {
      accountId: harbour,
      actorId: dana,
      verb: "opened",
      objectType: "ticket",
      objectId: crash!.id,
      title: "Scanner app crashes on login",
      createdAt: sql`now() - interval '3 hours'`,
    },
    {
      accountId: harbour,
      actorId: ids.owner,
      verb: "replied",
      objectType: "ticket",
      objectId: crash!.id,
      title: "Scanner app crashes on login",
      createdAt: sql`now() - interval '2 hours'`,
    },
    {
      accountId: harbour,
      actorId: marcus,
      verb: "opened",
      objectType: "ticket",
      objectId: invoiceQuestion!.id,
      title: "Question about invoice INV-2026-0118",
      createdAt: sql`now() - interval '1 day'`,
    },
  ]);

  const [retainer] = await tx
    .insert(contracts)
    .values({
      accountId: harbour,
      managerId: ids.owner,
      name: "Support retainer 2026",
      startsOn: sql`date_trunc('year', current_date)::date`,
      endsOn: sql`(date_trunc('year', current_date) + interval '1 year - 1 day')::date`,
      allowanceMinutes: 40 * 60,
    })
    .returning({ id: contracts.id });
  await tx.insert(timesheetEntries).values([
    {
      accountId: harbour,
      contractId: retainer!.id,
      personId: ids.owner,
      managerId: ids.owner,
      workedOn: days(-1),
      minutes: 150,
      description: "Scanner app crash investigation",
    },
    {
      accountId: harbour,
      contractId: retainer!.id,
      personId: ids.member,
      managerId: ids.owner,
      workedOn: days(-8),
      minutes: 300,
      description: "Monthly server updates",
    },
    {
      accountId: northwind,
      personId: ids.member,
      managerId: ids.member,
      workedOn: days(-2),
      minutes: 240,
      description: "Partner portal integration",
    },
  ]);
  await tx.insert(sales).values([
    {
      accountId: northwind,
      managerId: ids.owner,
      title: "Riverside offices fit-out (referral)",
      stage: "proposal",
      valueCents: 2_500_000,
      expectedCloseOn: days(30),
    },
    {
      accountId: northwind,
      managerId: ids.owner,
      title: "Museum wayfinding app",
      stage: "qualified",
      valueCents: 1_100_000,
      expectedCloseOn: days(60),
    },
  ]);
  await tx.insert(files).values({
    accountId: harbour,
    objectType: "project",
    objectId: rollout!.id,
    name: "kickoff-notes.txt",
    contentType: "text/plain; charset=utf-8",
    sizeBytes: 74,
    content: Buffer.from("Kick-off: three warehouses, go-live in stages, Dana is the main contact.\n"),
    uploadedBy: ids.owner,
  });

  await tx.insert(knowledgeArticles).values([
    {
      managerId: ids.owner,
      title: "Resetting your password",
      body: "Choose “Forgot your password?” on the sign-in page. The link in the email works once, for two hours.",
      tags: [],
    },
    {
      managerId: ids.owner,
      title: "Installing the Android scanner app",
      body: "Open the Play Store on the device, search for Harbour Scan and sign in with your portal address.",
      tags: ["Android"],
    },
    {
      managerId: ids.owner,
      title: "Platinum support hours",
      body: "Platinum clients reach us from 7:00 to 22:00, seven days a week.",
      tags: ["Platinum"],
    },
  ]);
  await tx.execute(sql`insert into web_forms (title, description, fields, ticket_priority, team, tags) values
    ('Report a problem', 'Tell us what went wrong and we will open a ticket.', ${JSON.stringify([
      { label: "What happened?", kind: "long_text" },
      { label: "Where did you see it?", kind: "choice", choices: ["Web app", "iOS app", "Android app"] },
      { label: "When did it start?", kind: "date", isRequired: false },
      { label: "Screenshot", kind: "file", isRequired: false },
    ])}::jsonb, 'normal', 'Support', '{}'),
    ('Platinum priority request', 'For urgent issues: answered within the hour.', ${JSON.stringify([
      { label: "What is blocked?", kind: "long_text" },
      { label: "Best phone number", kind: "text" },
      { label: "We may call you outside office hours", kind: "checkbox", isRequired: false },
    ])}::jsonb, 'high', 'Platinum desk', '{Platinum}')`);

  // A rule at every layer (module defaults are set by the seed itself):
  await tx
    .update(users)
    .set({ tags: ["Android"] })
    .where(sql`${users.id} = ${dana}`);
  await tx.insert(accountCapabilities).values({ accountId: harbour, capability: "contracts.view", isAllowed: true });
  const [managers] = await tx.insert(contactGroups).values({ accountId: harbour, name: "Managers" }).returning({ id: contactGroups.id });
  await tx.insert(contactGroupMembers).values({ groupId: managers!.id, contactId: dana });
  await tx.insert(groupCapabilities).values(
    ["projects.budget.view", "contracts.usage.view", "activity.all"].map((capability) => ({
      groupId: managers!.id,
      capability,
      isAllowed: true,
    })),
  );
  await tx
    .insert(objectCapabilities)
    .values({ objectType: "project", objectId: training!.id, accountId: harbour, capability: "projects.budget.view", isAllowed: false });
  await tx.insert(accountCapabilities).values({ accountId: northwind, capability: "sales.view", isAllowed: true });
  await tx.insert(accountCapabilities).values({ accountId: northwind, capability: "timesheets.view", isAllowed: true });
}
