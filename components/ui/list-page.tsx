import type { ReactNode } from "react";
import { getPublicBranding } from "@/db/access/branding/live";
import type { ListQuery } from "@/db/access/records/lists";
import { humanize } from "@/lib/format";
import { Cell, RecordLink, RecordList } from "./record-list";
import { parseRecordListParams } from "./search-params";

// A list page of records, portal or console, written once: the viewer checked first, the query
// string parsed (anything odd is dropped and said), one page read through the access layer, and a
// table whose first column links to the record.

export type Column<Row> = readonly [heading: string, cell: (row: Row, currency: string) => ReactNode];
/** A filter choice: a value shown humanised, or a value and its label. */
type Choice = string | readonly [value: string, label: string];

export type ListPageSpec<Viewer, Row extends { id: string }> = {
  /** Resolves and checks the viewer: a visitor without the right answers as for a missing page. */
  viewer: () => Promise<Viewer>;
  read: (viewer: Viewer, query: ListQuery) => Promise<{ rows: Row[]; nextCursor: string | null }>;
  title: string;
  path: string;
  /** Beside the heading, e.g. a "New …" link (for this viewer, when it depends on what they may do). */
  action?: ReactNode | ((viewer: Viewer) => Promise<ReactNode>);
  searchLabel: string;
  filter?: { label: string; anyLabel?: string; choices: readonly Choice[] };
  /** [value, label] pairs; the first is the default. */
  sorts: readonly (readonly [value: string, label: string])[];
  columns: readonly [Column<Row>, ...Column<Row>[]];
  empty: string;
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function listPage<Viewer, Row extends { id: string }>(spec: ListPageSpec<Viewer, Row>) {
  return async function ListPage({ searchParams }: { searchParams: SearchParams }) {
    const viewer = await spec.viewer();
    const params = await parseRecordListParams(searchParams);
    const [{ rows, nextCursor }, { currency }] = await Promise.all([spec.read(viewer, params), getPublicBranding()]);
    const [[, linkText], ...rest] = spec.columns;
    const { filter } = spec;
    return (
      <RecordList
        title={spec.title}
        action={typeof spec.action === "function" ? await spec.action(viewer) : spec.action}
        basePath={spec.path}
        searchLabel={spec.searchLabel}
        params={params}
        filter={
          filter && {
            label: filter.label,
            anyLabel: filter.anyLabel ?? `Any ${filter.label.toLowerCase()}`,
            options: filter.choices.map((choice) =>
              typeof choice === "string" ? { value: choice, label: humanize(choice) } : { value: choice[0], label: choice[1] },
            ),
          }
        }
        sorts={spec.sorts.map(([value, label]) => ({ value, label }))}
        columns={spec.columns.map(([heading]) => heading)}
        isEmpty={rows.length === 0}
        empty={spec.empty}
        nextCursor={nextCursor}
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-zinc-100">
            <RecordLink href={`${spec.path}/${row.id}`}>{linkText(row, currency)}</RecordLink>
            {rest.map(([heading, cell]) => (
              <Cell key={heading} label={heading}>
                {cell(row, currency)}
              </Cell>
            ))}
          </tr>
        ))}
      </RecordList>
    );
  };
}
