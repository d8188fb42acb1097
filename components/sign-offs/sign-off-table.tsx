import Link from "next/link";
import { signOffStateLabels } from "@/components/sign-offs/sign-off-view";
import { DataTable } from "@/components/ui/data-table";
import { DateTime } from "@/components/ui/date-time";
import type { listSignOffs } from "@/db/access/sign-offs/read";
import { formatDay } from "@/lib/format";

type Row = Awaited<ReturnType<typeof listSignOffs>>[number];

/** Sign-offs as the console lists them: on their own page, and on an account, project or ticket. */
export function SignOffTable({ rows, showAccount = true }: { rows: Row[]; showAccount?: boolean }) {
  return (
    <DataTable
      columns={["Subject", ...(showAccount ? ["Client"] : []), "State", "Approved", "Due", "Made"]}
      isEmpty={rows.length === 0}
      empty="No sign-offs yet."
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-t border-zinc-100">
          <td className="px-4 py-2">
            <Link href={`/console/sign-offs/${row.id}`} className="font-medium underline">
              {row.subject}
            </Link>
          </td>
          {showAccount ? <td className="px-4 py-2">{row.accountName}</td> : null}
          <td className="px-4 py-2">
            {signOffStateLabels[row.state]}
            {row.round && row.round > 1 ? ` · round ${row.round}` : ""}
          </td>
          <td className="px-4 py-2">
            {row.approvedCount} of {row.approverCount}
          </td>
          <td className="px-4 py-2">{formatDay(row.dueOn)}</td>
          <td className="px-4 py-2">
            <DateTime value={row.createdAt} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
