// The web server: Node's http server in front of Next.js's request handler. It exists because
// Next.js does not tell a route who is on the other end of the socket. Before Next sees a request
// it (1) replaces the client-address header with the socket's peer (or, behind a configured
// proxy, what that proxy says), and (2) refuses bodies larger than the path accepts.
import { createServer } from "node:http";
import next from "next";
import { clientAddressOf, CLIENT_ADDRESS_HEADER, compileTrustedProxies } from "./lib/client-address";
import { judgeRequestBody } from "./lib/request-limits";
import { env } from "./env";

const isDev = process.argv[2] === "dev";
const trust = compileTrustedProxies(env.TRUSTED_PROXIES);
const app = next({ dev: isDev, port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(request, trust);
  const pathname = (request.url ?? "/").split("?")[0]!;
  const verdict = judgeRequestBody(request.method ?? "GET", pathname, request.headers);
  if (!verdict.ok) {
    response.writeHead(verdict.status, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
    response.end(verdict.message);
    return;
  }
  void handle(request, response);
});
server.listen(env.PORT, () => console.log(`[portal] Web server listening on port ${env.PORT} (${isDev ? "development" : "production"})`));

async function stop() {
  server.close();
  await app.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
