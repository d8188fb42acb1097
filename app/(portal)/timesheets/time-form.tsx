"use client";

import { useActionState } from "react";
import type { ActionState } from "@/components/ui/action-state";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ActionNotice } from "@/components/ui/notice";
import { editTimeAction, logTimeAction } from "./actions";

type Choice = { id: string; name: string };

const durationParts = [
  { name: "hours", label: "Hours", max: 24 },
  { name: "minutes", label: "Minutes", max: 59 },
] as const;

type Entry = { id: string; workedOn: string; minutes: number; description: string; isBillable: boolean };

// Logging time, or correcting an entry not yet approved (its project and task stay). A refused form
// comes back with what was typed (React resets a form after its action), each problem beside its field.
export function TimeForm({
  projects = [],
  tasks = [],
  requestKey,
  today,
  entry,
}: {
  projects?: Choice[];
  tasks?: Choice[];
  requestKey?: string;
  today: string;
  entry?: Entry;
}) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(entry ? editTimeAction : logTimeAction, {});
  const title = entry ? "Correct this entry" : "Log time";
  const saved = entry
    ? {
        workedOn: entry.workedOn,
        hours: String(Math.floor(entry.minutes / 60)),
        minutes: String(entry.minutes % 60),
        description: entry.description,
        isBillable: entry.isBillable ? "on" : "",
      }
    : {};
  const typed: Record<string, string | undefined> = state.values ?? saved;
  const problem = (name: string) => state.fieldErrors?.[name];
  const options = (choices: Choice[]) => [
    { value: "", label: "—" },
    ...choices.map((choice) => ({ value: choice.id, label: choice.name })),
  ];
  return (
    <form
      key={state.values ? JSON.stringify(state.values) : "new"}
      action={formAction}
      aria-label={title}
      className="space-y-4 rounded-xl bg-white p-5 ring-1 ring-zinc-200"
    >
      <ActionNotice state={state} title={title} />
      {entry ? <input type="hidden" name="entryId" value={entry.id} /> : <input type="hidden" name="requestKey" value={requestKey} />}
      <TextField label="Date" name="workedOn" type="date" required defaultValue={typed.workedOn ?? today} error={problem("workedOn")} />
      <div className="grid grid-cols-2 gap-4">
        {durationParts.map(({ name, label, max }) => (
          <TextField
            key={name}
            label={label}
            name={name}
            type="number"
            min={0}
            max={max}
            required
            defaultValue={typed[name] ?? "0"}
            error={problem(name)}
          />
        ))}
      </div>
      <TextField
        label="What was done"
        name="description"
        required
        maxLength={1000}
        defaultValue={typed.description}
        error={problem("description")}
      />
      {entry ? null : (
        <>
          <SelectField
            label="Project"
            name="projectId"
            options={options(projects)}
            defaultValue={typed.projectId}
            error={problem("projectId")}
          />
          <SelectField
            label="Task (optional)"
            name="taskId"
            options={options(tasks)}
            defaultValue={typed.taskId}
            error={problem("taskId")}
          />
        </>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="isBillable"
          defaultChecked={state.values || entry ? typed.isBillable === "on" : true}
          className="size-5"
        />{" "}
        Billable
      </label>
      <Button type="submit" disabled={isPending}>
        {isPending ? "Saving…" : entry ? "Save the correction" : "Log the time"}
      </Button>
    </form>
  );
}
