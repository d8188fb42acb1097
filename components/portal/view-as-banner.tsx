import { Button } from "@/components/ui/button";
import { endViewAsAction } from "@/app/_actions/view-as";
import { DateTime } from "@/components/ui/date-time";

// Always on screen while a staff member looks through a contact's eyes.
export function ViewAsBanner({
  name,
  accountName,
  staffName,
  expiresAt,
}: {
  name: string;
  accountName: string;
  staffName: string;
  expiresAt: Date;
}) {
  return (
    <div role="region" aria-label="Viewing as a contact" className="bg-amber-300 text-amber-950">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
        <p>
          <strong>
            {staffName}, you are viewing the portal as {name}
          </strong>{" "}
          ({accountName}). Read-only: nothing can be changed. Ends at <DateTime value={expiresAt} />.
        </p>
        <form action={endViewAsAction}>
          <Button variant="bare" type="submit" className="rounded-md border border-amber-900 px-3 py-1 font-semibold hover:bg-amber-200">
            End view as
          </Button>
        </form>
      </div>
    </div>
  );
}
