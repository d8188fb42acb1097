import type { ReactNode } from "react";

/** A heading; hidden ones are read to screen readers only; numbers line up on the right. */
type Column = string | { label: string; isHidden?: true; isNumeric?: true };

// The console's tables: a caption-less, scrollable table with its headers, rows and an empty state.
export function DataTable({
  columns,
  isEmpty,
  empty,
  className = "",
  footer,
  isStacked,
  children,
}: {
  columns: Column[];
  isEmpty: boolean;
  empty: string;
  className?: string;
  /** A <tfoot> row, such as a total. */
  footer?: ReactNode;
  /** On a phone each row becomes a card of labelled values (cells carry data-label), not a wide table. */
  isStacked?: boolean;
  children: ReactNode;
}) {
  return (
    // Focusable, so a table wider than a phone can be scrolled from the keyboard too. Positioned, so
    // what is placed absolutely inside (visually hidden labels) stays within its scroll box.
    <div tabIndex={0} className={`relative overflow-x-auto rounded-lg bg-white ring-1 ring-zinc-200 focus-visible:outline-2 ${className}`}>
      <table className={`w-full text-left text-sm ${isStacked ? "stacked-table" : ""}`}>
        <thead className="bg-zinc-50 text-zinc-600">
          <tr>
            {columns.map((column) => {
              const { label, isHidden, isNumeric } = typeof column === "string" ? { label: column } : column;
              return (
                <th key={label} scope="col" className={`px-4 py-2 ${isNumeric ? "text-right" : ""}`}>
                  {isHidden ? <span className="sr-only">{label}</span> : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
      {isEmpty ? <p className="px-4 py-6 text-zinc-600">{empty}</p> : null}
    </div>
  );
}
