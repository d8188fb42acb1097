import Link from "next/link";
import type { ReactNode } from "react";
import { Cell, RecordLink, RecordList } from "@/components/ui/record-list";
import { parseRecordListParams } from "@/components/ui/search-params";
import { getPublicBranding } from "@/db/access/branding/live";
import type { ListQuery } from "@/db/access/records/lists";
import { requireStaffViewer, type StaffViewer } from "@/db/access/viewer/viewer";
import { humanize } from "@/lib/format";
import { listOf, type RecordEditor } from "./record-editor";

// The console's list of every kind of record, written once: search, an optional filter, the
// newest first, one page at a time, the first column linking to the record.

type Column<Row> = readonly [heading: string, cell: (row: Row, currency: string) => ReactNode];

export type ConsoleList<Row extends { id: string }> = {
  read: (viewer: StaffViewer, query: ListQuery) => Promise<{ rows: Row[]; nextCursor: string | null }>;
  searchLabel: string;
  /** A filter over one of the record's fixed values (its status, stage…). */
  filter?: { label: string; values: readonly string[] };
  columns: readonly [Column<Row>, ...Column<Row>[]];
  empty?: string;
};

/** The client account's name, as most lists show it. */
export const clientColumn = ["Client", (row: { accountName: string | null }) => row.accountName] as const;
/** The record's manager, or a dash. */
export const managerColumn = ["Manager", (row: { managerName: string | null }) => row.managerName ?? "—"] as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function consoleListPage<Row extends { id: string }>(editor: RecordEditor<never>, list: ConsoleList<Row>) {
  return async function ConsoleListPage({ searchParams }: { searchParams: SearchParams }) {
    const viewer = await requireStaffViewer("clients");
    const params = await parseRecordListParams(searchParams);
    const [{ rows, nextCursor }, { currency }] = await Promise.all([list.read(viewer, params), getPublicBranding()]);
    const { path, label } = listOf(editor);
    const [[, linkText], ...rest] = list.columns;
    const { filter } = list;
    return (
      <RecordList
        title={label}
        action={
          <Link href={`${path}/new`} className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-brand-contrast">
            New {editor.noun}
          </Link>
        }
        basePath={path}
        searchLabel={list.searchLabel}
        params={params}
        filter={
          filter && {
            label: filter.label,
            anyLabel: `Any ${filter.label.toLowerCase()}`,
            options: filter.values.map((value) => ({ value, label: humanize(value) })),
          }
        }
        sorts={[{ value: "recent", label: "Newest first" }]}
        columns={list.columns.map(([heading]) => heading)}
        isEmpty={rows.length === 0}
        empty={list.empty ?? "Nothing matches."}
        nextCursor={nextCursor}
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-zinc-100">
            <RecordLink href={`${path}/${row.id}`}>{linkText(row, currency)}</RecordLink>
            {rest.map(([heading, cell]) => (
              <Cell key={heading}>{cell(row, currency)}</Cell>
            ))}
          </tr>
        ))}
      </RecordList>
    );
  };
}
