import type { Metadata } from "next";
import Link from "next/link";
import { signOffStateLabels } from "@/components/sign-offs/sign-off-view";
import { listMySignOffs } from "@/db/access/sign-offs/read";
import { requireContactViewer } from "@/db/access/viewer/viewer";
import { formatDay } from "@/lib/format";

export const metadata: Metadata = { title: "Sign-offs" };

// What this contact was asked to approve or look at, those waiting on their answer first.
export default async function MySignOffsPage() {
  const viewer = await requireContactViewer();
  const signOffs = await listMySignOffs(viewer);
  return (
    <div className="space-y-4">
      <h1 className="text-title">Sign-offs</h1>
      {signOffs.length === 0 ? <p className="text-zinc-700">Nobody has asked you to sign anything off here yet.</p> : null}
      <ul className="divide-y divide-zinc-200 rounded-xl bg-white ring-1 ring-zinc-200">
        {signOffs.map((signOff) => (
          <li key={signOff.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
            <div>
              <Link href={`/sign-offs/${signOff.id}`} className="font-medium text-brand-ink underline">
                {signOff.subject}
              </Link>
              <p className="text-sm text-zinc-600">
                {signOff.role === "approver" ? "Your approval is asked" : "For your information"}
                {signOff.dueOn ? ` · answer by ${formatDay(signOff.dueOn)}` : ""}
              </p>
            </div>
            <span className="text-sm font-medium">
              {signOff.isAwaitingMe ? "Waiting for your answer" : signOffStateLabels[signOff.state]}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
