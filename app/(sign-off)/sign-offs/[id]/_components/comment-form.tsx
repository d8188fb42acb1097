"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { commentAction } from "../actions";

/** A comment on the whole sign-off, or (with a file) on that file. */
export function CommentForm({ signOffId, file }: { signOffId: string; file?: { id: string; name: string } }) {
  return (
    <ActionForm action={commentAction} title={file ? `Comment on ${file.name}` : "Comment"} className="mt-3 space-y-2">
      <input type="hidden" name="signOffId" value={signOffId} />
      <input type="hidden" name="signOffFileId" value={file?.id ?? ""} />
      <TextAreaField label={file ? `Comment on ${file.name}` : "Comment on the whole sign-off"} name="body" rows={2} required />
      <SubmitButton variant="secondary" busy="Sending…">
        Add comment
      </SubmitButton>
    </ActionForm>
  );
}
