import type { Metadata } from "next";
import { portalRecordPage } from "@/components/portal/portal-record-page";
import { UsageMeter } from "@/components/portal/usage-meter";
import { getMyContract } from "@/db/access/records/contracts";
import { formatDay, formatHours } from "@/lib/format";

export const metadata: Metadata = { title: "Contract" };

export default portalRecordPage("contract", getMyContract, (contract) => ({
  title: contract.name,
  facts: [
    ["Period", `${formatDay(contract.startsOn)} → ${formatDay(contract.endsOn)}`],
    ["Allowance", formatHours(contract.allowanceMinutes)],
    ["Used", <UsageMeter key="usage" usedMinutes={contract.usedMinutes} allowanceMinutes={contract.allowanceMinutes} />],
    ["Manager", contract.managerName ?? "—"],
  ],
}));
