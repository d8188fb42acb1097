// The web server: Node's http server in front of Next.js's request handler. It exists because
// Next.js does not tell a route who is on the other end of the socket. Before Next sees a request
// it (1) replaces the client-address header with the socket's peer (or, behind a configured
// proxy, what that proxy says), (2) refuses bodies larger than the path accepts, and (3) gives
// the response a Content-Security-Policy with a fresh nonce (put on the request too, which is
// where Next.js looks for the nonce to give its scripts) and refuses framing by other pages.
import { createServer, type ServerResponse } from "node:http";
import next from "next";
import { clientAddressOf, CLIENT_ADDRESS_HEADER, compileTrustedProxies } from "./lib/client-address";
import { contentSecurityPolicy, createNonce, STRICT_TRANSPORT_SECURITY } from "./lib/content-security-policy";
import { judgeRequestBody } from "./lib/request-limits";
import { env } from "./env";

const isDev = process.argv[2] === "dev";
const trust = compileTrustedProxies(env.TRUSTED_PROXIES);
const app = next({ dev: isDev, port: env.PORT });
const handle = app.getRequestHandler();
const isHttps = env.APP_URL.startsWith("https://");
await app.prepare();

// The dev server compiles each page on its first visit; the very first takes longest.
let isFirstDevRequest = isDev;

const server = createServer((request, response) => {
  if (isFirstDevRequest) {
    isFirstDevRequest = false;
    console.log("[portal] Compiling the first page: this visit can take up to a minute, later ones are quick.");
  }
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(request, trust);
  const pathname = (request.url ?? "/").split("?")[0]!;
  const verdict = judgeRequestBody(request.method ?? "GET", pathname, request.headers);
  if (!verdict.ok) {
    response.writeHead(verdict.status, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
    response.end(verdict.message);
    return;
  }
  const policy = contentSecurityPolicy(createNonce(), { isDev });
  request.headers["content-security-policy"] = policy;
  setUnlessAnswered(response, { "Content-Security-Policy": policy, "X-Frame-Options": "DENY" });
  if (isHttps) response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  void handle(request, response);
});
/**
 * Headers the response gets unless its route set its own (the sandboxed email preview, a file
 * previewed inside our pages): set as the head is written, because Next.js keeps a header already
 * present rather than take the route's.
 */
function setUnlessAnswered(response: ServerResponse, defaults: Record<string, string>) {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((...args: unknown[]) => {
    for (const [name, value] of Object.entries(defaults)) if (!response.hasHeader(name)) response.setHeader(name, value);
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
}

server.listen(env.PORT, () => console.log(`[portal] Web server listening on port ${env.PORT} (${isDev ? "development" : "production"})`));

async function stop() {
  server.close();
  await app.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
