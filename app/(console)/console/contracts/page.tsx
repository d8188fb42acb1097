import type { Metadata } from "next";
import { consoleListPage, clientColumn, managerColumn } from "@/components/console/record-list-page";
import { listContracts, contractPhases } from "@/db/access/records/contracts";
import { formatDay, formatHours } from "@/lib/format";
import { contractEditor } from "./editor";

export const metadata: Metadata = { title: "Contracts" };

export default consoleListPage(contractEditor, {
  read: listContracts,
  searchLabel: "Search contracts",
  filter: { label: "Period", choices: contractPhases },
  columns: [
    ["Contract", (row) => row.name],
    clientColumn,
    ["Period", (row) => `${formatDay(row.startsOn)} → ${formatDay(row.endsOn)}`],
    ["Used", (row) => `${formatHours(row.usedMinutes)} of ${formatHours(row.allowanceMinutes)}`],
    managerColumn,
  ],
});
