import type { ComponentProps } from "react";
import { cn } from "./cn";

export { Select } from "./select";

const base =
  "block w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:outline-none focus:ring-2 sm:text-sm";

function tone(invalid: ComponentProps<"input">["aria-invalid"]) {
  return invalid === true || invalid === "true" ? "border-red-400 focus:ring-red-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100";
}

/** A multi-line text input styled like Input. */
export function Textarea({ className, rows = 3, ...props }: ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cn(base, tone(props["aria-invalid"]), className)} {...props} />;
}

/** A compact input for dense tables (dates of stages, rows of attendance); label it with aria-label. */
export function CellInput({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(base, "px-2 py-1", tone(props["aria-invalid"]), className)} {...props} />;
}
