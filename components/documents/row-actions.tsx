"use client";

import { useId, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type RowPanel = { key: string; label: string; content: ReactNode };

/**
 * A row of toggle buttons, each opening its panel below (one at a time). Closed panels stay
 * mounted, so a half-filled form keeps what was typed.
 */
export function RowActions({ panels }: { panels: RowPanel[] }) {
  const id = useId();
  const [open, setOpen] = useState<string | null>(null);
  if (!panels.length) return null;
  return (
    <div className="mt-4">
      <div className="flex flex-wrap gap-2">
        {panels.map((panel) => {
          const expanded = open === panel.key;
          return (
            <button
              key={panel.key}
              type="button"
              aria-expanded={expanded}
              aria-controls={`${id}-${panel.key}`}
              onClick={() => setOpen(expanded ? null : panel.key)}
              className={cn(
                "inline-flex items-center gap-1.5 rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-inset transition-colors",
                expanded ? "bg-brand-50 text-brand-800 ring-brand-300" : "bg-white text-slate-800 ring-slate-300 hover:bg-slate-50",
              )}
            >
              {panel.label}
              <svg aria-hidden="true" viewBox="0 0 20 20" className={cn("size-4 text-slate-500 transition-transform", expanded && "rotate-180")}>
                <path d="M5 7.5 10 12.5 15 7.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </button>
          );
        })}
      </div>
      {panels.map((panel) => (
        <div key={panel.key} id={`${id}-${panel.key}`} hidden={open !== panel.key} className="mt-3 rounded-lg border border-slate-200 bg-slate-50/50 p-4">
          {panel.content}
        </div>
      ))}
    </div>
  );
}
