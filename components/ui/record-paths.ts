import type { ObjectType } from "@/db/access/permissions/capabilities";
import { recordKinds } from "@/lib/record-kinds";

// Each kind of record's folder (lib/record-kinds.ts), the same in the portal (/projects/…) and the console (/console/projects/…).

/** Where a record is shown in the portal. */
export function portalObjectPath(type: ObjectType, id: string) {
  return `/${recordKinds[type].folder}/${id}`;
}

/** Where a record is edited in the console. */
export function consoleObjectPath(type: ObjectType, id: string) {
  return `/console${portalObjectPath(type, id)}`;
}
