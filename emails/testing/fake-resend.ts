import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * For tests: a server on 127.0.0.1 that speaks Resend's batch endpoint as the SDK uses it,
 * honours the Idempotency-Key header as Resend does (a key seen before gets the first answer and
 * delivers nothing), and counts what it really delivered per recipient.
 */
export async function startFakeResend(options: { beforeAnswer?: (recipients: string[]) => Promise<void> } = {}) {
  const delivered = new Map<string, number>();
  const answers = new Map<string, string>();
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.method !== "POST" || request.url !== "/emails/batch") {
      response
        .writeHead(404, { "Content-Type": "application/json" })
        .end(JSON.stringify({ name: "not_found", message: "Not found", statusCode: 404 }));
      return;
    }
    const key = String(request.headers["idempotency-key"] ?? "");
    const seen = key ? answers.get(key) : undefined;
    if (seen) {
      response.writeHead(200, { "Content-Type": "application/json" }).end(seen);
      return;
    }
    const emails = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { to: string | string[] }[];
    const recipients = emails.flatMap((email) => (Array.isArray(email.to) ? email.to : [email.to]));
    for (const to of recipients) delivered.set(to, (delivered.get(to) ?? 0) + 1);
    const answer = JSON.stringify({ data: emails.map(() => ({ id: randomUUID() })) });
    if (key) answers.set(key, answer);
    await options.beforeAnswer?.(recipients);
    response.writeHead(200, { "Content-Type": "application/json" }).end(answer);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    deliveriesTo: (to: string) => delivered.get(to) ?? 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
