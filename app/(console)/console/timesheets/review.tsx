import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import type { StaffViewer } from "@/db/access/viewer/viewer";
import { reviewTimeAction } from "./actions";

const states = { submitted: "Waiting for approval", approved: "Approved", returned: "Sent back to the contractor" };

/** A contractor's entry: its state, and approve or send back while it waits. */
export function ReviewTime({
  record,
}: {
  viewer: StaffViewer;
  record: { id: string; approval: keyof typeof states; loggedByContactId: string | null };
}) {
  if (!record.loggedByContactId) return null;
  return (
    <section aria-labelledby="review-heading" className="max-w-xl space-y-2">
      <h2 id="review-heading" className="text-section">
        Logged by the contractor: {states[record.approval]}
      </h2>
      {record.approval === "approved" ? null : (
        <ActionForm action={reviewTimeAction} title="Review time" className="flex gap-2">
          <input type="hidden" name="entryId" value={record.id} />
          <Button type="submit" name="decision" value="approved">
            Approve
          </Button>
          {record.approval === "submitted" ? (
            <Button type="submit" name="decision" value="returned" variant="secondary">
              Send back
            </Button>
          ) : null}
        </ActionForm>
      )}
    </section>
  );
}
