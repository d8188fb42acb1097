import type { Metadata } from "next";
import { NotificationsPage } from "@/components/notifications/notifications-page";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Notifications" };

export default async function ConsoleNotificationsPage() {
  return <NotificationsPage viewer={await requireStaffViewer("console")} />;
}
