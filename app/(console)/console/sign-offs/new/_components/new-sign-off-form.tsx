"use client";

import { FormWithFiles } from "@/components/files/form-with-files";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { formatBytes } from "@/lib/format";
import { createSignOffAction } from "../../actions";

type Props = {
  origin: { accountId: string; object: { type: string; id: string } | null };
  contacts: { id: string; name: string; email: string }[];
  files: { id: string; name: string; sizeBytes: number }[];
  defaultLinkDays: number;
  requestKey: string;
  maxBytes: number;
};

const roles = [
  { value: "none", label: "Not asked" },
  { value: "approver", label: "Approval required" },
  { value: "informed", label: "For information" },
];

// The new sign-off: what it is, who is asked for what, and its files (picked from the record, or
// uploaded). It is saved as a draft; its page then sends it.
export function NewSignOffForm({ origin, contacts, files, defaultLinkDays, requestKey, maxBytes }: Props) {
  return (
    <FormWithFiles
      action={createSignOffAction}
      title="New sign-off"
      submitLabel="Save draft and review"
      record={{ type: "sign_off" }}
      maxBytes={maxBytes}
      from="console"
      openPath="/console/sign-offs"
      className="max-w-3xl space-y-5"
    >
      {({ values = {}, fieldErrors = {} }) => (
        <>
          <input type="hidden" name="accountId" value={origin.accountId} />
          <input type="hidden" name="objectType" value={origin.object?.type ?? ""} />
          <input type="hidden" name="objectId" value={origin.object?.id ?? ""} />
          <input type="hidden" name="requestKey" value={requestKey} />
          <TextField label="Subject" name="subject" required maxLength={200} defaultValue={values.subject} error={fieldErrors.subject} />
          <TextAreaField
            label="Instructions (optional)"
            name="instructions"
            rows={4}
            defaultValue={values.instructions}
            error={fieldErrors.instructions}
            hint="What to look at and what you need back. Plain text or simple Markdown."
          />
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">Who is asked</legend>
            {fieldErrors.recipients ? <p className="text-sm font-medium text-red-700">{fieldErrors.recipients}</p> : null}
            {contacts.length === 0 ? <p className="text-sm text-zinc-600">This account has no contacts yet: add one first.</p> : null}
            <ul className="divide-y divide-zinc-200 rounded-lg bg-white ring-1 ring-zinc-200">
              {contacts.map((contact) => (
                <li key={contact.id} className="grid gap-2 p-3 sm:grid-cols-[1fr_14rem] sm:items-end">
                  <p>
                    {contact.name} <span className="block text-sm text-zinc-600">{contact.email}</span>
                  </p>
                  <SelectField
                    label={`Ask ${contact.name} for`}
                    name={`role:${contact.id}`}
                    options={roles}
                    defaultValue={values[`role:${contact.id}`] ?? "none"}
                  />
                </li>
              ))}
            </ul>
          </fieldset>
          {files.length ? (
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium">Files already on this {origin.object?.type}</legend>
              {files.map((file) => (
                <label key={file.id} className="flex min-h-10 items-center gap-3 text-sm">
                  <input type="checkbox" name={`file:${file.id}`} className="size-5" defaultChecked={values[`file:${file.id}`] === "on"} />
                  {file.name} <span className="text-zinc-600">{formatBytes(file.sizeBytes)}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="Due date (optional)" name="dueOn" type="date" defaultValue={values.dueOn} error={fieldErrors.dueOn} />
            <TextField
              label="Links last (days)"
              name="linkDays"
              type="number"
              min={1}
              max={90}
              required
              defaultValue={values.linkDays ?? String(defaultLinkDays)}
              error={fieldErrors.linkDays}
              hint="Each emailed link opens this sign-off without a password until then."
            />
          </div>
          <label className="flex min-h-10 items-center gap-3 text-sm">
            <input
              type="checkbox"
              name="hasReminders"
              className="size-5"
              defaultChecked={values.requestKey ? values.hasReminders === "on" : true}
            />
            Remind those who have not answered before the due date
          </label>
        </>
      )}
    </FormWithFiles>
  );
}
