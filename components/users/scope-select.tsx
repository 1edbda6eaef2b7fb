import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import type { ScopeOption } from "@/lib/users/queries";

export const selectClass =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 sm:text-sm";

/**
 * A select of regions, municipalities, schools or participants. The parent's name is shown only
 * when the options have different parents (an admin's list of every school).
 */
export function ScopeSelect({
  label,
  hint,
  empty,
  options,
  error,
  registration,
}: {
  label: string;
  hint?: string;
  empty: string;
  options: ScopeOption[];
  error?: string;
  registration: UseFormRegisterReturn;
}) {
  const showParent = new Set(options.map((o) => o.parent)).size > 1;
  if (options.length === 0) {
    return (
      <div>
        <p className="block text-sm font-medium text-slate-800">{label}</p>
        <p className="mt-1 rounded-lg border border-dashed border-slate-300 px-3 py-2 text-sm text-slate-600">{empty}</p>
        {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
      </div>
    );
  }
  return (
    <Field label={label} hint={hint} error={error}>
      {(props) => (
        <select {...props} className={selectClass} defaultValue="" {...registration}>
          <option value="" disabled>
            Выберите
          </option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {showParent && option.parent ? `${option.name} (${option.parent})` : option.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
