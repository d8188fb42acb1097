import Link from "next/link";
import { countMyUnread } from "@/db/access/collaboration/notifications";
import type { Viewer } from "@/db/access/viewer/viewer";

/** The header's bell: a link to the inbox with the unread count, read out in full by screen readers. */
export async function NotificationBell({ viewer, href, className = "" }: { viewer: Viewer; href: string; className?: string }) {
  const unread = await countMyUnread(viewer);
  return (
    <Link
      href={href}
      className={`inline-flex min-h-10 items-center gap-1 rounded-md px-3 text-sm font-medium ${className}`}
      aria-label={unread ? `Notifications, ${unread} unread` : "Notifications"}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread ? <span className="rounded-full bg-red-600 px-1.5 text-xs font-bold text-white">{unread > 99 ? "99+" : unread}</span> : null}
    </Link>
  );
}
