import { attachmentResponse, notFoundResponse } from "@/components/ui/downloads";
import { getFileContent } from "@/db/access/records/files";
import { requireStaffViewer } from "@/db/access/viewer/viewer";

// Staff download of an attached file.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffViewer("clients");
  const file = await getFileContent(viewer, (await params).id);
  return file ? attachmentResponse(file) : notFoundResponse();
}
