import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import type { ObjectType } from "@/db/access/permissions/capabilities";
import { attachFileAction } from "@/app/_actions/files";

export function FileUploadForm({ type, id }: { type: ObjectType; id: string }) {
  return (
    <ActionForm
      action={attachFileAction}
      title="Attach a file"
      className="flex flex-wrap items-end gap-2 rounded-lg bg-white p-4 ring-1 ring-zinc-200"
    >
      <input type="hidden" name="objectType" value={type} />
      <input type="hidden" name="objectId" value={id} />
      <label className="flex grow flex-col gap-1 text-sm font-medium">
        File (up to 10 MB)
        <input type="file" name="file" required className="text-sm" />
      </label>
      <Button type="submit" variant="secondary">
        Attach
      </Button>
    </ActionForm>
  );
}
