"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { CellInput, Select, Textarea } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { deletePlanTemplateAction, savePlanTemplateAction } from "@/lib/plans/template-actions";
import { PLAN_DIRECTION_LABELS, PLAN_DIRECTIONS, PLAN_KIND_LABELS, PLAN_KINDS } from "@/lib/plans/labels";
import { TEMPLATE_MESSAGES, ZSavePlanTemplate, type TSavePlanTemplate } from "@/lib/plans/template-schemas";

const EMPTY_ITEM = { goal: "", direction: "METHODOLOGICAL", difficulty: "", activity: "", expectedProduct: "", dueOffsetDays: "" } as const;
const small = (message?: string) => (message ? <p className="mt-1 text-xs text-red-700">{message}</p> : null);

/** A plan template with its items (reorder with the arrows). `listHref`: where to go after saving or deleting. */
export function TemplateForm({ defaults, forms, listHref, mayDelete }: { defaults: TSavePlanTemplate; forms: Array<{ id: string; name: string }>; listHref: string; mayDelete: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const form = useForm<TSavePlanTemplate>({ resolver: zodResolver(ZSavePlanTemplate), defaultValues: defaults });
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: "items" });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await savePlanTemplateAction(values);
    if (result.ok) {
      router.push(listHref);
      router.refresh();
      return;
    }
    if (result.message === TEMPLATE_MESSAGES.conflict) router.refresh();
    setMessage(result.message);
    for (const [field, messages] of Object.entries(result.fieldErrors)) {
      form.setError(field as "title", { message: messages[0] });
    }
  });

  async function remove_() {
    if (!defaults.templateId || !defaults.updatedAt) return;
    const result = await deletePlanTemplateAction({ templateId: defaults.templateId, updatedAt: defaults.updatedAt });
    if (result.ok) {
      router.push(listHref);
      router.refresh();
      return;
    }
    setConfirmDelete(false);
    setMessage(result.message);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <Card className="space-y-4">
        {message ? <Alert tone="error">{message}</Alert> : null}
        <Field label="Название" error={errors.title?.message}>
          {(props) => <Input {...props} {...form.register("title")} />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Вид плана" error={errors.kind?.message}>
            {(props) => (
              <Select {...props} {...form.register("kind")}>
                {PLAN_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {PLAN_KIND_LABELS[kind]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Форма наставничества" hint="Шаблон предлагается парам этой формы" error={errors.formId?.message}>
            {(props) => (
              <Select {...props} {...form.register("formId")}>
                <option value="">любая форма</option>
                {forms.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Checkbox label="Действует: предлагать при составлении планов" {...form.register("isActive")} />
      </Card>

      <Card className="space-y-3">
        <h2 className="text-base font-semibold text-slate-900">Пункты</h2>
        <p className="text-sm text-slate-600">Срок пункта — число дней от начала плана (например, 30 — через месяц). Пусто — без срока.</p>
        {typeof errors.items?.message === "string" ? <p className="text-sm text-red-700">{errors.items.message}</p> : null}
        <ol className="space-y-3">
          {fields.map((field, index) => {
            const e = errors.items?.[index];
            const n = index + 1;
            return (
              <li key={field.id} className="rounded-lg border border-slate-200 p-3">
                <div className="grid gap-2 md:grid-cols-2">
                  <div className="md:col-span-2">
                    <Textarea aria-label={`Цель пункта ${n}`} placeholder={`${n}. Цель`} rows={2} {...form.register(`items.${index}.goal`)} />
                    {small(e?.goal?.message)}
                  </div>
                  <Select aria-label={`Направление пункта ${n}`} {...form.register(`items.${index}.direction`)}>
                    {PLAN_DIRECTIONS.map((d) => (
                      <option key={d} value={d}>
                        {PLAN_DIRECTION_LABELS[d]}
                      </option>
                    ))}
                  </Select>
                  <div>
                    <CellInput aria-label={`Срок пункта ${n}, дней от начала плана`} placeholder="Срок, дней от начала" inputMode="numeric" {...form.register(`items.${index}.dueOffsetDays`)} />
                    {small(e?.dueOffsetDays?.message)}
                  </div>
                  <CellInput aria-label={`Затруднение пункта ${n}`} placeholder="Затруднение или компетенция" {...form.register(`items.${index}.difficulty`)} />
                  <CellInput aria-label={`Ожидаемый продукт пункта ${n}`} placeholder="Ожидаемый продукт" {...form.register(`items.${index}.expectedProduct`)} />
                  <div className="md:col-span-2">
                    <CellInput aria-label={`Что делаем по пункту ${n}`} placeholder="Что делаем" {...form.register(`items.${index}.activity`)} />
                  </div>
                </div>
                <div className="mt-2 flex flex-wrap gap-2">
                  <Button type="button" variant="ghost" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`Пункт ${n} выше`}>
                    ↑ Выше
                  </Button>
                  <Button type="button" variant="ghost" disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} aria-label={`Пункт ${n} ниже`}>
                    ↓ Ниже
                  </Button>
                  <Button type="button" variant="ghost" className="text-red-700" onClick={() => remove(index)} aria-label={`Удалить пункт ${n}`}>
                    Удалить
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        <Button type="button" variant="secondary" onClick={() => append({ ...EMPTY_ITEM })}>
          Добавить пункт
        </Button>
      </Card>

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Сохраняем…" : "Сохранить шаблон"}
        </Button>
        {mayDelete ? (
          confirmDelete ? (
            <span className="flex gap-2">
              <Button type="button" variant="secondary" className="text-red-700" onClick={remove_}>
                Да, удалить шаблон
              </Button>
              <Button type="button" variant="ghost" onClick={() => setConfirmDelete(false)}>
                Не удалять
              </Button>
            </span>
          ) : (
            <Button type="button" variant="ghost" className="text-red-700" onClick={() => setConfirmDelete(true)}>
              Удалить шаблон
            </Button>
          )
        ) : null}
      </div>
      <p className="text-xs text-slate-500">Планы, уже составленные по шаблону, не меняются: пункты копируются в план при его создании.</p>
    </form>
  );
}
