import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/controls";
import { STAGE_LABELS } from "@/lib/questionnaires/labels";
import type { Results } from "@/lib/questionnaires/results-queries";
import type { ResultsFilter } from "@/lib/questionnaires/schemas";

type Props = {
  action: string;
  unitLevel: "PLATFORM" | "REGION" | "MUNICIPALITY" | "SCHOOL";
  options: Results["options"];
  value: ResultsFilter;
  /** null when the raw answers may not be given (an anonymous group too small). */
  exportRaw: string | null;
  exportSummary: string;
};

const download = "inline-flex items-center rounded-lg px-4 py-2 text-sm font-semibold text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50";

function Choice({ name, label, value, items }: { name: string; label: string; value?: string; items: Array<{ id: string; name: string; count: number }> }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <Select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="mt-1">
        <option value="">Все</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.name} ({item.count})
          </option>
        ))}
      </Select>
    </div>
  );
}

/** Filters of the results (a plain GET form: the address keeps them) and the Excel exports. */
export function ResultsFilters({ action, unitLevel, options, value, exportRaw, exportSummary }: Props) {
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" aria-label="Фильтры результатов">
      {(unitLevel === "PLATFORM" || unitLevel === "REGION") && options.municipalities.length ? (
        <div className="w-56">
          <Choice name="municipalityId" label="Муниципалитет" value={value.municipalityId} items={options.municipalities} />
        </div>
      ) : null}
      {unitLevel !== "SCHOOL" && options.schools.length ? (
        <div className="w-56">
          <Choice name="schoolId" label="Школа" value={value.schoolId} items={options.schools} />
        </div>
      ) : null}
      {options.forms.length ? (
        <div className="w-56">
          <Choice name="formId" label="Форма наставничества" value={value.formId} items={options.forms} />
        </div>
      ) : null}
      {options.stages.length > 1 ? (
        <div className="w-56">
          <Choice name="stage" label="Этап программы" value={value.stage} items={options.stages.map((s) => ({ id: s.stage, name: STAGE_LABELS[s.stage], count: s.count }))} />
        </div>
      ) : null}
      <Button type="submit" variant="secondary">
        Показать
      </Button>
      <div className="ml-auto flex flex-wrap gap-2">
        {exportRaw ? (
          <a className={download} href={exportRaw} download>
            Ответы в Excel
          </a>
        ) : null}
        <a className={download} href={exportSummary} download>
          Сводка в Excel
        </a>
      </div>
    </form>
  );
}
