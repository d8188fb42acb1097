import type { Metadata } from "next";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { DateTime } from "@/components/ui/date-time";
import { getBrandingWorkspace } from "@/db/access/branding/editor";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { revertBrandingFormAction } from "./actions";
import { BrandingEditor } from "./branding-editor";

export const metadata: Metadata = { title: "Branding" };

export default async function BrandingPage() {
  const viewer = await requireStaffViewer("branding");
  const { draft, versions } = await getBrandingWorkspace(viewer);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-title">Branding</h1>
        <p className="text-sm text-zinc-600">
          How the portal, its sign-in pages and every email look to your clients. Changes show in the preview as you make them, and go live
          when you save.
        </p>
      </div>
      <BrandingEditor saved={draft} />
      <section aria-labelledby="versions-heading" className="max-w-xl space-y-3">
        <h2 id="versions-heading" className="text-section">
          Saved versions
        </h2>
        <ol className="divide-y divide-zinc-100 rounded-lg bg-white text-sm ring-1 ring-zinc-200">
          {versions.map((version, index) => (
            <li key={version.id} className="px-4 py-2">
              <DateTime value={version.createdAt} /> by {version.savedBy ?? "the first set-up"}
              {index === 0 ? <span className="ml-2 font-medium">(live)</span> : null}
            </li>
          ))}
        </ol>
        <ConfirmForm
          action={revertBrandingFormAction}
          triggerLabel="Go back to the previous version"
          confirmLabel="Make the previous version live"
          question="The version before the live one goes live again, everywhere, at once. You can come back to this one the same way."
          unavailable={versions.length < 2 ? "There is no earlier version yet." : undefined}
        />
      </section>
    </div>
  );
}
