import { attachmentResponse, notFoundResponse } from "@/components/ui/downloads";
import { getMyFileContent } from "@/db/access/records/files";
import { requireContactViewer } from "@/db/access/viewer/viewer";

// A file download, allowed exactly when the record it is attached to is visible.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireContactViewer();
  const file = await getMyFileContent(viewer, (await params).id);
  return file ? attachmentResponse(file) : notFoundResponse();
}
