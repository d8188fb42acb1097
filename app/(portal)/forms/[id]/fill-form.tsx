"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { uploadAll } from "@/components/files/upload-request";
import type { ActionState } from "@/components/ui/action-state";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { ActionNotice } from "@/components/ui/notice";
import { isRequired, type FormField } from "@/lib/form-fields";
import { submitFormAction } from "./actions";

// A support form's own fields. A refused submission comes back with every answer kept and each
// problem beside its field. Files named in it go up to the ticket the form opened, then the client
// lands on that ticket.

type Props = { formId: string; title: string; fields: FormField[]; requestKey: string; maxUploadBytes: number | null };

export function FillForm({ formId, title, fields, requestKey, maxUploadBytes }: Props) {
  const router = useRouter();
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(submitFormAction, {});
  const files = useRef(new Map<string, File>());
  const [progress, setProgress] = useState<string | null>(null);
  const [failed, setFailed] = useState<{ ticketId: string; problems: string[] } | null>(null);
  const typed = state.values ?? {};

  useEffect(() => {
    if (!state.ok || !state.createdId) return;
    const ticketId = state.createdId;
    void (async () => {
      const problems = await uploadAll([...files.current.values()], { type: "ticket", id: ticketId }, "portal", setProgress);
      if (problems.length === 0) router.push(`/tickets/${ticketId}`);
      else setFailed({ ticketId, problems });
    })();
  }, [state, router]);

  return (
    <form
      key={state.values ? JSON.stringify(state.values) : "new"}
      action={formAction}
      aria-label={title}
      className="space-y-4 rounded-xl bg-white p-5 ring-1 ring-zinc-200"
    >
      <ActionNotice state={state} title={title} />
      <input type="hidden" name="formId" value={formId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      {fields.map((field, index) => {
        const name = `field.${index}`;
        const label = isRequired(field) ? field.label : `${field.label} (optional)`;
        const common = { label, name, required: isRequired(field), defaultValue: typed[name], error: state.fieldErrors?.[name] };
        switch (field.kind) {
          case "long_text":
            return <TextAreaField key={name} {...common} rows={5} maxLength={5000} />;
          case "choice":
            return (
              <SelectField
                key={name}
                {...common}
                options={[{ value: "", label: "Choose…" }, ...(field.choices ?? []).map((choice) => ({ value: choice, label: choice }))]}
              />
            );
          case "date":
            return <TextField key={name} {...common} type="date" />;
          case "checkbox":
            return (
              <div key={name}>
                <label className="flex items-center gap-2 text-sm font-medium">
                  <input
                    type="checkbox"
                    name={name}
                    required={isRequired(field)}
                    defaultChecked={typed[name] === "on"}
                    className="size-5"
                  />
                  {label}
                </label>
                {state.fieldErrors?.[name] ? <p className="mt-1 text-sm text-red-700">{state.fieldErrors[name]}</p> : null}
              </div>
            );
          case "file":
            return (
              <FileAnswer
                key={name}
                name={name}
                label={label}
                isRequired={isRequired(field)}
                maxBytes={maxUploadBytes}
                error={state.fieldErrors?.[name]}
                files={files.current}
              />
            );
          default:
            return (
              <TextField
                key={name}
                {...common}
                type={field.kind === "email" ? "email" : "text"}
                maxLength={field.kind === "email" ? 320 : 500}
              />
            );
        }
      })}
      {failed ? (
        <p role="alert" className="text-sm text-red-800">
          Your request was sent, but not every file went with it: {failed.problems.join(" ")}{" "}
          <a href={`/tickets/${failed.ticketId}`} className="underline">
            Open the ticket
          </a>{" "}
          to add them again.
        </p>
      ) : progress ? (
        <p role="status" className="text-sm text-zinc-700">
          {progress}
        </p>
      ) : null}
      <Button type="submit" disabled={isPending || Boolean(progress)}>
        {isPending ? "Sending…" : "Send"}
      </Button>
    </form>
  );
}

/** A file question: the file is kept here and sent after the form; the form itself carries its name. */
function FileAnswer(props: {
  name: string;
  label: string;
  isRequired: boolean;
  maxBytes: number | null;
  error?: string;
  files: Map<string, File>;
}) {
  const [fileName, setFileName] = useState("");
  if (!props.maxBytes)
    return (
      <p className="text-sm text-zinc-700">
        {props.label}: you cannot attach files here. {props.isRequired ? "Ask us to let you upload files, or write to us instead." : ""}
      </p>
    );
  return (
    <div>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {props.label} (up to {Math.round(props.maxBytes / 1024 / 1024)} MB)
        <input
          type="file"
          required={props.isRequired}
          className="font-normal"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file && file.size <= props.maxBytes!) props.files.set(props.name, file);
            else props.files.delete(props.name);
            setFileName(file && file.size <= props.maxBytes! ? file.name : "");
          }}
        />
      </label>
      <input type="hidden" name={props.name} value={fileName} />
      {props.error ? <p className="mt-1 text-sm text-red-700">{props.error}</p> : null}
    </div>
  );
}
