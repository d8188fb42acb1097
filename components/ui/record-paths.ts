import type { ObjectType } from "@/db/access/permissions/capabilities";

// Each kind of record's folder, the same in the portal (/projects/…) and the console (/console/projects/…).
const folders: Record<ObjectType, string> = {
  invoice: "invoices",
  quote: "quotes",
  project: "projects",
  task: "tasks",
  ticket: "tickets",
  contract: "contracts",
  sale: "sales",
  timesheet: "timesheets",
};

/** Where a record is shown in the portal. */
export function portalObjectPath(type: ObjectType, id: string) {
  return `/${folders[type]}/${id}`;
}

/** Where a record is edited in the console. */
export function consoleObjectPath(type: ObjectType, id: string) {
  return `/console${portalObjectPath(type, id)}`;
}
