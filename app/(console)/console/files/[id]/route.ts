import { Readable } from "node:stream";
import { attachmentResponse, notFoundResponse } from "@/components/ui/downloads";
import { getFileDownload } from "@/db/access/records/files";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

// Staff download of an attached file, streamed from the store.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffViewer("clients");
  const file = await getFileDownload(viewer, (await params).id);
  return file ? attachmentResponse({ ...file, content: Readable.toWeb(file.body) as ReadableStream }) : notFoundResponse();
}
