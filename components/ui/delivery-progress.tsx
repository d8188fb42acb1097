import { AutoRefresh } from "./auto-refresh";

// Outbox progress: a bar and the numbers behind it, refreshed while emails are still waiting.
export function DeliveryProgress({ waiting, delivered, failed }: { waiting: number; delivered: number; failed: number }) {
  const total = waiting + delivered + failed;
  const format = (n: number) => n.toLocaleString("en-GB");
  return (
    <div className="rounded-lg bg-white p-4 ring-1 ring-zinc-200">
      <label htmlFor="delivery-progress" className="text-sm font-medium">
        Delivery: {format(delivered)} delivered, {format(waiting)} waiting, {format(failed)} failed
      </label>
      <progress id="delivery-progress" className="mt-2 block h-2 w-full accent-brand" max={Math.max(total, 1)} value={delivered + failed} />
      <AutoRefresh isActive={waiting > 0} />
    </div>
  );
}
