import { ButtonLink } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { PAIR_STATUS_LABELS } from "@/lib/format";

type Option = { id: string; name: string };

/** Filters of the pair list as a plain GET form: the URL holds them, the export reuses them. */
export function PairFilters({
  action,
  forms,
  mentors,
  value,
  exportHref,
}: {
  action: string;
  forms: Option[];
  mentors: Option[];
  value: { formId?: string; status?: string; mentorId?: string };
  exportHref: string;
}) {
  return (
    <form action={action} method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Фильтры">
      <label className="text-sm">
        <span className="block font-medium text-slate-800">Форма</span>
        <Select name="formId" defaultValue={value.formId ?? ""} className="mt-1 w-56">
          <option value="">все формы</option>
          {forms.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </Select>
      </label>
      <label className="text-sm">
        <span className="block font-medium text-slate-800">Статус</span>
        <Select name="status" defaultValue={value.status ?? ""} className="mt-1 w-48">
          <option value="">любой</option>
          {Object.entries(PAIR_STATUS_LABELS).map(([status, label]) => (
            <option key={status} value={status}>
              {label}
            </option>
          ))}
        </Select>
      </label>
      <label className="text-sm">
        <span className="block font-medium text-slate-800">Наставник</span>
        <Select name="mentorId" defaultValue={value.mentorId ?? ""} className="mt-1 w-64">
          <option value="">все наставники</option>
          {mentors.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
      </label>
      <button type="submit" className="rounded-lg bg-white px-4 py-2 text-sm font-semibold ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
        Показать
      </button>
      <ButtonLink href={exportHref} variant="ghost" prefetch={false}>
        Выгрузить в Excel
      </ButtonLink>
    </form>
  );
}
