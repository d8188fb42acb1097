import { Readable } from "node:stream";
import { attachmentResponse, notFoundResponse } from "@/components/ui/downloads";
import { getMyFileDownload } from "@/db/access/records/files";
import { requireContactViewer } from "@/db/access/viewer/viewer";

// A file download, allowed exactly when the record it is attached to is visible; streamed from the store.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireContactViewer();
  const file = await getMyFileDownload(viewer, (await params).id);
  return file ? attachmentResponse({ ...file, content: Readable.toWeb(file.body) as ReadableStream }) : notFoundResponse();
}
