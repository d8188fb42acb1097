import { saveGlobalDefaultAction } from "@/app/_actions/permissions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";

// The last layer: one answer for every capability that nothing else decides.
export function GlobalDefaultForm({ current }: { current: boolean | null }) {
  return (
    <ActionForm action={saveGlobalDefaultAction} title="Global default" className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Global default, for anything not set below</span>
        <select
          name="setting"
          defaultValue={current === null ? "inherit" : current ? "allow" : "deny"}
          className="rounded-md border border-zinc-300 bg-white px-2 py-1"
        >
          <option value="inherit">Not set (deny)</option>
          <option value="allow">Allow</option>
          <option value="deny">Deny</option>
        </select>
      </label>
      <Button type="submit" variant="secondary">
        Save
      </Button>
    </ActionForm>
  );
}
