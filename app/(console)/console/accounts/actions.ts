"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/auth";
import type { ActionState } from "@/components/ui/action-state";
import { grantAndInvite } from "@/db/access/onboarding/bulk-grant";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

const grantSchema = z.object({
  scope: z.enum(["selected", "all"]),
  accountIds: z.array(z.uuid()).max(500),
  q: z.string().max(200).default(""),
  status: z.enum(["", "active", "offline"]).default(""),
  lastLogin: z.enum(["", "30d", "over30d", "never"]).default(""),
  tag: z.string().max(60).default(""),
  invite: z.literal("on").optional(),
  message: z.string().trim().max(2000, "Keep the personal message under 2,000 characters.").optional(),
  requestKey: z.uuid(),
});

export async function grantAndInviteAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("clients");
  const parsed = grantSchema.safeParse({
    scope: formData.get("scope"),
    accountIds: formData.getAll("accountId"),
    q: formData.get("q") ?? "",
    status: formData.get("status") ?? "",
    lastLogin: formData.get("lastLogin") ?? "",
    tag: formData.get("tag") ?? "",
    invite: formData.get("invite") ?? undefined,
    message: formData.get("message") ?? undefined,
    requestKey: formData.get("requestKey"),
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "This form was incomplete. Reload the page and try again." };
  const { scope, accountIds, q, status, lastLogin, tag, invite, message, requestKey } = parsed.data;
  if (scope === "selected" && accountIds.length === 0) return { error: "Tick at least one account, or choose all matching accounts." };

  const allMatching = { query: q, status: status || undefined, lastLogin: lastLogin || undefined, tag: tag || undefined };
  const selection = scope === "all" ? { allMatching } : { accountIds };
  const result = await grantAndInvite(viewer, selection, { invite: invite === "on", message, requestKey }, clientIp(await headers()));
  revalidatePath("/console/accounts");
  const accounts = `${result.accounts.toLocaleString("en-GB")} account${result.accounts === 1 ? "" : "s"}`;
  return {
    ok: true,
    message:
      invite === "on"
        ? `Portal access granted at ${accounts}; ${result.invited.toLocaleString("en-GB")} invitations queued (follow them under Emails).`
        : `Portal access granted at ${accounts}.`,
  };
}
