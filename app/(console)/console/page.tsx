import { redirect } from "next/navigation";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

// Staff start at their accounts; designers at the one page that is theirs.
export default async function ConsoleHomePage() {
  const viewer = await requireStaffViewer("console");
  redirect(viewer.role === "designer" ? "/console/branding" : "/console/accounts");
}
