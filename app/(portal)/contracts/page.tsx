import type { Metadata } from "next";
import { UsageMeter } from "@/components/portal/usage-meter";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { formatDay } from "@/lib/format";
import { parseRecordListParams } from "@/components/ui/search-params";
import { contractPhases, listMyContracts } from "@/db/access/records/contracts";
import { requirePortalModule } from "@/db/access/records/portal";

export const metadata: Metadata = { title: "Contracts" };

export default async function ContractsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePortalModule("contracts.view");
  const params = await parseRecordListParams(searchParams);
  const { rows, nextCursor } = await listMyContracts(viewer, params);
  const phaseLabels = { current: "Running now", ended: "Ended", upcoming: "Not started" };
  return (
    <RecordList
      title="Contracts and retainers"
      basePath="/contracts"
      searchLabel="Search contracts by name"
      params={params}
      filter={{ label: "Period", anyLabel: "Any period", options: contractPhases.map((value) => ({ value, label: phaseLabels[value] })) }}
      sorts={[
        { value: "ends", label: "Ending soonest" },
        { value: "name", label: "By name" },
        { value: "recent", label: "Latest start first" },
      ]}
      columns={["Contract", "Period", "Usage"]}
      isEmpty={rows.length === 0}
      empty="No contracts match."
      nextCursor={nextCursor}
    >
      {rows.map((contract) => (
        <tr key={contract.id} className="border-t border-zinc-100">
          <RecordLink href={`/contracts/${contract.id}`}>{contract.name}</RecordLink>
          <Cell>
            {formatDay(contract.startsOn)} → {formatDay(contract.endsOn)}
          </Cell>
          <Cell>
            <UsageMeter usedMinutes={contract.usedMinutes} allowanceMinutes={contract.allowanceMinutes} />
          </Cell>
        </tr>
      ))}
    </RecordList>
  );
}
