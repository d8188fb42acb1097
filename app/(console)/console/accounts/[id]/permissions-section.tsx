import { LayerRulesForm } from "@/components/console/layer-rules-form";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { TextField } from "@/components/ui/field";
import { listGroups } from "@/db/access/permissions/groups";
import { getLayerRules } from "@/db/access/permissions/layer-rules";
import type { StaffViewer } from "@/db/access/viewer/viewer";
import { createGroupAction, deleteGroupAction, setGroupMembersAction } from "./group-actions";

// The account's own layer of permissions, and its groups ("Managers"), each with members and a
// layer of its own that beats the account's.
export async function PermissionsSection({
  viewer,
  accountId,
  people,
}: {
  viewer: StaffViewer;
  accountId: string;
  people: { id: string; name: string }[];
}) {
  const [accountRules, groups] = await Promise.all([getLayerRules(viewer, { layer: "account", accountId }), listGroups(viewer, accountId)]);
  const groupRules = await Promise.all(groups.map((group) => getLayerRules(viewer, { layer: "group", groupId: group.id })));
  return (
    <div className="mt-8 grid gap-6 lg:grid-cols-2">
      <section
        id="permissions"
        aria-labelledby="account-permissions-heading"
        className="self-start rounded-lg bg-white p-5 ring-1 ring-zinc-200"
      >
        <h2 id="account-permissions-heading" className="text-section">
          Permissions for everyone at this account
        </h2>
        <p className="mb-3 text-sm text-zinc-600">
          Beat the defaults in Settings; a group, a person&apos;s own setting or a record&apos;s setting beats these.
        </p>
        <LayerRulesForm target={{ layer: "account", accountId }} rules={accountRules} title="Account permissions" />
      </section>
      <section id="groups" aria-labelledby="groups-heading" className="space-y-4 self-start">
        <h2 id="groups-heading" className="text-section">
          Groups
        </h2>
        <p className="text-sm text-zinc-600">
          Name a group of people here (“Managers”) to give them permissions the rest of the account does not have. When someone is in two
          groups, a deny in either wins.
        </p>
        <ActionForm
          action={createGroupAction}
          title="New group"
          className="flex flex-wrap items-end gap-2 rounded-lg bg-white p-4 ring-1 ring-zinc-200"
        >
          <input type="hidden" name="accountId" value={accountId} />
          <div className="grow">
            <TextField label="New group name" name="name" required maxLength={80} />
          </div>
          <Button type="submit" variant="secondary">
            Create group
          </Button>
        </ActionForm>
        {groups.map((group, index) => (
          <details key={group.id} className="rounded-lg bg-white p-4 ring-1 ring-zinc-200" open={groups.length === 1}>
            <summary className="cursor-pointer font-semibold">
              {group.name}{" "}
              <span className="font-normal text-zinc-600">
                · {group.memberIds.length} {group.memberIds.length === 1 ? "person" : "people"}
              </span>
            </summary>
            <ActionForm action={setGroupMembersAction} title={`Members of ${group.name}`} className="mt-3 space-y-2">
              <input type="hidden" name="groupId" value={group.id} />
              <input type="hidden" name="accountId" value={accountId} />
              <fieldset>
                <legend className="text-sm font-semibold text-zinc-700">Members of {group.name}</legend>
                {people.map((person) => (
                  <label key={person.id} className="flex min-h-11 items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name="member"
                      value={person.id}
                      defaultChecked={group.memberIds.includes(person.id)}
                      className="size-6"
                    />
                    {person.name}
                  </label>
                ))}
              </fieldset>
              <Button type="submit" variant="secondary">
                Save members
              </Button>
            </ActionForm>
            <h3 className="mt-4 mb-2 text-sm font-semibold">Permissions of {group.name}</h3>
            <LayerRulesForm
              target={{ layer: "group", groupId: group.id }}
              rules={groupRules[index]!}
              title={`Permissions of ${group.name}`}
            />
            <div className="mt-4">
              <ConfirmForm
                action={deleteGroupAction}
                hidden={{ groupId: group.id, accountId }}
                triggerLabel={`Delete ${group.name}`}
                confirmLabel="Delete the group"
                question={`Its members keep their own settings and follow the account's again.`}
              />
            </div>
          </details>
        ))}
      </section>
    </div>
  );
}
