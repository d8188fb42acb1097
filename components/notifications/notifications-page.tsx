import Link from "next/link";
import { markReadAction, saveNotificationModesAction } from "@/app/_actions/notifications";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { SelectField } from "@/components/ui/field";
import { getMyNotificationModes, listMyNotifications, notificationKinds } from "@/db/access/collaboration/notifications";
import { notificationKindLabels } from "@/db/access/collaboration/notify";
import type { Viewer } from "@/db/access/viewer/viewer";

// The inbox behind the bell, and how each kind reaches the person: the same page in the portal and the console.

const modeChoices = [
  { value: "immediate", label: "Email me straight away" },
  { value: "digest", label: "In a daily digest" },
  { value: "off", label: "No email (only here)" },
] as const;

export async function NotificationsPage({ viewer }: { viewer: Viewer }) {
  const [items, modes] = await Promise.all([listMyNotifications(viewer), getMyNotificationModes(viewer)]);
  const hasUnread = items.some((item) => !item.readAt);
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-title">Notifications</h1>
      <section aria-labelledby="inbox-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="inbox-heading" className="text-section">
            Latest
          </h2>
          {hasUnread ? (
            <ActionForm action={markReadAction} title="Mark all as read">
              <Button type="submit" variant="secondary">
                Mark all as read
              </Button>
            </ActionForm>
          ) : null}
        </div>
        {items.length === 0 ? <p className="text-sm text-zinc-600">Nothing yet. When something needs you, it shows here.</p> : null}
        <ul className="divide-y divide-zinc-200 rounded-xl bg-white ring-1 ring-zinc-200">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 p-4 text-sm">
              <div>
                <Link href={item.path} className={`underline-offset-2 hover:underline ${item.readAt ? "" : "font-semibold"}`}>
                  {item.readAt ? null : <span className="sr-only">Unread: </span>}
                  {item.text}
                </Link>
                <p className="text-zinc-600">
                  <DateTime value={item.createdAt} />
                </p>
              </div>
              {item.readAt ? null : (
                <ActionForm action={markReadAction} title="Mark as read">
                  <input type="hidden" name="id" value={item.id} />
                  <Button type="submit" variant="ghost">
                    Mark as read
                  </Button>
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section id="settings" aria-labelledby="settings-heading" className="space-y-3">
        <h2 id="settings-heading" className="text-section">
          How you hear about things
        </h2>
        <p className="text-sm text-zinc-600">Everything is listed here either way; this decides the emails.</p>
        <ActionForm
          action={saveNotificationModesAction}
          title="Notification settings"
          className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-zinc-200"
        >
          <div className="grid gap-3 sm:grid-cols-2">
            {notificationKinds.map((kind) => (
              <SelectField
                key={kind}
                label={`About ${notificationKindLabels[kind]}`}
                name={kind}
                defaultValue={modes[kind]}
                options={modeChoices}
              />
            ))}
          </div>
          <Button type="submit">Save</Button>
        </ActionForm>
      </section>
    </div>
  );
}
