// How amounts, days and durations read everywhere in the product (en-GB, the business's currency).

// Building an Intl formatter costs far more than using one (a list page formats hundreds of
// cells), so each is made once and kept.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export function formatMoney(cents: number, currency: string) {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat("en-GB", { style: "currency", currency });
    moneyFormats.set(currency, format);
  }
  return format.format(cents / 100);
}

/** A calendar day stored as YYYY-MM-DD, shown without any time-zone shift. */
export function formatDay(day: string | null) {
  if (!day) return "—";
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

export function formatHours(minutes: number) {
  const hours = minutes / 60;
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
}

export function formatBytes(bytes: number) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function humanize(value: string) {
  const text = value.replaceAll("_", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
