import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { FLAG_LABELS, FLAGS } from "@/lib/participants/flags";
import { KIND_LABELS, KINDS, type TParticipantFilter } from "@/lib/participants/schemas";

/** The list's search and filters: a plain GET form, so every filtered list has its own address. */
export function ParticipantFilters({ filter, forms }: { filter: TParticipantFilter; forms: Array<{ id: string; name: string }> }) {
  return (
    <form method="get" role="search" className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-5">
      <div className="sm:col-span-2">
        <Field label="Поиск по ФИО или классу">{(p) => <Input {...p} type="search" name="q" defaultValue={filter.q ?? ""} />}</Field>
      </div>
      <Field label="Категория">
        {(p) => (
          <Select {...p} name="kind" defaultValue={filter.kind ?? ""}>
            <option value="">все</option>
            {KINDS.map((kind) => <option key={kind} value={kind}>{KIND_LABELS[kind]}</option>)}
          </Select>
        )}
      </Field>
      <Field label="База">
        {(p) => (
          <Select {...p} name="base" defaultValue={filter.base ?? ""}>
            <option value="">обе базы</option>
            <option value="mentor">наставники</option>
            <option value="mentee">наставляемые</option>
          </Select>
        )}
      </Field>
      <Field label="Форма наставничества">
        {(p) => (
          <Select {...p} name="formId" defaultValue={filter.formId ?? ""}>
            <option value="">все формы</option>
            {forms.map((form) => <option key={form.id} value={form.id}>{form.name}</option>)}
          </Select>
        )}
      </Field>
      <fieldset className="flex flex-wrap items-center gap-4 sm:col-span-4">
        <legend className="sr-only">Признаки</legend>
        {FLAGS.map((flag) => (
          <label key={flag} className="inline-flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="flags" value={flag} defaultChecked={filter.flags.includes(flag)} className="size-4 rounded border-slate-300" />
            {FLAG_LABELS[flag]}
          </label>
        ))}
        <label className="inline-flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="archived" value="1" defaultChecked={filter.archived} className="size-4 rounded border-slate-300" />
          архив
        </label>
      </fieldset>
      <div className="flex items-end gap-2">
        <Button type="submit">Найти</Button>
      </div>
    </form>
  );
}
