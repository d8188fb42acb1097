/**
 * Whether the demo business (with the README's published passwords) is seeded into an empty
 * database: DEMO_DATA when set, else on for `npm run dev` only. Never on by default where real
 * clients could reach it.
 */
export function isDemoDataOn(command: "dev" | "start", setting: "on" | "off" | undefined): boolean {
  return setting ? setting === "on" : command === "dev";
}
