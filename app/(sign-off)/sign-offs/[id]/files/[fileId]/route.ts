import { Readable } from "node:stream";
import { attachmentResponse, notFoundResponse } from "@/components/ui/downloads";
import { getSignOffFileFor } from "@/db/access/sign-offs/files";
import { getRecipientViewer } from "@/db/access/sign-offs/recipients";

// A file of a sent round, downloaded by someone asked on the sign-off; anyone else: a 404.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const { id, fileId } = await params;
  const recipient = await getRecipientViewer(id);
  const file = recipient ? await getSignOffFileFor(recipient, fileId) : null;
  return file ? attachmentResponse({ ...file, content: Readable.toWeb(file.body) as ReadableStream }) : notFoundResponse();
}
