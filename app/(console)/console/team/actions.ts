"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/auth";
import type { ActionState } from "@/components/ui/action-state";
import {
  cancelStaffInvitation,
  inviteStaff,
  resendStaffInvitation,
  setStaffActive,
  setStaffRole,
  type TeamResult,
} from "@/db/access/people/team";
import { resetStaffTwoFactor } from "@/db/access/sign-in/two-factor";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { staffAction } from "@/app/_actions/action";

const roleSchema = z.enum(["owner", "admin", "member", "designer"]);
const inviteSchema = z.object({
  name: z.string().trim().min(1, "Enter your colleague's name.").max(200),
  email: z.string().trim().toLowerCase().email("Enter your colleague's email address, like name@example.com.").max(320),
  role: roleSchema,
  message: z.string().max(2000).optional(),
  requestKey: z.uuid(),
});
const personSchema = z.object({ userId: z.uuid() });

const refusals: Record<Exclude<TeamResult, { ok: true }>["error"], string> = {
  not_found: "This person is no longer on the team in that state. Reload the page.",
  not_allowed: "Only an owner can do that to an owner, or make someone an owner.",
  address_taken: "Someone with this address already has an account here (staff or client). Use another address.",
  last_owner: "The business needs at least one active owner. Make someone else an owner first.",
  self: "You cannot deactivate yourself. Ask another owner or admin.",
};

function answer(result: TeamResult, message: string): ActionState {
  if (!result.ok) return { error: refusals[result.error] };
  revalidatePath("/console/team");
  return { ok: true, message };
}

export async function inviteStaffAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireStaffViewer("team");
  const raw = Object.fromEntries(["name", "email", "role", "message", "requestKey"].map((key) => [key, String(formData.get(key) ?? "")]));
  const parsed = inviteSchema.safeParse(raw);
  if (!parsed.success)
    return { error: parsed.error.issues[0]?.message ?? "This form was incomplete. Reload the page and try again.", values: raw };
  const result = await inviteStaff(viewer, parsed.data, clientIp(await headers()));
  if (!result.ok) return { ...answer(result, ""), values: raw };
  return answer(result, `Invitation sent to ${parsed.data.email}.`);
}

export const changeStaffRoleAction = staffAction(
  "team",
  personSchema.extend({ role: roleSchema }),
  async ({ userId, role }, { viewer, ip }) => answer(await setStaffRole(viewer, userId, role, ip), "Role changed."),
  { invalid: "Choose a role." },
);

export const setStaffActiveAction = staffAction(
  "team",
  personSchema.extend({ isActive: z.enum(["true", "false"]).transform((value) => value === "true") }),
  async ({ userId, isActive }, { viewer, ip }) =>
    answer(
      await setStaffActive(viewer, userId, isActive, ip),
      isActive ? "Reactivated: they can sign in again." : "Deactivated: their sessions have ended.",
    ),
);

export const resendStaffInvitationAction = staffAction("team", personSchema, async ({ userId }, { viewer, ip }) =>
  answer(await resendStaffInvitation(viewer, userId, ip), "A new invitation is on its way; the old link no longer works."),
);

export const cancelStaffInvitationAction = staffAction("team", personSchema, async ({ userId }, { viewer, ip }) =>
  answer(await cancelStaffInvitation(viewer, userId, ip), "Invitation cancelled."),
);

// Owners only: a colleague who lost their phone and their recovery codes signs in with their
// password again (and enrols again where their role requires it).
export const resetStaffTwoFactorAction = staffAction("team_security", personSchema, async ({ userId }, { viewer, ip }) => {
  if (!(await resetStaffTwoFactor(viewer, userId, ip)))
    return { error: "This person has no two-factor sign-in to reset. Reload the page." };
  revalidatePath("/console/team");
  return { ok: true, message: "Two-factor sign-in reset: they are signed out everywhere and sign in with their password next time." };
});
