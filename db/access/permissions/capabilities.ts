import { z } from "zod";
import { recordKindList, recordKinds, type RecordKind, type RecordModule } from "@/lib/record-kinds";

// Every capability a client contact can be given, in one place (the README's "Permissions"), grouped by the
// portal module it belongs to. Add one here and it appears in the defaults, on every layer's
// editor, in the Explain panel and in the checks.
export const modules = [
  ...recordKindList.map((kind) => ({ key: recordKinds[kind].module, label: recordKinds[kind].moduleLabel, objectType: kind })),
  { key: "files", label: "Files", objectType: null },
  { key: "knowledge", label: "Knowledge base", objectType: null },
  { key: "forms", label: "Support forms", objectType: null },
  { key: "people", label: "People and activity", objectType: null },
] as const satisfies readonly { key: string; label: string; objectType: RecordKind | null }[];

/** Every kind of record a rule or a file can be attached to, and the same as a form field's schema. */
export const objectTypes = recordKindList;
export const objectTypeSchema = z.enum(objectTypes as [ObjectType, ...ObjectType[]]);

export type ModuleKey = RecordModule | "files" | "knowledge" | "forms" | "people";
export type ObjectType = RecordKind;

export const capabilities = [
  { key: "invoices.view", module: "invoices", label: "View invoices" },
  { key: "invoices.pay", module: "invoices", label: "Pay invoices" },
  { key: "quotes.view", module: "quotes", label: "View quotes" },
  { key: "quotes.accept", module: "quotes", label: "Accept quotes" },
  { key: "projects.view", module: "projects", label: "View projects" },
  { key: "projects.budget.view", module: "projects", label: "See project budgets" },
  { key: "tasks.view", module: "tasks", label: "View tasks" },
  { key: "tasks.create", module: "tasks", label: "Create tasks" },
  { key: "tickets.view", module: "tickets", label: "View tickets" },
  { key: "tickets.create", module: "tickets", label: "Create tickets" },
  { key: "contracts.view", module: "contracts", label: "View contracts" },
  { key: "contracts.usage.view", module: "contracts", label: "View contract usage" },
  { key: "sales.view", module: "sales", label: "View sales" },
  { key: "timesheets.view", module: "timesheets", label: "View timesheets" },
  { key: "timesheets.log", module: "timesheets", label: "Log timesheets" },
  { key: "files.upload", module: "files", label: "Upload files" },
  { key: "knowledge.view", module: "knowledge", label: "View knowledge base" },
  { key: "forms.view", module: "forms", label: "Use support web forms" },
  { key: "colleagues.invite", module: "people", label: "Invite colleagues" },
  { key: "activity.all", module: "people", label: "See all account activity (not only their own threads)" },
] as const satisfies readonly { key: string; module: ModuleKey; label: string }[];

export type Capability = (typeof capabilities)[number]["key"];

const keys = new Set<string>(capabilities.map((capability) => capability.key));

export function isCapability(value: string): value is Capability {
  return keys.has(value);
}

export function labelOf(capability: Capability) {
  return capabilities.find((c) => c.key === capability)?.label ?? capability;
}

/** The capabilities a rule on one record of this type can set (its module's). */
export function capabilitiesForObject(type: ObjectType) {
  const module = modules.find((m) => m.objectType === type)!.key;
  return capabilities.filter((capability) => capability.module === module);
}
