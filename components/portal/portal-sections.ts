import type { Capability } from "@/db/access/permissions/capabilities";

// The portal's sections, in navigation order, each with the capabilities that open it.
const portalSections: { href: string; label: string; opensWith: readonly Capability[] }[] = [
  { href: "/invoices", label: "Invoices", opensWith: ["invoices.view"] },
  { href: "/quotes", label: "Quotes", opensWith: ["quotes.view"] },
  { href: "/projects", label: "Projects", opensWith: ["projects.view"] },
  { href: "/tasks", label: "Tasks", opensWith: ["tasks.view"] },
  { href: "/tickets", label: "Support", opensWith: ["tickets.view"] },
  { href: "/contracts", label: "Contracts", opensWith: ["contracts.view"] },
  { href: "/sales", label: "Sales", opensWith: ["sales.view"] },
  { href: "/timesheets", label: "Timesheets", opensWith: ["timesheets.view"] },
  {
    href: "/files",
    label: "Files",
    opensWith: [
      "invoices.view",
      "quotes.view",
      "projects.view",
      "tasks.view",
      "tickets.view",
      "contracts.view",
      "sales.view",
      "timesheets.view",
    ],
  },
  { href: "/knowledge", label: "Knowledge base", opensWith: ["knowledge.view"] },
  { href: "/forms", label: "Forms", opensWith: ["forms.view"] },
  { href: "/colleagues", label: "Colleagues", opensWith: ["colleagues.invite"] },
];

/** The sections this contact may open. */
export function sectionsFor(usable: ReadonlySet<Capability>) {
  return portalSections.filter((section) => section.opensWith.some((capability) => usable.has(capability)));
}
