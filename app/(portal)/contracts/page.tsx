import type { Metadata } from "next";
import { portalListPage } from "@/components/portal/portal-list-page";
import { UsageMeter } from "@/components/portal/usage-meter";
import { listMyContracts } from "@/db/access/records/contracts";
import { formatDay } from "@/lib/format";

export const metadata: Metadata = { title: "Contracts" };

export default portalListPage("contract", {
  read: listMyContracts,
  title: "Contracts and retainers",
  searchLabel: "Search contracts by name",
  filter: {
    label: "Period",
    choices: [
      ["current", "Running now"],
      ["ended", "Ended"],
      ["upcoming", "Not started"],
    ],
  },
  sorts: [
    ["ends", "Ending soonest"],
    ["name", "By name"],
    ["recent", "Latest start first"],
  ],
  empty: "No contracts match.",
  columns: [
    ["Contract", (contract) => contract.name],
    ["Period", (contract) => `${formatDay(contract.startsOn)} → ${formatDay(contract.endsOn)}`],
    ["Usage", (contract) => <UsageMeter usedMinutes={contract.usedMinutes} allowanceMinutes={contract.allowanceMinutes} />],
  ],
});
