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

const PREVIEWABLE = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"]);

/**
 * A file shown inside one of our pages (an image, a PDF): only for types read from the bytes that
 * cannot run script in our origin; anything else is an attachment as above. Its own policy lets
 * our pages frame it and nothing load from elsewhere.
 */
export function previewResponse(file: { name: string; contentType: string; content: ReadableStream }) {
  if (!PREVIEWABLE.has(file.contentType)) return attachmentResponse(file);
  return new Response(file.content, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
      "X-Frame-Options": "SAMEORIGIN",
      "Cache-Control": "private, no-store",
    },
  });
}
