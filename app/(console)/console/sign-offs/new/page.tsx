import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { maxUploadBytes } from "@/db/access/records/file-uploads";
import { signOffFormOptions, signOffSources } from "@/db/access/sign-offs/create";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { recordPath } from "@/lib/record-kinds";
import { NewSignOffForm } from "./_components/new-sign-off-form";

export const metadata: Metadata = { title: "New sign-off" };

type Props = { searchParams: Promise<{ account?: string; project?: string; ticket?: string }> };

// Made from a project or a ticket (?project=… / ?ticket=…) or for an account directly (?account=…).
export default async function NewSignOffPage({ searchParams }: Props) {
  const viewer = await requireStaffViewer("clients");
  const query = await searchParams;
  const type = signOffSources.find((source) => query[source]);
  const options = await signOffFormOptions(viewer, type ? { type, id: query[type] } : { accountId: query.account });
  if (!options) notFound();
  const back = options.object
    ? { href: recordPath(options.object.type, options.object.id, "console"), label: options.object.title }
    : { href: `/console/accounts/${options.accountId}`, label: options.accountName };
  return (
    <div className="space-y-6">
      <PageHeading backHref={back.href} backLabel={back.label} title="Ask for sign-off">
        <p className="text-sm text-zinc-600">
          For {options.accountName}. Each person asked gets their own link that opens this sign-off without a password.
        </p>
      </PageHeading>
      <NewSignOffForm
        origin={{ accountId: options.accountId, object: options.object }}
        contacts={options.contacts}
        files={options.files}
        defaultLinkDays={options.defaultLinkDays}
        requestKey={randomUUID()}
        maxBytes={maxUploadBytes()}
      />
    </div>
  );
}
