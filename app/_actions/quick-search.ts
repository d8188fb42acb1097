"use server";

import { z } from "zod";
import { quickSearch } from "@/db/access/people/quick-search";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { recordKinds, recordPath } from "@/lib/record-kinds";

export type QuickSearchResult = { href: string; label: string; detail: string; kindLabel: string };

const typedSchema = z.string().max(200);

/** Staff's quick search (Ctrl+K): a public endpoint like any action, so the viewer is checked on every call. */
export async function quickSearchAction(typed: unknown): Promise<QuickSearchResult[]> {
  const viewer = await requireStaffViewer("clients");
  const parsed = typedSchema.safeParse(typed);
  if (!parsed.success) return [];
  const hits = await quickSearch(viewer, parsed.data);
  return hits.map((hit) => {
    if (hit.kind === "account") return { href: `/console/accounts/${hit.id}`, label: hit.label, detail: hit.detail, kindLabel: "Account" };
    if (hit.kind === "contact") return { href: `/console/contacts/${hit.id}`, label: hit.label, detail: hit.detail, kindLabel: "Contact" };
    return { href: recordPath(hit.kind, hit.id, "console"), label: hit.label, detail: "", kindLabel: recordKinds[hit.kind].consoleLabel };
  });
}
