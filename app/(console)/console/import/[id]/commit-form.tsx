"use client";

import { useActionState } from "react";
import type { ActionState } from "@/components/ui/action-state";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { commitImportAction } from "../actions";

export function CommitForm({ importId, goodRows, label }: { importId: string; goodRows: number; label?: string }) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(commitImportAction, {});
  return (
    <form action={formAction} className="space-y-2">
      {state.error ? (
        <Notice tone="error" title="Import">
          {state.error}
        </Notice>
      ) : null}
      <input type="hidden" name="importId" value={importId} />
      <Button type="submit" disabled={isPending || goodRows === 0}>
        {label ?? `Import ${goodRows.toLocaleString("en-GB")} rows`}
      </Button>
    </form>
  );
}
