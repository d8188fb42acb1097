import type { StaffViewer } from "./viewer";

/**
 * What each staff role may do in the console: the one table that every console page, action and
 * the navigation ask (the README's "Staff roles" is the same table). Owners may do everything;
 * admins everything but act on owners (the team rules add that); members work with clients;
 * designers shape the portal's look and nothing else.
 */
export const staffAreas = {
  // The console itself and one's own sessions.
  console: ["owner", "admin", "member", "designer"],
  // Accounts, contacts (their permissions, view-as), pending activation, import and export,
  // every kind of record and its files, the emails the portal sent.
  clients: ["owner", "admin", "member"],
  audit: ["owner", "admin"],
  // Who may sign in business-wide, default permissions, the embeddable form, the test client.
  settings: ["owner", "admin"],
  branding: ["owner", "admin", "designer"],
  team: ["owner", "admin"],
  payments: ["owner"],
  // Whether owners and admins must use two-factor sign-in, and resetting a colleague's two-factor
  // when they lost their phone and recovery codes.
  team_security: ["owner"],
} as const satisfies Record<string, readonly StaffViewer["role"][]>;

export type StaffArea = keyof typeof staffAreas;

export function mayUseArea(viewer: StaffViewer, area: StaffArea): boolean {
  return (staffAreas[area] as readonly string[]).includes(viewer.role);
}
