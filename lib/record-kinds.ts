// Every kind of record the portal shares with clients, described once (`noun` names one record in
// sentences: "New opportunity", "This time entry no longer exists"). The capabilities, the
// visibility rule, record paths, the portal's and the console's navigation, and the security tests'
// lists are derived from this; the database side (its table, its label, any rule beyond the view
// capability) is `db/access/records/kinds.ts`, which must name every kind here.
//
// Adding a kind: an entry here, its table in db/schema (and the `object_type` enum), its entry in
// db/access/records/kinds.ts, its access file in db/access/records/, and its pages under
// app/(portal)/<folder> and app/(console)/console/<folder>.
export const recordKinds = {
  invoice: {
    noun: "invoice",
    module: "invoices",
    moduleLabel: "Invoices",
    folder: "invoices",
    portalLabel: "Invoices",
    consoleLabel: "Invoices",
  },
  quote: { noun: "quote", module: "quotes", moduleLabel: "Quotes", folder: "quotes", portalLabel: "Quotes", consoleLabel: "Quotes" },
  project: {
    noun: "project",
    module: "projects",
    moduleLabel: "Projects",
    folder: "projects",
    portalLabel: "Projects",
    consoleLabel: "Projects",
  },
  task: { noun: "task", module: "tasks", moduleLabel: "Tasks", folder: "tasks", portalLabel: "Tasks", consoleLabel: "Tasks" },
  ticket: {
    noun: "ticket",
    module: "tickets",
    moduleLabel: "Support tickets",
    folder: "tickets",
    portalLabel: "Support",
    consoleLabel: "Tickets",
  },
  contract: {
    noun: "contract",
    module: "contracts",
    moduleLabel: "Contracts",
    folder: "contracts",
    portalLabel: "Contracts",
    consoleLabel: "Contracts",
  },
  sale: { noun: "opportunity", module: "sales", moduleLabel: "Sales", folder: "sales", portalLabel: "Sales", consoleLabel: "Sales" },
  timesheet: {
    noun: "time entry",
    module: "timesheets",
    moduleLabel: "Timesheets",
    folder: "timesheets",
    portalLabel: "Timesheets",
    consoleLabel: "Timesheets",
  },
} as const;

export type RecordKind = keyof typeof recordKinds;
export type RecordModule = (typeof recordKinds)[RecordKind]["module"];

/** The kinds in navigation order. */
export const recordKindList = Object.keys(recordKinds) as RecordKind[];

/** The capability that lets a client see records of a kind: "<module>.view". */
export function viewCapabilityOf<K extends RecordKind>(kind: K): `${(typeof recordKinds)[K]["module"]}.view` {
  return `${recordKinds[kind].module}.view` as `${(typeof recordKinds)[K]["module"]}.view`;
}

/** The kinds that carry a conversation (messages, followers). */
export const conversationKinds = ["project", "task", "ticket", "contract", "sale"] as const satisfies RecordKind[];
export type ConversationKind = (typeof conversationKinds)[number];

export function hasConversation(kind: RecordKind): kind is ConversationKind {
  return (conversationKinds as readonly RecordKind[]).includes(kind);
}

/** Where one record lives, in the portal or in the console. */
export function recordPath(kind: RecordKind, id: string, side: "portal" | "console") {
  return `${side === "console" ? "/console" : ""}/${recordKinds[kind].folder}/${id}`;
}
