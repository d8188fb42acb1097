import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getPublicBranding } from "@/db/access/branding/live";
import { requireContactViewer, type ContactViewer } from "@/db/access/viewer/viewer";
import { hasConversation, recordKinds, type RecordKind } from "@/lib/record-kinds";
import { FileList } from "@/components/files/file-list";
import { FileUploader } from "@/components/files/file-uploader";
import { mayUploadTo, maxUploadBytes } from "@/db/access/records/file-uploads";
import { RecordDetail } from "./record-detail";
import { RecordConversation } from "./record-conversation";

// The portal page of one record of a kind: the viewer checked, the record read through the access
// layer (one the contact may not see is the 404 of a missing one), its facts, what the kind adds,
// its files and, for the kinds that have one, its conversation.

type AttachedFile = { id: string; name: string; sizeBytes: number; uploaderName?: string | null; createdAt?: Date };
type Described = { title: string; facts: [string, ReactNode][]; body?: ReactNode };
type SearchParams = Record<string, string | string[] | undefined>;

export function portalRecordPage<Row extends { id: string; files?: AttachedFile[] }>(
  kind: RecordKind,
  load: (viewer: ContactViewer, id: string) => Promise<Row | null>,
  describe: (row: Row, currency: string, viewer: ContactViewer, search: SearchParams) => Described,
) {
  return async function PortalRecordPage({
    params,
    searchParams,
  }: {
    params: Promise<{ id: string }>;
    searchParams: Promise<SearchParams>;
  }) {
    const viewer = await requireContactViewer();
    const id = (await params).id;
    const [row, { currency }, mayUpload] = await Promise.all([load(viewer, id), getPublicBranding(), mayUploadTo(viewer, kind, id)]);
    if (!row) notFound();
    // Null when the contact may not add files here: the drop zone and the message box's file input share it.
    const uploadBytes = mayUpload ? maxUploadBytes() : null;
    const { title, facts, body } = describe(row, currency, viewer, await searchParams);
    return (
      <RecordDetail backHref={`/${recordKinds[kind].folder}`} backLabel={recordKinds[kind].portalLabel} title={title} facts={facts}>
        {body}
        {row.files ? (
          <FileList files={row.files} hrefBase="/files" emptyText="No files attached.">
            {uploadBytes ? <FileUploader record={{ type: kind, id: row.id }} maxBytes={uploadBytes} from="portal" /> : null}
          </FileList>
        ) : null}
        {hasConversation(kind) ? <RecordConversation viewer={viewer} type={kind} id={row.id} uploadBytes={uploadBytes} /> : null}
      </RecordDetail>
    );
  };
}
