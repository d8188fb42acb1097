import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AttachedFiles, RecordDetail } from "@/components/portal/record-detail";
import { UsageMeter } from "@/components/portal/usage-meter";
import { formatDay, formatHours } from "@/lib/format";
import { getMyContract } from "@/db/access/records/contracts";
import { requireContactViewer } from "@/db/access/viewer/viewer";

export const metadata: Metadata = { title: "Contract" };

export default async function ContractPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireContactViewer();
  const contract = await getMyContract(viewer, (await params).id);
  if (!contract) notFound();
  return (
    <RecordDetail
      backHref="/contracts"
      backLabel="Contracts"
      title={contract.name}
      facts={[
        ["Period", `${formatDay(contract.startsOn)} → ${formatDay(contract.endsOn)}`],
        ["Allowance", formatHours(contract.allowanceMinutes)],
        ["Used", <UsageMeter key="usage" usedMinutes={contract.usedMinutes} allowanceMinutes={contract.allowanceMinutes} />],
        ["Manager", contract.managerName ?? "—"],
      ]}
    >
      <AttachedFiles files={contract.files} />
    </RecordDetail>
  );
}
