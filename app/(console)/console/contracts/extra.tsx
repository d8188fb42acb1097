import type { Loaded } from "@/components/console/record-editor";
import Link from "next/link";
import { formatDay, formatHours } from "@/lib/format";
import type { getContract } from "@/db/access/records/contracts";
import type { StaffViewer } from "@/db/access/viewer/viewer";

// The time booked against the contract: its usage, as clients with "view contract usage" see it.
export function Extra({ record }: { viewer: StaffViewer; record: Loaded<typeof getContract> }) {
  return (
    <section aria-labelledby="usage-heading" className="max-w-2xl space-y-2">
      <h2 id="usage-heading" className="text-section">
        Usage: {formatHours(record.usedMinutes)} of {formatHours(record.allowanceMinutes)}
      </h2>
      <Link href={`/console/timesheets/new?contract=${record.id}`} className="font-medium text-brand-ink underline">
        Log time on this contract
      </Link>
      <ul className="divide-y divide-zinc-100 rounded-lg bg-white text-sm ring-1 ring-zinc-200">
        {record.entries.map((entry) => (
          <li key={entry.id} className="flex justify-between gap-2 px-4 py-2">
            <Link href={`/console/timesheets/${entry.id}`} className="underline">
              {entry.description}
            </Link>
            <span className="text-zinc-600">
              {formatDay(entry.workedOn)} · {formatHours(entry.minutes)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
