import type { ObjectType } from "@/db/access/capabilities";

// Where each kind of record is edited in the console.
const consoleFolders: Record<ObjectType, string> = {
  invoice: "invoices",
  quote: "quotes",
  project: "projects",
  task: "tasks",
  ticket: "tickets",
  contract: "contracts",
  sale: "sales",
  timesheet: "timesheets",
};

export function consoleObjectPath(type: ObjectType, id: string) {
  return `/console/${consoleFolders[type]}/${id}`;
}
