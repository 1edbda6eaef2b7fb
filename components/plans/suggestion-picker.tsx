"use client";

import { PLAN_DIRECTION_LABELS } from "@/lib/plans/labels";
import type { Suggestion } from "@/lib/plans/diagnostic";

export type SuggestionOption = Pick<Suggestion, "key" | "goal" | "difficulty" | "direction" | "basis"> & { inPlan?: boolean };

/** The difficulties of the mentee's diagnostic, strongest first: the mentor ticks which become items. */
export function SuggestionPicker({ suggestions, chosen, onChange, error }: { suggestions: SuggestionOption[]; chosen: string[]; onChange: (keys: string[]) => void; error?: string }) {
  return (
    <fieldset aria-describedby={error ? "suggestions-error" : undefined}>
      <legend className="text-sm font-medium text-slate-800">Затруднения по ответам диагностики — отметьте, какие взять в план</legend>
      <ul className="mt-2 space-y-2">
        {suggestions.map((s) => (
          <li key={s.key}>
            <label className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 text-sm hover:bg-slate-50">
              <input
                type="checkbox"
                className="mt-0.5 size-5 shrink-0 rounded border-slate-300 text-brand-600"
                checked={chosen.includes(s.key)}
                disabled={s.inPlan}
                onChange={(e) => onChange(e.currentTarget.checked ? [...chosen, s.key] : chosen.filter((k) => k !== s.key))}
              />
              <span>
                <span className="block font-medium text-slate-900">{s.difficulty}</span>
                <span className="block text-slate-600">
                  {s.basis} · {PLAN_DIRECTION_LABELS[s.direction]}
                  {s.inPlan ? " · уже в плане" : ""}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p id="suggestions-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
