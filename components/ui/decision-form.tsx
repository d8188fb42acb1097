"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "./action-state";
import { TextAreaField, TextField } from "./field";
import { ActionNotice } from "./notice";
import { SubmitButton } from "./submit-button";

export type DecisionChoice = {
  value: string;
  label: string;
  hint: string;
  /** The comment box's label once this is chosen, and whether it must be filled. */
  commentLabel: string;
  isCommentRequired?: boolean;
};

// A signed decision (a sign-off's answer, a quote's): one of a few choices, a comment whose label
// follows the choice, and the person's full name typed to confirm. What was typed survives a refusal.
export function DecisionForm({
  action,
  hidden,
  legend,
  choices,
  name,
  recorded,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  legend: string;
  choices: readonly DecisionChoice[];
  /** The name on record, shown as the one to type. */
  name: string;
  /** What is kept with the answer, said beside the name. */
  recorded: string;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, {});
  const typed = state.values ?? {};
  const [decision, setDecision] = useState(typed.decision ?? "");
  const chosen = choices.find((choice) => choice.value === decision);
  const errors = state.fieldErrors ?? {};
  return (
    <form key={state.values ? JSON.stringify(state.values) : "answer"} action={formAction} aria-label="Your answer" className="space-y-4">
      <ActionNotice state={state} title="Your answer" />
      {Object.entries(hidden).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={value} />
      ))}
      <fieldset className="space-y-2">
        <legend className="font-medium">{legend}</legend>
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md p-2 ring-1 ring-zinc-200 has-[:checked]:ring-2 has-[:checked]:ring-brand"
          >
            <input
              type="radio"
              name="decision"
              value={choice.value}
              required
              className="mt-1 size-5"
              defaultChecked={typed.decision === choice.value}
              onChange={() => setDecision(choice.value)}
            />
            <span>
              <span className="block font-medium">{choice.label}</span>
              <span className="block text-sm text-zinc-600">{choice.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <TextAreaField
        label={chosen?.commentLabel ?? "A note (optional)"}
        name="comment"
        rows={3}
        required={chosen?.isCommentRequired}
        defaultValue={typed.comment}
        error={errors.comment}
      />
      <TextField
        label="Type your full name to confirm"
        name="typedName"
        autoComplete="name"
        required
        defaultValue={typed.typedName}
        error={errors.typedName}
        hint={`As we have it: ${name}. ${recorded}`}
      />
      <SubmitButton busy="Sending…">Send my answer</SubmitButton>
    </form>
  );
}
