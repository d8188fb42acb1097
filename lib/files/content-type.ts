import { fileTypeFromBuffer } from "file-type";

// A file's type from its first bytes (magic numbers), not from its name or the browser. Text has
// no magic number: valid UTF-8 without control characters is called plain text; anything else
// unknown is plain bytes. Downloads are attachments with nosniff whatever this says.

export async function contentTypeOf(head: Buffer): Promise<string> {
  const detected = await fileTypeFromBuffer(head);
  if (detected) return detected.mime;
  return looksLikeText(head) ? "text/plain" : "application/octet-stream";
}

function looksLikeText(head: Buffer) {
  if (head.length === 0) return false;
  // A multi-byte character may be cut at the end of the head: drop up to three trailing bytes.
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head);
  const body = text.replace(/\uFFFD{1,3}$/, "");
  return !body.includes("\uFFFD") && !/[\0-\x08\x0E-\x1F]/.test(body);
}
