import { useId, type ComponentProps } from "react";

/** A checkbox with its label on the right; the whole label toggles it. */
export function Checkbox({ label, error, ...props }: Omit<ComponentProps<"input">, "type"> & { label: string; error?: string }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="inline-flex items-center gap-2 text-sm text-slate-800">
        <input
          id={id}
          type="checkbox"
          className="size-4 rounded border-slate-300 text-brand-600 focus:ring-2 focus:ring-brand-100"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...props}
        />
        {label}
      </label>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
