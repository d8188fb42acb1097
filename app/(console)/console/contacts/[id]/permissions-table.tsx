import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import type { CapabilityAnswer } from "@/db/access/permissions";
import { setContactCapabilityAction } from "./permission-actions";

const deciders = { contact: "their own setting", default: "the business default", "nothing set": "nothing set (denied)" };

// For each capability: the answer, which layer gave it, and the contact's own setting to change.
export function PermissionsTable({ contactId, answers }: { contactId: string; answers: CapabilityAnswer[] }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-zinc-200">
      <table className="w-full text-left text-sm">
        <thead className="bg-zinc-50 text-zinc-600">
          <tr>
            <th scope="col" className="px-3 py-2">Permission</th>
            <th scope="col" className="px-3 py-2">Answer</th>
            <th scope="col" className="px-3 py-2">Their own setting</th>
          </tr>
        </thead>
        <tbody>
          {answers.map((answer) => (
            <tr key={answer.capability} className="border-t border-zinc-100">
              <td className="px-3 py-2">{answer.label}</td>
              <td className="px-3 py-2">
                {answer.isAllowed ? "Allowed" : "Denied"} <span className="text-zinc-600">by {deciders[answer.decidedBy]}</span>
              </td>
              <td className="px-3 py-2">
                <ActionForm action={setContactCapabilityAction} title={answer.label} className="flex items-center gap-2">
                  <input type="hidden" name="contactId" value={contactId} />
                  <input type="hidden" name="capability" value={answer.capability} />
                  <label className="sr-only" htmlFor={`cap-${answer.capability}`}>{answer.label}: their own setting</label>
                  <select
                    id={`cap-${answer.capability}`}
                    name="setting"
                    defaultValue={answer.own === null ? "default" : answer.own ? "allow" : "deny"}
                    className="rounded-md border border-zinc-300 bg-white px-2 py-1"
                  >
                    <option value="default">Default</option>
                    <option value="allow">Allow</option>
                    <option value="deny">Deny</option>
                  </select>
                  <Button type="submit" variant="secondary">Save</Button>
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
