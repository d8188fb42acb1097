import type { ObjectType } from "@/db/access/capabilities";

const portalFolders: Record<ObjectType, string> = {
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
  return `/${portalFolders[type]}/${id}`;
}
