"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/components/ui/action-state";
import { TextAreaField, TextField } from "@/components/ui/field";
import { ActionNotice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { respondAction } from "../actions";

const choices = [
  { value: "approved", label: "Approve", hint: "These files are approved as they are." },
  { value: "changes_requested", label: "Request changes", hint: "Say what should change; a new version will follow." },
  { value: "rejected", label: "Reject", hint: "Say why; the team will be in touch." },
] as const;

// An approver's answer: one of three, what to change or why, and their full name typed to confirm.
export function AnswerForm({ signOffId, name, round }: { signOffId: string; name: string; round: number }) {
  const [state, action] = useActionState<ActionState, FormData>(respondAction, {});
  const typed = state.values ?? {};
  const [decision, setDecision] = useState(typed.decision ?? "");
  const errors = state.fieldErrors ?? {};
  return (
    <form key={state.values ? JSON.stringify(state.values) : "answer"} action={action} aria-label="Your answer" className="space-y-4">
      <ActionNotice state={state} title="Your answer" />
      <input type="hidden" name="signOffId" value={signOffId} />
      <fieldset className="space-y-2">
        <legend className="font-medium">Your answer to round {round}</legend>
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
        label={decision === "rejected" ? "Why you reject it" : decision === "approved" ? "A note (optional)" : "What should change"}
        name="comment"
        rows={3}
        required={decision === "changes_requested" || decision === "rejected"}
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
        hint={`As we have it: ${name}. Your name, the time, your IP address and browser are recorded with your answer.`}
      />
      <SubmitButton busy="Sending…">Send my answer</SubmitButton>
    </form>
  );
}
