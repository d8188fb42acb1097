import { Readable } from "node:stream";
import { notFoundResponse, previewResponse } from "@/components/ui/downloads";
import { getSignOffFileFor } from "@/db/access/sign-offs/files";
import { getRecipientViewer } from "@/db/access/sign-offs/recipients";

// An image or PDF of a sent round, shown inline on the sign-off's page.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const { id, fileId } = await params;
  const recipient = await getRecipientViewer(id);
  const file = recipient ? await getSignOffFileFor(recipient, fileId) : null;
  return file ? previewResponse({ ...file, content: Readable.toWeb(file.body) as ReadableStream }) : notFoundResponse();
}
