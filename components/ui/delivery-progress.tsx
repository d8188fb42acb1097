import { describeEmailCounts, type EmailCounts } from "@/lib/email-states";
import { AutoRefresh } from "./auto-refresh";

// Outbox progress: a bar and the numbers behind it, in the words each email's state uses,
// refreshed while emails are still waiting.
export function DeliveryProgress({ counts }: { counts: EmailCounts }) {
  const waiting = counts.queued + counts.sending;
  const done = counts.sent + counts.captured + counts.failed;
  return (
    <div className="rounded-lg bg-white p-4 ring-1 ring-zinc-200">
      <label htmlFor="delivery-progress" className="text-sm font-medium">
        Emails: {describeEmailCounts(counts)}
      </label>
      <progress id="delivery-progress" className="mt-2 block h-2 w-full accent-brand" max={Math.max(waiting + done, 1)} value={done} />
      <AutoRefresh isActive={waiting > 0} />
    </div>
  );
}
