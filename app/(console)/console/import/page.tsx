import type { Metadata } from "next";
import { CSV_COLUMNS } from "@/lib/csv/contacts-csv";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { UploadForm } from "./upload-form";

export const metadata: Metadata = { title: "Import contacts" };

export default async function ImportPage() {
  await requireStaffViewer("clients");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-title">Import contacts</h1>
      <p className="text-sm text-zinc-700">
        One row per person at an account. Columns: <code>{CSV_COLUMNS.join(", ")}</code>. Account number, account name and email are
        required. <code>password_hash</code> may carry a bcrypt or argon2 hash from your previous website: those people keep their password.
      </p>
      <p className="text-sm text-zinc-700">
        You will see every problem, row by row, before anything is written. Importing the same file again changes nothing.
      </p>
      <UploadForm />
    </div>
  );
}
