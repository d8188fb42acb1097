import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { describeActivity } from "@/lib/activity";
import { recordPath, type RecordKind } from "@/lib/record-kinds";

type Item = {
  id: number;
  verb: string;
  objectType: RecordKind;
  objectId: string;
  title: string;
  createdAt: Date;
  actorName: string | null;
};

/** Recent activity, each item a sentence linking to its record (in the portal or the console). */
export function ActivityFeed({ items, side, emptyText }: { items: Item[]; side: "portal" | "console"; emptyText: string }) {
  if (items.length === 0) return <p className="text-sm text-zinc-600">{emptyText}</p>;
  return (
    <ol className="divide-y divide-zinc-200 rounded-xl bg-white ring-1 ring-zinc-200">
      {items.map((item) => (
        <li key={item.id} className="p-3 text-sm">
          <Link href={recordPath(item.objectType, item.objectId, side)} className="underline-offset-2 hover:underline">
            {describeActivity(item)}
          </Link>
          <p className="text-zinc-600">
            <DateTime value={item.createdAt} />
          </p>
        </li>
      ))}
    </ol>
  );
}
