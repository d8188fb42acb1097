import { unsafeUnsubscribe } from "@/db/access/collaboration/notifications";
import { env } from "@/env";

// RFC 8058 one-click unsubscribe: the mail provider POSTs "List-Unsubscribe=One-Click" here, with no
// cookies. The token can only turn one kind of email off for one person, so it needs no sign-in.
// A GET (a person or a link scanner) changes nothing: it goes to the page with a button.

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const kind = await unsafeUnsubscribe((await params).token);
  if (!kind) return Response.json({ error: "Unknown or altered unsubscribe link" }, { status: 400 });
  return Response.json({ unsubscribed: kind });
}

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  return Response.redirect(`${env.APP_URL}/unsubscribe/${encodeURIComponent((await params).token)}`, 303);
}
