import type { Metadata } from "next";
import { NotificationsPage } from "@/components/notifications/notifications-page";
import { requireContactViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Notifications" };

export default async function PortalNotificationsPage() {
  return <NotificationsPage viewer={await requireContactViewer()} />;
}
