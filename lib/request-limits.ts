// How large a request body may be, by path. Everything is small except the few pages whose server
// actions take an upload. Checked by server.ts from Content-Length before Next.js reads a byte.

const KB = 1024;
const MB = 1024 * KB;

/** Forms, server actions and JSON everywhere else. */
export const DEFAULT_BODY_LIMIT = 256 * KB;

const limits: { path: RegExp; bytes: number }[] = [
  // The embeddable sign-in form and Auth.js: an email and a password.
  { path: /^\/api\/(embed|auth)\//, bytes: 16 * KB },
  // Inbound email (a reply with its quoted history) and other providers' events.
  { path: /^\/api\/webhooks\//, bytes: 1 * MB },
  // A contact spreadsheet (the import's own limit is 50 MB, plus the form's framing).
  { path: /^\/console\/import\/?$/, bytes: 51 * MB },
  // Branding images (5 MB each).
  { path: /^\/console\/branding\/?$/, bytes: 6 * MB },
];

// The file upload route streams its body into the store and stops it past MAX_UPLOAD_MB itself,
// while reading; it needs a declared length like every other path.
const STREAMED_UPLOAD = /^\/api\/files\/?$/;

/** The largest body any path accepts; Next.js's own server-action limit is set to it. */
export const LARGEST_BODY_LIMIT = Math.max(...limits.map((limit) => limit.bytes));

export function bodyLimitFor(pathname: string): number {
  return limits.find((limit) => limit.path.test(pathname))?.bytes ?? DEFAULT_BODY_LIMIT;
}

export type BodyVerdict = { ok: true } | { ok: false; status: 411 | 413; message: string };

/** A body with no declared length is refused where uploads are not expected: we could not bound it before reading. */
export function judgeRequestBody(
  method: string,
  pathname: string,
  headers: { "content-length"?: string; "transfer-encoding"?: string },
): BodyVerdict {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return { ok: true };
  const declared = headers["content-length"];
  if (STREAMED_UPLOAD.test(pathname))
    return declared === undefined ? { ok: false, status: 411, message: "Send the file with a Content-Length." } : { ok: true };
  const limit = bodyLimitFor(pathname);
  if (declared === undefined) {
    if (!headers["transfer-encoding"]) return { ok: true };
    return { ok: false, status: 411, message: "Send this request with a Content-Length." };
  }
  const length = Number(declared);
  if (!Number.isSafeInteger(length) || length < 0) return { ok: false, status: 411, message: "The Content-Length is not a number." };
  if (length > limit)
    return { ok: false, status: 413, message: `This request is larger than this page accepts (${Math.round(limit / KB)} KB).` };
  return { ok: true };
}
