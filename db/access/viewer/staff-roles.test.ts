import { describe, expect, it } from "vitest";
import { setEmbedOrigins } from "../sign-in/embed";
import { setAllowCustomerLogin } from "../onboarding/login-settings";
import { setGlobalDefault, setLayerRules } from "../permissions/layer-rules";
import { mayUseArea, staffAreas, type StaffArea } from "./staff-roles";
import { createStaffViewer } from "../../testing/fixtures";
import type { StaffViewer } from "./viewer";

const as = (viewer: StaffViewer, role: StaffViewer["role"]): StaffViewer => ({ ...viewer, role });

describe("staff roles", () => {
  it("is one table: owners everything, admins all but payments and team security, members the clients' work, designers branding", () => {
    const areasOf = (role: StaffViewer["role"]) =>
      (Object.keys(staffAreas) as StaffArea[]).filter((area) => mayUseArea({ role } as StaffViewer, area));
    expect(areasOf("owner")).toEqual(["console", "clients", "audit", "settings", "branding", "team", "payments", "team_security"]);
    expect(areasOf("admin")).toEqual(["console", "clients", "audit", "settings", "branding", "team"]);
    expect(areasOf("member")).toEqual(["console", "clients"]);
    expect(areasOf("designer")).toEqual(["console", "branding"]);
  });

  it("is applied by the access layer too: a member or designer cannot change settings, whatever the page did", async () => {
    const staff = await createStaffViewer();
    for (const role of ["member", "designer"] as const) {
      await expect(setAllowCustomerLogin(as(staff, role), true)).rejects.toThrow(/does not include settings/);
      await expect(setEmbedOrigins(as(staff, role), [])).rejects.toThrow(/does not include settings/);
      await expect(setGlobalDefault(as(staff, role), null)).rejects.toThrow(/does not include settings/);
      await expect(setLayerRules(as(staff, role), { layer: "module" }, {})).rejects.toThrow(/does not include settings/);
    }
    await expect(setLayerRules(as(staff, "designer"), { layer: "contact", contactId: staff.userId }, {})).rejects.toThrow(
      /does not include clients/,
    );
  });
});
