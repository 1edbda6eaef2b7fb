import type { ReactNode } from "react";
import { cn } from "./cn";

/** A plain data table with a caption for screen readers and a visible empty state. */
export function Table({
  caption,
  head,
  children,
  empty,
  isEmpty,
}: {
  caption: string;
  head: ReactNode[];
  children: ReactNode;
  empty?: ReactNode;
  isEmpty?: boolean;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="data-table min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {head.map((cell, index) => (
              <th key={index} scope="col" className={cn("px-4 py-3 text-left font-semibold text-slate-700", index > 0 && "whitespace-nowrap")}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {isEmpty ? (
            <tr>
              <td colSpan={head.length} className="px-4 py-8 text-center text-slate-600">
                {empty}
              </td>
            </tr>
          ) : (
            children
          )}
        </tbody>
      </table>
    </div>
  );
}

/** A cell of a Table: padding, colour and tabular figures come from the table (app/globals.css). */
export function Td({ children, className }: { children: ReactNode; className?: string }) {
  return <td className={className}>{children}</td>;
}
