import { getMyFileContent } from "@/db/access/files";
import { requireContactViewer } from "@/db/access/viewer";
import { notFoundResponse } from "@/components/portal/not-found-response";

// A file download, allowed exactly when its record is visible. Always sent as an attachment with
// no sniffing, so an uploaded HTML file can never run as a page of the portal.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireContactViewer();
  const file = await getMyFileContent(viewer, (await params).id);
  if (!file) return notFoundResponse();
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.contentType || "application/octet-stream",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
