"use client";

import type { StaffArea } from "@/db/access/viewer/staff-roles";
import { NavDrawer } from "@/components/ui/nav-drawer";
import { ConsoleNav } from "./console-nav";

export function ConsoleMenu({ areas }: { areas: StaffArea[] }) {
  return (
    <NavDrawer title="Staff console" description="Every page of the console you may open." triggerClassName="hover:bg-zinc-100">
      <ConsoleNav areas={areas} />
    </NavDrawer>
  );
}
