// Times are shown in UTC with the zone named, so staff in different places read the same thing.
const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function DateTime({ value }: { value: Date | null }) {
  if (!value) return <span>—</span>;
  return <time dateTime={value.toISOString()}>{format.format(value)} UTC</time>;
}
