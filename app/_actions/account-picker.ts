"use server";

import { z } from "zod";
import { pickableAccounts, type PickableAccount } from "@/db/access/people/account-picker";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export type { PickableAccount };

const typedSchema = z.string().max(200);

/** The account picker's choices: a public endpoint like any action, so the viewer is checked on every call. */
export async function pickAccountsAction(typed: unknown): Promise<PickableAccount[]> {
  const viewer = await requireStaffViewer("clients");
  const parsed = typedSchema.safeParse(typed);
  return parsed.success ? pickableAccounts(viewer, parsed.data) : [];
}
