import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A native select styled like Input; pass the Field's props for its label and error. */
export function Select({ className, ...props }: ComponentProps<"select">) {
  const invalid = props["aria-invalid"] === true || props["aria-invalid"] === "true";
  return (
    <select
      className={cn(
        "block w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:outline-none focus:ring-2 sm:text-sm",
        invalid ? "border-red-400 focus:ring-red-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100",
        className,
      )}
      {...props}
    />
  );
}
