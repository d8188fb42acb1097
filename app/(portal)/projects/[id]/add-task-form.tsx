"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { uploadOne } from "@/components/files/upload-request";
import type { ActionState } from "@/components/ui/action-state";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { ActionNotice } from "@/components/ui/notice";
import { addTaskAction } from "./actions";

// The task is made first (once per request key); then the files chosen with it go up to it, each
// with its progress, through the same upload route as everywhere else.

export function AddTaskForm({ projectId, requestKey, maxBytes }: { projectId: string; requestKey: string; maxBytes: number | null }) {
  const router = useRouter();
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(addTaskAction, {});
  const chosen = useRef<File[]>([]);
  const [progress, setProgress] = useState<string | null>(null);

  useEffect(() => {
    const files = chosen.current;
    if (!state.ok || !state.createdId || files.length === 0) return;
    chosen.current = [];
    void (async () => {
      const problems: string[] = [];
      for (const [index, file] of files.entries()) {
        const answer = await uploadOne(
          file,
          { type: "task", id: state.createdId! },
          {
            from: "portal",
            requestKey: crypto.randomUUID(),
            onProgress: (fraction) =>
              setProgress(`Uploading ${file.name} (${index + 1} of ${files.length}): ${Math.round(fraction * 100)}%`),
          },
        );
        if (!answer.ok) problems.push(`${file.name}: ${answer.error}`);
      }
      setProgress(
        problems.length ? `Some files were not added. ${problems.join(" ")} Add them on the task's page.` : `Files added to the task.`,
      );
      router.refresh();
    })();
  }, [state, router]);

  return (
    <form action={formAction} aria-label="Add a task" className="space-y-3">
      <ActionNotice state={state} title="Add a task" />
      <input type="hidden" name="projectId" value={projectId} />
      {/* A fresh key per rendered form: a retried submission makes the task once. */}
      <input type="hidden" name="requestKey" value={requestKey} />
      <TextField label="Title" name="title" required maxLength={200} />
      <TextAreaField label="Description" name="description" rows={3} maxLength={5000} />
      <TextField label="Due (optional)" name="dueOn" type="date" />
      {maxBytes ? (
        <label className="flex flex-col gap-1 text-sm font-medium">
          Files (optional, up to {Math.round(maxBytes / 1024 / 1024)} MB each)
          <input type="file" multiple className="font-normal" onChange={(event) => (chosen.current = [...(event.target.files ?? [])])} />
        </label>
      ) : null}
      {progress ? (
        <p role="status" className="text-sm text-zinc-700">
          {progress}
        </p>
      ) : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? "Adding…" : "Add the task"}
      </Button>
    </form>
  );
}
