import { Readable } from "node:stream";
import { attachmentResponse, notFoundResponse } from "@/components/ui/downloads";
import { getSignOffFileForStaff } from "@/db/access/sign-offs/files";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

// A file of any round of a sign-off, downloaded by staff.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const viewer = await requireStaffViewer("clients");
  const { id, fileId } = await params;
  const file = await getSignOffFileForStaff(viewer, id, fileId);
  return file ? attachmentResponse({ ...file, content: Readable.toWeb(file.body) as ReadableStream }) : notFoundResponse();
}
