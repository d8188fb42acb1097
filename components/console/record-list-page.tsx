import Link from "next/link";
import { listPage, type Column, type ListPageSpec } from "@/components/ui/list-page";
import { requireStaffViewer, type StaffViewer } from "@/db/access/viewer/viewer";
import { listOf, nounOf, type RecordEditor } from "./record-editor";

// The console's list of a kind of record: where it is, its title and its "New …" link come from
// the kind's editor; the newest first.

type ConsoleList<Row extends { id: string }> = Pick<ListPageSpec<StaffViewer, Row>, "read" | "searchLabel" | "filter" | "columns"> & {
  empty?: string;
};

/** The client account's name, as most lists show it. */
export const clientColumn: Column<{ accountName: string | null }> = ["Client", (row) => row.accountName];
/** The record's manager, or a dash. */
export const managerColumn: Column<{ managerName: string | null }> = ["Manager", (row) => row.managerName ?? "—"];

export function consoleListPage<Row extends { id: string }>(editor: RecordEditor<never>, list: ConsoleList<Row>) {
  const { path, label } = listOf(editor);
  return listPage({
    ...list,
    viewer: () => requireStaffViewer("clients"),
    title: label,
    path,
    action: (
      <Link href={`${path}/new`} className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
        New {nounOf(editor)}
      </Link>
    ),
    sorts: [["recent", "Newest first"]],
    empty: list.empty ?? "Nothing matches.",
  });
}
