import Link from "next/link";
import type { ReactNode } from "react";
import { Flash } from "@/components/ui/flash";
import { capabilitiesForObject, type ObjectType } from "@/db/access/permissions/capabilities";
import { listFilesOf } from "@/db/access/records/files";
import { getLayerRules } from "@/db/access/permissions/layer-rules";
import type { StaffViewer } from "@/db/access/viewer/viewer";
import { humanize } from "@/lib/format";
import { FileList } from "@/components/files/file-list";
import { FileUploader } from "@/components/files/file-uploader";
import { maxUploadBytes } from "@/db/access/records/file-uploads";
import { LayerRulesForm } from "./layer-rules-form";
import type { FieldSpec } from "./record-form";
import { PageHeading } from "@/components/ui/page-heading";

// The staff page of one record: where it sits, its form, and (for records of an account) the
// record's own permission layer and its files.
export function RecordPage({
  backHref,
  backLabel,
  title,
  subtitle,
  isCreated,
  children,
}: {
  backHref: string;
  backLabel: string;
  title: string;
  subtitle?: ReactNode;
  isCreated?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="space-y-8">
      <PageHeading backHref={backHref} backLabel={backLabel} title={title}>
        {subtitle ? <p className="text-sm text-zinc-600">{subtitle}</p> : null}
      </PageHeading>
      {isCreated ? <Flash param="created" message="Created. You can now set who may see it and attach files." /> : null}
      {children}
    </div>
  );
}

export async function RecordPermissions({
  viewer,
  type,
  id,
  accountId,
}: {
  viewer: StaffViewer;
  type: ObjectType;
  id: string;
  accountId: string;
}) {
  const rules = await getLayerRules(viewer, { layer: "object", objectType: type, objectId: id });
  return (
    <section
      id="permissions"
      aria-labelledby="record-permissions-heading"
      className="max-w-xl rounded-lg bg-white p-5 ring-1 ring-zinc-200"
    >
      <h2 id="record-permissions-heading" className="text-section">
        Who at the client may see this
      </h2>
      <p className="mb-3 text-sm text-zinc-600">
        A setting here beats every other layer, for everyone at{" "}
        <Link href={`/console/accounts/${accountId}#permissions`} className="underline">
          the account
        </Link>
        . Inherit follows the person, their groups, the account and the defaults.
      </p>
      <LayerRulesForm
        target={{ layer: "object", objectType: type, objectId: id }}
        rules={rules}
        only={capabilitiesForObject(type).map((c) => c.key)}
        title="Record permissions"
      />
    </section>
  );
}

export async function RecordFiles({ viewer, type, id }: { viewer: StaffViewer; type: ObjectType; id: string }) {
  const attached = await listFilesOf(viewer, id);
  return (
    <FileList files={attached} hrefBase="/console/files" emptyText="No files yet. Clients who may see this record see its files.">
      <FileUploader record={{ type, id }} maxBytes={maxUploadBytes()} from="console" />
    </FileList>
  );
}

/** The manager picker every record form has. */
export function managerField(staff: { id: string; name: string }[]): FieldSpec {
  return {
    name: "managerId",
    label: "Manager",
    kind: "select",
    options: [{ value: "", label: "Nobody yet" }, ...staff.map((member) => ({ value: member.id, label: member.name }))],
  };
}

/** The account field of a new record (a record never moves between accounts afterwards). */
export const accountNumberField: FieldSpec = {
  name: "accountNumber",
  label: "Client account",
  kind: "account",
};

/** Cents as the text a money field shows. */
export function moneyInput(cents: number) {
  return (cents / 100).toFixed(2);
}

/** Fixed values (statuses, stages) as a select's options, humanised unless labelled otherwise. */
export function choicesOf(values: readonly string[], labelOf: (value: string) => string = humanize) {
  return values.map((value) => ({ value, label: labelOf(value) }));
}

/** Today, as a date field's value. */
export function today() {
  return new Date().toISOString().slice(0, 10);
}
