import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { maxUploadBytes, uploadFile, uploadSchema } from "@/db/access/records/file-uploads";
import { signOffUploadSchema, uploadSignOffFile } from "@/db/access/sign-offs/files";
import { getPortalViewer, getViewer } from "@/db/access/viewer/viewer";
import { mayUseArea } from "@/db/access/viewer/staff-roles";

// File uploads, from the portal and the console. A route, not a server action, because the body
// is the file itself, streamed (up to MAX_UPLOAD_MB) with progress the browser can show. It is a
// public POST endpoint: it answers only a signed-in viewer of the same origin (the custom header
// also makes any cross-site attempt a CORS preflight, which this route never grants), and the
// access layer decides the rest. The record, the file's name and a request key come as headers.

export async function POST(request: Request) {
  if (!isSameOrigin(request) || request.headers.get("x-upload") !== "1")
    return Response.json({ error: "Uploads are only taken from the portal's own pages." }, { status: 403 });
  // From the portal, staff viewing as a client are that client, read-only (refused below); from
  // the console, only staff whose role works with clients.
  const fromConsole = request.headers.get("x-upload-from") === "console";
  const viewer = fromConsole ? await getViewer() : await getPortalViewer();
  if (!viewer) return Response.json({ error: "Sign in again, then upload the file." }, { status: 401 });
  if (fromConsole !== (viewer.kind === "staff") || (viewer.kind === "staff" && !mayUseArea(viewer, "clients")))
    return Response.json({ error: "This record is not there, or you cannot add files to it." }, { status: 404 });
  const fields = {
    type: request.headers.get("x-record-type"),
    id: request.headers.get("x-record-id"),
    name: decodeName(request.headers.get("x-file-name")),
    requestKey: request.headers.get("x-request-key"),
  };
  // A sign-off's round being prepared takes files from staff only.
  const isSignOff = fields.type === "sign_off";
  const input = isSignOff ? signOffUploadSchema.safeParse(fields) : uploadSchema.safeParse(fields);
  if (!input.success) return Response.json({ error: input.error.issues[0]?.message ?? "This upload was incomplete." }, { status: 400 });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxUploadBytes()) return tooLarge();
  if (!request.body) return Response.json({ error: "The file is empty." }, { status: 400 });

  const body = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
  const result =
    "signOffId" in input.data
      ? viewer.kind === "staff"
        ? await uploadSignOffFile(viewer, input.data, body)
        : ({ ok: false, error: "not_found" } as const)
      : await uploadFile(viewer, input.data, body);
  if (result.ok) return Response.json({ id: result.id, name: result.name }, { status: 201 });
  if (result.error === "too_large") return tooLarge();
  if (result.error === "empty") return Response.json({ error: "The file is empty." }, { status: 400 });
  return Response.json({ error: "This record is not there, or you cannot add files to it." }, { status: 404 });
}

function tooLarge() {
  return Response.json({ error: `Files can be up to ${Math.round(maxUploadBytes() / 1024 / 1024)} MB each.` }, { status: 413 });
}

/** The browser's Origin must be this site (the Host it asked for), as Next.js checks for server actions. */
function isSameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return Boolean(origin && host && new URL(origin).host === host);
  } catch {
    return false;
  }
}

/** Names travel percent-encoded, so any character survives an HTTP header. */
function decodeName(raw: string | null) {
  try {
    return raw ? decodeURIComponent(raw) : undefined;
  } catch {
    return undefined;
  }
}
