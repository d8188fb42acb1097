import { listPage, type ListPageSpec } from "@/components/ui/list-page";
import type { Capability } from "@/db/access/permissions/capabilities";
import { requirePortalModule } from "@/db/access/records/portal";
import type { ContactViewer } from "@/db/access/viewer/viewer";
import { recordKinds, viewCapabilityOf, type RecordKind } from "@/lib/record-kinds";

// A portal list: a kind of record (its folder and view capability from the registry) or another
// section (the knowledge base, forms). A contact without the capability gets the 404 of a missing page.

type Section = RecordKind | { capability: Capability; path: string };

export function portalListPage<Row extends { id: string }>(
  section: Section,
  spec: Omit<ListPageSpec<ContactViewer, Row>, "viewer" | "path">,
) {
  const { capability, path } =
    typeof section === "string" ? { capability: viewCapabilityOf(section), path: `/${recordKinds[section].folder}` } : section;
  return listPage({ ...spec, path, viewer: () => requirePortalModule(capability) });
}
