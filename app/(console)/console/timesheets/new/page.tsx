import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { RecordForm } from "@/components/console/record-form";
import { RecordPage } from "@/components/console/record-page";
import { firstParam } from "@/components/ui/search-params";
import { getContract } from "@/db/access/records/contracts";
import { listStaffMembers } from "@/db/access/records/save";
import { requireStaffViewer } from "@/db/access/viewer/viewer";
import { saveTimesheetsAction } from "../actions";
import { fieldsFor, valuesOf } from "../fields";

export const metadata: Metadata = { title: "New time entry" };

// Time at an account, or on a contract (?contract=…): then it counts towards the contract's usage.
export default async function NewTimesheetsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireStaffViewer("clients");
  const contractId = firstParam((await searchParams).contract);
  const [staff, contract] = await Promise.all([listStaffMembers(viewer), contractId ? getContract(viewer, contractId) : null]);
  return (
    <RecordPage
      backHref={contract ? `/console/contracts/${contract.id}` : "/console/timesheets"}
      backLabel={contract ? contract.name : "Timesheets"}
      title={contract ? `Log time on ${contract.name}` : "New time entry"}
    >
      <RecordForm
        action={saveTimesheetsAction}
        fields={fieldsFor(staff, !contract)}
        values={valuesOf(null)}
        hidden={{ requestKey: randomUUID(), ...(contract ? { contractId: contract.id, accountNumber: contract.accountNumber } : {}) }}
        title="New time entry"
      />
    </RecordPage>
  );
}
