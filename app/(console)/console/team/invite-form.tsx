"use client";

import { useActionState } from "react";
import type { ActionState } from "@/components/ui/action-state";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { ActionNotice } from "@/components/ui/notice";
import { inviteStaffAction } from "./actions";

const select = "rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm";

/** Invite a colleague; a refused invitation keeps what was typed (the form remounts with it). */
export function InviteStaffForm({ roles, requestKey }: { roles: { value: string; label: string }[]; requestKey: string }) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(inviteStaffAction, {});
  const typed = state.values ?? {};
  return (
    <form
      key={state.values ? JSON.stringify(state.values) : "sent"}
      action={formAction}
      className="space-y-4"
      aria-label="Invite a colleague"
    >
      <ActionNotice state={state} title="Invite a colleague" />
      <input type="hidden" name="requestKey" value={typed.requestKey ?? requestKey} />
      <TextField label="Name" name="name" required maxLength={200} defaultValue={typed.name} />
      <TextField label="Email" name="email" type="email" required maxLength={320} defaultValue={typed.email} />
      <div className="space-y-1">
        <label htmlFor="invite-role" className="block text-sm font-medium">
          Role
        </label>
        <select id="invite-role" name="role" defaultValue={typed.role ?? "member"} className={select}>
          {roles.map((role) => (
            <option key={role.value} value={role.value}>
              {role.label}
            </option>
          ))}
        </select>
      </div>
      <TextAreaField label="Message (optional)" name="message" rows={2} maxLength={2000} defaultValue={typed.message} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Sending…" : "Send invitation"}
      </Button>
    </form>
  );
}
