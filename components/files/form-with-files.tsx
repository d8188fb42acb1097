"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import type { ActionState } from "@/components/ui/action-state";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/notice";
import { uploadAll } from "./upload-request";

// A form whose server action makes a record (a task, a ticket) or writes on one (a message), and
// whose chosen files then go up to that record, each with its progress, through /api/files. The
// action runs once per request key whatever happens to the uploads; a file that fails is named,
// with where to add it again. The files' names go with the form, so a message can say what it attaches.

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  title: string;
  submitLabel: string;
  /** The record the files go to: a fixed one, or the one the action made (its `createdId`). */
  record: { type: string; id?: string };
  /** Null when the viewer may not upload: no file input. */
  maxBytes: number | null;
  from: "portal" | "console";
  /** Where to go once done (the record made); otherwise the page refreshes. */
  openPath?: string;
  className?: string;
  /** The fields; as a function, they are given back what was typed when the action refused it. */
  children: ReactNode | ((typed: { values?: Record<string, string>; fieldErrors?: Record<string, string> }) => ReactNode);
};

export function FormWithFiles({ action, title, submitLabel, record, maxBytes, from, openPath, className, children }: Props) {
  const router = useRouter();
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(action, {});
  const chosen = useRef<File[]>([]);
  const [names, setNames] = useState("");
  const [progress, setProgress] = useState<{ text: string; isProblem?: boolean } | null>(null);

  useEffect(() => {
    // A refused form mounts again with what was typed; the file input is empty again, so is the choice.
    if (state.error) {
      chosen.current = [];
      setNames("");
    }
    const recordId = state.createdId ?? record.id;
    const files = chosen.current;
    if (!state.ok || !recordId) return;
    chosen.current = [];
    setNames("");
    void (async () => {
      const problems = await uploadAll(files, { type: record.type, id: recordId }, from, (text) => setProgress({ text }));
      if (problems.length)
        setProgress({ text: `Not every file was added. ${problems.join(" ")} Add them again under Files.`, isProblem: true });
      else setProgress(files.length ? { text: "Files added." } : null);
      if (openPath && state.createdId && !problems.length) router.push(`${openPath}/${state.createdId}`);
      else router.refresh();
    })();
  }, [state, record.type, record.id, from, openPath, router]);

  return (
    <form key={state.values ? JSON.stringify(state.values) : "form"} action={formAction} aria-label={title} className={className}>
      <ActionNotice state={state} title={title} />
      {typeof children === "function" ? children({ values: state.values, fieldErrors: state.fieldErrors }) : children}
      {maxBytes ? (
        <>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Attach files (optional, up to {Math.round(maxBytes / 1024 / 1024)} MB each)
            <input
              type="file"
              multiple
              className="font-normal"
              onChange={(event) => {
                const files = [...(event.target.files ?? [])].filter((file) => file.size > 0 && file.size <= maxBytes);
                chosen.current = files;
                setNames(files.map((file) => file.name).join(", "));
              }}
            />
          </label>
          <input type="hidden" name="attachmentNames" value={names} />
        </>
      ) : null}
      {progress ? (
        <p role={progress.isProblem ? "alert" : "status"} className={`text-sm ${progress.isProblem ? "text-red-800" : "text-zinc-700"}`}>
          {progress.text}
        </p>
      ) : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? "Sending…" : submitLabel}
      </Button>
    </form>
  );
}
