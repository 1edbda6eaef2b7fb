"use client";

import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Select, Textarea } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, type Question, type QuestionType } from "@/lib/questionnaires/definition";
import { freshId, moveItem, withType } from "./builder-model";

type Props = {
  question: Question;
  number: number;
  /** Messages of the definition's schema for this question, by field ("label", "options.1.label"…). */
  errors: Record<string, string>;
  onChange: (question: Question) => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  canMoveUp: boolean;
  canMoveDown: boolean;
};

type Item = { id: string; label: string };

/** Options of a choice or statements of a matrix: labelled inputs with reorder and remove buttons. */
function ItemList({ items, noun, prefix, errors, errorKey, onChange, questionNumber }: { items: Item[]; noun: "Вариант" | "Утверждение"; prefix: string; errors: Record<string, string>; errorKey: string; onChange: (items: Item[]) => void; questionNumber: number }) {
  const listError = errors[errorKey];
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{noun === "Вариант" ? "Варианты ответа" : "Утверждения (строки таблицы)"}</legend>
      {items.map((item, index) => (
        <div key={item.id} className="flex flex-wrap items-start gap-2">
          <div className="min-w-48 flex-1">
            <Input
              aria-label={`${noun} ${index + 1} вопроса ${questionNumber}`}
              value={item.label}
              aria-invalid={errors[`${errorKey}.${index}.label`] ? true : undefined}
              onChange={(event) => onChange(items.map((it, i) => (i === index ? { ...it, label: event.target.value } : it)))}
            />
            {errors[`${errorKey}.${index}.label`] ? <p className="mt-1 text-sm text-red-700">{errors[`${errorKey}.${index}.label`]}</p> : null}
          </div>
          <div className="flex gap-1">
            <Button type="button" variant="ghost" className="px-2" aria-label={`${noun} ${index + 1} выше`} disabled={index === 0} onClick={() => onChange(moveItem(items, index, -1) ?? items)}>
              ↑
            </Button>
            <Button type="button" variant="ghost" className="px-2" aria-label={`${noun} ${index + 1} ниже`} disabled={index === items.length - 1} onClick={() => onChange(moveItem(items, index, 1) ?? items)}>
              ↓
            </Button>
            <Button type="button" variant="ghost" className="px-2 text-red-700" aria-label={`Удалить: ${noun.toLowerCase()} ${index + 1}`} onClick={() => onChange(items.filter((_, i) => i !== index))}>
              ✕
            </Button>
          </div>
        </div>
      ))}
      {listError ? <p className="text-sm text-red-700">{listError}</p> : null}
      <Button type="button" variant="secondary" onClick={() => onChange([...items, { id: freshId(prefix, items.map((i) => i.id)), label: "" }])}>
        {noun === "Вариант" ? "Добавить вариант" : "Добавить утверждение"}
      </Button>
    </fieldset>
  );
}

const numberOrUndefined = (value: string) => (value.trim() === "" || Number.isNaN(Number(value.replace(",", "."))) ? undefined : Number(value.replace(",", ".")));

