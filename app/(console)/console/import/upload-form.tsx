"use client";

import { useActionState } from "react";
import type { ActionState } from "@/components/ui/action-state";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { previewImportAction } from "./actions";

export function UploadForm() {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(previewImportAction, {});
  return (
    <form action={formAction} className="space-y-3">
      {state.error ? (
        <Notice tone="error" title="Import">
          {state.error}
        </Notice>
      ) : null}
      <div>
        <label htmlFor="file" className="block text-sm font-medium">
          Spreadsheet (CSV)
        </label>
        <input id="file" name="file" type="file" accept=".csv,text/csv" required className="mt-1 block text-sm" />
      </div>
      <Button type="submit" disabled={isPending}>
        {isPending ? "Checking the file…" : "Check and preview"}
      </Button>
    </form>
  );
}
