import type { ReactNode } from "react";

type Column = string | { label: string; isHidden: true };

// The console's tables: a caption-less, scrollable table with its headers, rows and an empty state.
export function DataTable({
  columns,
  isEmpty,
  empty,
  className = "",
  children,
}: {
  columns: Column[];
  isEmpty: boolean;
  empty: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`overflow-x-auto rounded-lg bg-white ring-1 ring-zinc-200 ${className}`}>
      <table className="w-full text-left text-sm">
        <thead className="bg-zinc-50 text-zinc-600">
          <tr>
            {columns.map((column) => {
              const label = typeof column === "string" ? column : column.label;
              return (
                <th key={label} scope="col" className="px-4 py-2">
                  {typeof column === "string" ? label : <span className="sr-only">{label}</span>}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {isEmpty ? <p className="px-4 py-6 text-zinc-600">{empty}</p> : null}
    </div>
  );
}
