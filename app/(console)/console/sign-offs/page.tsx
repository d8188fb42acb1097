import type { Metadata } from "next";
import { SignOffTable } from "@/components/sign-offs/sign-off-table";
import { listSignOffs } from "@/db/access/sign-offs/read";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Sign-offs" };

// Every sign-off, newest first. New ones are made from a project, a ticket or an account.
export default async function SignOffsPage() {
  const viewer = await requireStaffViewer("clients");
  const rows = await listSignOffs(viewer);
  return (
    <div className="space-y-4">
      <h1 className="text-title">Sign-offs</h1>
      <p className="max-w-3xl text-sm text-zinc-600">
        Ask client contacts to approve files: open a project, a ticket or an account and choose “Ask for sign-off”.
      </p>
      <SignOffTable rows={rows} />
    </div>
  );
}
