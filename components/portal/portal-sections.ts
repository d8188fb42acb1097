import type { Capability } from "@/db/access/permissions/capabilities";
import { recordKindList, recordKinds, viewCapabilityOf } from "@/lib/record-kinds";

// The portal's sections, in navigation order, each with the capabilities that open it: one per kind
// of record (lib/record-kinds.ts), then files (opened by seeing any kind of record) and the rest.
const recordSections = recordKindList.map((kind) => ({
  href: `/${recordKinds[kind].folder}`,
  label: recordKinds[kind].portalLabel,
  opensWith: [viewCapabilityOf(kind)] as readonly Capability[],
}));
const portalSections: { href: string; label: string; opensWith: readonly Capability[] }[] = [
  ...recordSections,
  { href: "/files", label: "Files", opensWith: recordKindList.map((kind) => viewCapabilityOf(kind)) },
  { href: "/knowledge", label: "Knowledge base", opensWith: ["knowledge.view"] },
  { href: "/forms", label: "Forms", opensWith: ["forms.view"] },
  { href: "/colleagues", label: "Colleagues", opensWith: ["colleagues.invite"] },
];

/** The sections this contact may open. */
export function sectionsFor(usable: ReadonlySet<Capability>) {
  return portalSections.filter((section) => section.opensWith.some((capability) => usable.has(capability)));
}
