import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";
import { ListNotice } from "@/components/ui/list-notice";
import { NextPageLink } from "@/components/ui/next-page-link";
import { SearchForm } from "@/components/ui/search-form";

type Option = { value: string; label: string };
type Params = { query: string; status?: string; sort?: string; notice?: string };

// Every portal list: a heading, search with an optional filter and a sort (a plain GET form), the
// table, and the next page. Works without JavaScript and on a phone (each row becomes a card).
export function RecordList({
  title,
  action,
  basePath,
  searchLabel,
  params,
  filter,
  sorts,
  columns,
  isEmpty,
  empty,
  nextCursor,
  children,
}: {
  title: string;
  /** Beside the heading, e.g. a "New …" link. */
  action?: ReactNode;
  basePath: string;
  searchLabel: string;
  params: Params;
  filter?: { label: string; anyLabel: string; options: readonly Option[] };
  sorts: readonly Option[];
  columns: string[];
  isEmpty: boolean;
  empty: string;
  nextCursor: string | null;
  children: ReactNode;
}) {
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-title">{title}</h1>
        {action}
      </div>
      <ListNotice notice={params.notice} />
      <SearchForm action={basePath} label={searchLabel} query={params.query}>
        {filter ? (
          <>
            <label className="sr-only" htmlFor="status">
              {filter.label}
            </label>
            <select
              id="status"
              name="status"
              defaultValue={params.status ?? ""}
              className="rounded-md border border-zinc-300 bg-white px-3 py-2"
            >
              <option value="">{filter.anyLabel}</option>
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <label className="sr-only" htmlFor="sort">
          Sort by
        </label>
        <select
          id="sort"
          name="sort"
          defaultValue={params.sort ?? sorts[0]?.value}
          className="rounded-md border border-zinc-300 bg-white px-3 py-2"
        >
          {sorts.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </SearchForm>
      <DataTable className="mt-4" isStacked columns={columns} isEmpty={isEmpty} empty={empty}>
        {children}
      </DataTable>
      <NextPageLink basePath={basePath} filters={{ q: params.query, status: params.status, sort: params.sort }} cursor={nextCursor} />
    </>
  );
}

/** The first cell of a row: the record's name, linking to it. */
export function RecordLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <td className="px-4 py-2">
      <Link href={href} className="font-medium text-brand-ink underline">
        {children}
      </Link>
    </td>
  );
}

/** A cell; its column's heading is its label when the table is read as cards on a phone. */
export function Cell({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <td data-label={label} className="px-4 py-2">
      {children}
    </td>
  );
}
