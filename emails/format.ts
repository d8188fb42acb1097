/** "1 December 2026 at 12:00 UTC": emails go to people in any time zone, so the zone is named. */
export function formatExpiry(iso: string) {
  const when = new Date(iso);
  const text = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(when);
  return `${text} UTC`;
}
