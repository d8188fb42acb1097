import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { DateTime } from "@/components/ui/date-time";
import { listTeam, type StaffRole } from "@/db/access/people/team";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import {
  cancelStaffInvitationAction,
  changeStaffRoleAction,
  resendStaffInvitationAction,
  resetStaffTwoFactorAction,
  setStaffActiveAction,
} from "./actions";
import { InviteStaffForm } from "./invite-form";

export const metadata: Metadata = { title: "Team" };

const roleNames: Record<StaffRole, string> = { owner: "Owner", admin: "Admin", member: "Member", designer: "Designer" };
const stateNames = { active: "Active", invited: "Invited", invitation_ended: "Not activated", deactivated: "Deactivated" } as const;
const select = "rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm";

// Owners and admins: the business's staff, with roles (see the README's role table).
export default async function TeamPage() {
  const viewer = await requireStaffViewer("team");
  const team = await listTeam(viewer);
  const grantable = (Object.keys(roleNames) as StaffRole[]).filter((role) => viewer.role === "owner" || role !== "owner");
  return (
    <div className="space-y-6">
      <h1 className="text-title">Team</h1>
      <DataTable
        columns={["Name", "Email", "Role", "State", "Two-factor", "Last sign-in", { label: "Actions", isHidden: true }]}
        isEmpty={team.length === 0}
        empty="Nobody yet."
      >
        {team.map((person) => (
          <tr key={person.id} className="border-t border-zinc-100 align-top">
            <td className="px-4 py-2 font-medium">{person.name}</td>
            <td className="px-4 py-2">{person.email}</td>
            <td className="px-4 py-2">
              {person.mayManage ? (
                <ActionForm action={changeStaffRoleAction} title={`Role of ${person.name}`} className="flex gap-2">
                  <input type="hidden" name="userId" value={person.id} />
                  <label className="sr-only" htmlFor={`role-${person.id}`}>
                    Role of {person.name}
                  </label>
                  <select id={`role-${person.id}`} name="role" defaultValue={person.role} className={select}>
                    {grantable.map((role) => (
                      <option key={role} value={role}>
                        {roleNames[role]}
                      </option>
                    ))}
                  </select>
                  <Button type="submit" variant="secondary">
                    Change
                  </Button>
                </ActionForm>
              ) : (
                roleNames[person.role]
              )}
            </td>
            <td className="px-4 py-2">{stateNames[person.state]}</td>
            <td className="px-4 py-2">{person.hasTwoFactor ? "On" : "Off"}</td>
            <td className="px-4 py-2">
              <DateTime value={person.lastLoginAt} />
            </td>
            <td className="px-4 py-2">
              {person.mayManage || person.mayResetTwoFactor ? (
                <div className="flex flex-wrap gap-2">
                  {person.state === "invited" || person.state === "invitation_ended" ? (
                    <ActionForm action={resendStaffInvitationAction} title={`Invitation of ${person.name}`}>
                      <input type="hidden" name="userId" value={person.id} />
                      <Button type="submit" variant="secondary" aria-label={`Re-send invitation to ${person.name}`}>
                        Re-send invitation
                      </Button>
                    </ActionForm>
                  ) : null}
                  {person.state === "invited" ? (
                    <ActionForm action={cancelStaffInvitationAction} title={`Cancel invitation of ${person.name}`}>
                      <input type="hidden" name="userId" value={person.id} />
                      <Button type="submit" variant="secondary" aria-label={`Cancel invitation of ${person.name}`}>
                        Cancel invitation
                      </Button>
                    </ActionForm>
                  ) : null}
                  {person.mayManage ? (
                    <ActionForm action={setStaffActiveAction} title={`Access of ${person.name}`}>
                      <input type="hidden" name="userId" value={person.id} />
                      <input type="hidden" name="isActive" value={person.state === "deactivated" ? "true" : "false"} />
                      <Button
                        type="submit"
                        variant="secondary"
                        aria-label={`${person.state === "deactivated" ? "Reactivate" : "Deactivate"} ${person.name}`}
                      >
                        {person.state === "deactivated" ? "Reactivate" : "Deactivate"}
                      </Button>
                    </ActionForm>
                  ) : null}
                  {person.mayResetTwoFactor ? (
                    <ActionForm action={resetStaffTwoFactorAction} title={`Two-factor of ${person.name}`}>
                      <input type="hidden" name="userId" value={person.id} />
                      <Button type="submit" variant="secondary" aria-label={`Reset two-factor of ${person.name}`}>
                        Reset two-factor
                      </Button>
                    </ActionForm>
                  ) : null}
                </div>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>

      <section aria-labelledby="invite-heading" className="max-w-lg rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <h2 id="invite-heading" className="mb-4 text-section">
          Invite a colleague
        </h2>
        <InviteStaffForm roles={grantable.map((role) => ({ value: role, label: roleNames[role] }))} requestKey={randomUUID()} />
      </section>
    </div>
  );
}
