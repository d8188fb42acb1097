// Responses of download routes (files, invoice PDFs).

/** A record that is missing, another account's, or not allowed: the same 404. */
export function notFoundResponse() {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

/**
 * Always an attachment with no sniffing, so an uploaded HTML or SVG file can never run as a page
 * of the portal; never cached by shared caches.
 */
export function attachmentResponse(file: { name: string; contentType: string; content: Uint8Array | ReadableStream }) {
  return new Response(file.content instanceof ReadableStream ? file.content : new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.contentType || "application/octet-stream",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
