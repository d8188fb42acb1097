import { DecisionForm, type DecisionChoice } from "@/components/ui/decision-form";
import { respondAction } from "../actions";

const choices: DecisionChoice[] = [
  { value: "approved", label: "Approve", hint: "These files are approved as they are.", commentLabel: "A note (optional)" },
  {
    value: "changes_requested",
    label: "Request changes",
    hint: "Say what should change; a new version will follow.",
    commentLabel: "What should change",
    isCommentRequired: true,
  },
  {
    value: "rejected",
    label: "Reject",
    hint: "Say why; the team will be in touch.",
    commentLabel: "Why you reject it",
    isCommentRequired: true,
  },
];

// An approver's answer: one of three, what to change or why, and their full name typed to confirm.
export function AnswerForm({ signOffId, name, round }: { signOffId: string; name: string; round: number }) {
  return (
    <DecisionForm
      action={respondAction}
      hidden={{ signOffId }}
      legend={`Your answer to round ${round}`}
      choices={choices}
      name={name}
      recorded="Your name, the time, your IP address and browser are recorded with your answer."
    />
  );
}
