import { Readable } from "node:stream";
import { notFoundResponse, previewResponse } from "@/components/ui/downloads";
import { getSignOffFileForStaff } from "@/db/access/sign-offs/files";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

// An image or PDF of a sign-off shown inline on its console page.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const viewer = await requireStaffViewer("clients");
  const { id, fileId } = await params;
  const file = await getSignOffFileForStaff(viewer, id, fileId);
  return file ? previewResponse({ ...file, content: Readable.toWeb(file.body) as ReadableStream }) : notFoundResponse();
}