/** One question in the builder: its text, type, hint, required flag and the fields of its type. */
export function QuestionEditor({ question, number, errors, onChange, onMove, onRemove, canMoveUp, canMoveDown }: Props) {
  const set = (patch: Partial<Question>) => onChange({ ...question, ...patch } as Question);
  return (
    <article className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" aria-label={`Вопрос ${number}`}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h4 className="text-sm font-semibold text-slate-700">
          Вопрос {number} · {QUESTION_TYPE_LABELS[question.type]}
        </h4>
        <div className="flex gap-1">
          <Button type="button" variant="ghost" className="px-2" aria-label={`Вопрос ${number} выше`} disabled={!canMoveUp} onClick={() => onMove(-1)}>
            ↑ Выше
          </Button>
          <Button type="button" variant="ghost" className="px-2" aria-label={`Вопрос ${number} ниже`} disabled={!canMoveDown} onClick={() => onMove(1)}>
            ↓ Ниже
          </Button>
          <Button type="button" variant="ghost" className="px-2 text-red-700" aria-label={`Удалить вопрос ${number}`} onClick={onRemove}>
            Удалить
          </Button>
        </div>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <div className="md:col-span-2">
          <Field label={`Текст вопроса ${number}`} error={errors.label}>
            {(props) => <Textarea {...props} rows={2} value={question.label} onChange={(event) => set({ label: event.target.value })} />}
          </Field>
        </div>
        <Field label="Тип ответа">
          {(props) => (
            <Select {...props} value={question.type} onChange={(event) => onChange(withType(question, event.target.value as QuestionType))}>
              {QUESTION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {QUESTION_TYPE_LABELS[type]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="md:col-span-2">
          <Field label="Подсказка под вопросом" hint="Необязательно: что имеется в виду, как отвечать" error={errors.help}>
            {(props) => <Input {...props} value={question.help ?? ""} onChange={(event) => set({ help: event.target.value || undefined })} />}
          </Field>
        </div>
        <div className="pt-6">
          <Checkbox label="Обязательный вопрос" checked={question.required} onChange={(event) => set({ required: event.target.checked })} />
        </div>
      </div>

      {question.type === "single" || question.type === "multiple" ? (
        <div className="mt-4 space-y-3">
          <ItemList items={question.options} noun="Вариант" prefix="o" errors={errors} errorKey="options" questionNumber={number} onChange={(options) => set({ options })} />
          {question.type === "multiple" ? (
            <div className="max-w-xs">
              <Field label="Сколько вариантов можно выбрать" hint="Пусто — сколько угодно" error={errors.maxChoices}>
                {(props) => <Input {...props} inputMode="numeric" value={question.maxChoices ?? ""} onChange={(event) => set({ maxChoices: numberOrUndefined(event.target.value) })} />}
              </Field>
            </div>
          ) : null}
        </div>
      ) : null}

      {question.type === "number" ? (
        <div className="mt-4 grid gap-4 sm:grid-cols-3">
          <Field label="Наименьшее значение" hint="Пусто — без ограничения" error={errors.min}>
            {(props) => <Input {...props} inputMode="decimal" defaultValue={question.min ?? ""} onChange={(event) => set({ min: numberOrUndefined(event.target.value) })} />}
          </Field>
          <Field label="Наибольшее значение" hint="Пусто — без ограничения" error={errors.max}>
            {(props) => <Input {...props} inputMode="decimal" defaultValue={question.max ?? ""} onChange={(event) => set({ max: numberOrUndefined(event.target.value) })} />}
          </Field>
          <div className="pt-6">
            <Checkbox label="Только целые числа" checked={Boolean(question.integer)} onChange={(event) => set({ integer: event.target.checked })} />
          </div>
        </div>
      ) : null}

      {question.type === "scale" || question.type === "matrix" ? (
        <div className="mt-4 space-y-4">
          {question.type === "matrix" ? <ItemList items={question.rows} noun="Утверждение" prefix="r" errors={errors} errorKey="rows" questionNumber={number} onChange={(rows) => set({ rows })} /> : null}
          <div className="grid gap-4 sm:grid-cols-3">
            <Field label="Шкала" error={errors.max}>
              {(props) => (
                <Select {...props} value={question.max} onChange={(event) => set({ max: Number(event.target.value) as 5 | 10 })}>
                  <option value={5}>от 1 до 5</option>
                  <option value={10}>от 1 до 10</option>
                </Select>
              )}
            </Field>
            <Field label="Что значит 1" hint="Например: «совсем не согласен»" error={errors.minLabel}>
              {(props) => <Input {...props} value={question.minLabel ?? ""} onChange={(event) => set({ minLabel: event.target.value || undefined })} />}
            </Field>
            <Field label={`Что значит ${question.max}`} hint="Например: «полностью согласен»" error={errors.maxLabel}>
              {(props) => <Input {...props} value={question.maxLabel ?? ""} onChange={(event) => set({ maxLabel: event.target.value || undefined })} />}
            </Field>
          </div>
        </div>
      ) : null}
      {errors.id ? <p className="mt-2 text-sm text-red-700">{errors.id}</p> : null}
    </article>
  );
}
