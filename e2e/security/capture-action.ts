import type { APIRequestContext, Page, Request } from "@playwright/test";
import { expect } from "../fixtures";

/**
 * Captures the server action a page is about to post (stopping it before it runs) and returns a
 * function that replays the very same request from another browser's session (or none).
 */
export async function captureAction(page: Page, submit: () => Promise<void>) {
  let captured: Request | undefined;
  await page.route("**/*", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      captured = route.request();
      await route.abort();
    } else await route.continue();
  });
  await submit();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute("**/*");
  const request = captured!;
  const headers = request.headers();
  return (client: APIRequestContext) =>
    client.post(request.url(), {
      headers: {
        "next-action": headers["next-action"]!,
        "content-type": headers["content-type"]!,
        origin: headers.origin ?? new URL(request.url()).origin,
        accept: "text/x-component",
      },
      data: request.postDataBuffer()!,
      maxRedirects: 0,
    });
}
