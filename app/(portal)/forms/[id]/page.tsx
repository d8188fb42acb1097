import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { getMyForm } from "@/db/access/records/knowledge";
import { requireContactViewer } from "@/db/access/viewer/viewer";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/db/access/permissions/resolver";
import { maxUploadBytes } from "@/db/access/records/file-uploads";
import { formFieldKinds, isRequired } from "@/lib/form-fields";
import { FillForm } from "./fill-form";

export const metadata: Metadata = { title: "Support form" };

// The form to fill in, and which team answers it; staff viewing as the client see what it asks for.
export default async function FormPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireContactViewer();
  const form = await getMyForm(viewer, (await params).id);
  if (!form) notFound();
  return (
    <article className="space-y-4">
      <PageHeading backHref="/forms" backLabel="Support forms" title={form.title} />
      {form.description ? <p className="whitespace-pre-line">{form.description}</p> : null}
      {form.team ? <p className="text-sm text-ink-muted">Answered by the {form.team} team.</p> : null}
      {viewer.viewAs ? (
        <section aria-labelledby="fields-heading" className="rounded-xl bg-white p-5 ring-1 ring-zinc-200">
          <h2 id="fields-heading" className="mb-2 font-semibold">
            What this form asks for
          </h2>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {form.fields.map((field) => (
              <li key={field.label}>
                {field.label} — {formFieldKinds[field.kind]}
                {isRequired(field) ? "" : " (optional)"}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <FillForm
          formId={form.id}
          title={form.title}
          fields={form.fields}
          requestKey={randomUUID()}
          maxUploadBytes={(await can(viewer, "files.upload")) ? maxUploadBytes() : null}
        />
      )}
    </article>
  );
}
