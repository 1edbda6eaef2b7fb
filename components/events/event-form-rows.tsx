"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CellInput, Select, Textarea } from "@/components/ui/controls";
import { ATTENDANCE_ROLE_LABELS, FORMAT_LABELS, type TSaveEvent } from "@/lib/events/schemas";

export type EventFormChoices = {
  participants: Array<{ id: string; name: string }>;
  municipalities: Array<{ id: string; name: string }>;
  schools: Array<{ id: string; shortName: string }>;
};

const legend = "text-sm font-semibold text-slate-900";
const error = (message?: string) => (message ? <p className="mt-1 text-xs text-red-700">{message}</p> : null);

/** Agenda items: the question, the speaker, what was said and the recommendations adopted. */
export function AgendaRows({ form }: { form: UseFormReturn<TSaveEvent> }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "agenda" });
  const errors = form.formState.errors.agenda;
  return (
    <fieldset className="space-y-3">
      <legend className={legend}>Повестка</legend>
      {fields.map((field, index) => (
        <div key={field.id} className="grid gap-2 rounded-lg border border-slate-200 p-3 md:grid-cols-2">
          <div>
            <CellInput aria-label={`Вопрос ${index + 1}`} placeholder="Вопрос повестки" {...form.register(`agenda.${index}.title`)} />
            {error(errors?.[index]?.title?.message)}
          </div>
          <CellInput aria-label={`Выступающий по вопросу ${index + 1}`} placeholder="Выступающий" {...form.register(`agenda.${index}.speaker`)} />
          <Textarea aria-label={`Содержание вопроса ${index + 1}`} placeholder="Кратко о выступлении" rows={2} {...form.register(`agenda.${index}.summary`)} />
          <Textarea aria-label={`Рекомендации по вопросу ${index + 1}`} placeholder="Принятые рекомендации" rows={2} {...form.register(`agenda.${index}.recommendations`)} />
          <div className="md:col-span-2">
            <Button type="button" variant="ghost" onClick={() => remove(index)}>
              Удалить вопрос
            </Button>
          </div>
        </div>
      ))}
      <Button type="button" variant="secondary" onClick={() => append({ title: "", speaker: "", summary: "", recommendations: "" })}>
        Добавить вопрос повестки
      </Button>
    </fieldset>
  );
}

/** Who took part: people of the school's bases, or guests by name with their school or municipality. */
export function AttendanceRows({ form, choices }: { form: UseFormReturn<TSaveEvent>; choices: EventFormChoices }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "attendances" });
  const errors = form.formState.errors.attendances;
  const blank = { participantId: "", fullName: "", position: "", organization: "", municipalityId: "", schoolId: "", format: "IN_PERSON", role: "LISTENER", attended: true } as const;
  return (
    <fieldset className="space-y-3">
      <legend className={legend}>Участники</legend>
      {fields.map((field, index) => (
        <div key={field.id} className="grid gap-2 rounded-lg border border-slate-200 p-3 md:grid-cols-4">
          {choices.participants.length > 0 ? (
            <div className="md:col-span-2">
              <Select aria-label={`Участник ${index + 1} из базы школы`} {...form.register(`attendances.${index}.participantId`)}>
                <option value="">— гость (ФИО ниже) —</option>
                {choices.participants.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </Select>
              {error(errors?.[index]?.participantId?.message)}
            </div>
          ) : null}
          <div className="md:col-span-2">
            <CellInput aria-label={`ФИО участника ${index + 1}`} placeholder="ФИО гостя" {...form.register(`attendances.${index}.fullName`)} />
            {error(errors?.[index]?.fullName?.message)}
          </div>
          <CellInput aria-label={`Должность участника ${index + 1}`} placeholder="Должность" {...form.register(`attendances.${index}.position`)} />
          <CellInput aria-label={`Организация участника ${index + 1}`} placeholder="Организация" {...form.register(`attendances.${index}.organization`)} />
          <div>
            <Select aria-label={`Муниципалитет участника ${index + 1}`} {...form.register(`attendances.${index}.municipalityId`)}>
              <option value="">муниципалитет</option>
              {choices.municipalities.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </Select>
            {error(errors?.[index]?.municipalityId?.message)}
          </div>
          <Select aria-label={`Школа участника ${index + 1}`} {...form.register(`attendances.${index}.schoolId`)}>
            <option value="">школа</option>
            {choices.schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.shortName}
              </option>
            ))}
          </Select>
          <Select aria-label={`Формат участия ${index + 1}`} {...form.register(`attendances.${index}.format`)}>
            {Object.entries(FORMAT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
          <Select aria-label={`Роль участника ${index + 1}`} {...form.register(`attendances.${index}.role`)}>
            {Object.entries(ATTENDANCE_ROLE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" className="h-4 w-4" {...form.register(`attendances.${index}.attended`)} />
            присутствовал
          </label>
          <Button type="button" variant="ghost" onClick={() => remove(index)}>
            Удалить
          </Button>
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        {choices.participants.length ? (
          <Button type="button" variant="secondary" onClick={() => append({ ...blank, participantId: choices.participants[0].id })}>
            Добавить из базы школы
          </Button>
        ) : null}
        <Button type="button" variant="secondary" onClick={() => append({ ...blank })}>
          Добавить гостя
        </Button>
      </div>
    </fieldset>
  );
}

/** Materials as links (files come with the documents issue). */
export function MaterialRows({ form }: { form: UseFormReturn<TSaveEvent> }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "materials" });
  const errors = form.formState.errors.materials;
  return (
    <fieldset className="space-y-3">
      <legend className={legend}>Материалы (ссылки)</legend>
      {fields.map((field, index) => (
        <div key={field.id} className="grid gap-2 md:grid-cols-[1fr_1fr_auto]">
          <div>
            <CellInput aria-label={`Название материала ${index + 1}`} placeholder="Название" {...form.register(`materials.${index}.title`)} />
            {error(errors?.[index]?.title?.message)}
          </div>
          <div>
            <CellInput aria-label={`Ссылка на материал ${index + 1}`} placeholder="https://…" {...form.register(`materials.${index}.url`)} />
            {error(errors?.[index]?.url?.message)}
          </div>
          <Button type="button" variant="ghost" onClick={() => remove(index)}>
            Удалить
          </Button>
        </div>
      ))}
      <Button type="button" variant="secondary" onClick={() => append({ title: "", url: "" })}>
        Добавить материал
      </Button>
    </fieldset>
  );
}
