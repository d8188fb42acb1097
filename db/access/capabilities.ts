// Every capability a client contact can be given, in one place (PRODUCT.md §2). Add one here and it
// appears in the defaults, on every contact page and in the permission checks.
export const capabilities = [
  { key: "invoices.view", label: "View invoices" },
  { key: "invoices.pay", label: "Pay invoices" },
  { key: "quotes.view", label: "View quotes" },
  { key: "quotes.accept", label: "Accept quotes" },
  { key: "projects.view", label: "View projects" },
  { key: "projects.budget.view", label: "See project budgets" },
  { key: "tasks.view", label: "View tasks" },
  { key: "tasks.create", label: "Create tasks" },
  { key: "tickets.view", label: "View tickets" },
  { key: "tickets.create", label: "Create tickets" },
  { key: "files.upload", label: "Upload files" },
  { key: "knowledge.view", label: "View knowledge base" },
  { key: "timesheets.log", label: "Log timesheets" },
  { key: "sales.view", label: "View sales" },
  { key: "contracts.usage.view", label: "View contract usage" },
  { key: "colleagues.invite", label: "Invite colleagues" },
  { key: "activity.all", label: "See all account activity (not only their own threads)" },
] as const;

export type Capability = (typeof capabilities)[number]["key"];

const keys = new Set<string>(capabilities.map((capability) => capability.key));

export function isCapability(value: string): value is Capability {
  return keys.has(value);
}
