import { after } from "next/server";
import { z } from "zod";
import { unsafeAcceptEmailReply } from "@/db/access/collaboration/email-replies";
import { replyTokenIn } from "@/db/access/collaboration/reply-addresses";
import { unsafeAutoInviteOnInboundEmail } from "@/db/access/onboarding/invitations";
import { env } from "@/env";
import { isValidInboundSignature } from "./signature";

// Called by the mail provider for every email the business receives, signed with
// INBOUND_EMAIL_SECRET. An email to a reply address (reply+<token>@INBOUND_REPLY_DOMAIN) is a reply
// to a notification: it is posted into its thread, or refused with the sender told why. Any other
// email from a contact who may sign in but has never activated invites them (at most once a week);
// the answer to that is the same whether or not the sender is known.

const payloadSchema = z.object({
  from: z.string().min(3).max(500),
  to: z.union([z.string().max(2000), z.array(z.string().max(500)).max(50)]).optional(),
  text: z.string().max(200_000).optional(),
});
const addressSchema = z.email().max(320);

export async function POST(request: Request) {
  if (!env.INBOUND_EMAIL_SECRET) return new Response("Not found", { status: 404 });
  const body = await request.text();
  if (body.length > 1_000_000) return Response.json({ error: "Payload too large" }, { status: 413 });
  if (!isValidInboundSignature(env.INBOUND_EMAIL_SECRET, request.headers, body)) {
    return Response.json({ error: "Bad or missing signature" }, { status: 401 });
  }
  const payload = payloadSchema.safeParse(safeJson(body));
  // "Name <address>" or a bare address.
  const address = addressSchema.safeParse(payload.data?.from.match(/<([^>]+)>/)?.[1] ?? payload.data?.from.trim());
  if (!payload.success || !address.success)
    return Response.json({ error: "Expected JSON with a sender address in `from`" }, { status: 400 });

  const to = payload.data.to === undefined ? [] : Array.isArray(payload.data.to) ? payload.data.to : payload.data.to.split(",");
  const token = replyTokenIn(to);
  if (token) {
    const outcome = await unsafeAcceptEmailReply({ from: address.data, token, text: payload.data.text ?? "" });
    return Response.json(outcome.posted ? { posted: true } : { posted: false, reason: outcome.reason });
  }
  after(() => unsafeAutoInviteOnInboundEmail(address.data).catch((error) => console.error("Inbound email invitation failed", error)));
  return Response.json({ accepted: true }, { status: 202 });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
