import Bowser from "bowser";

/** "Chrome on macOS" from a User-Agent header, for the list of places someone is signed in. */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name ?? "Unknown browser";
  return parsed.os.name ? `${browser} on ${parsed.os.name}` : browser;
}
