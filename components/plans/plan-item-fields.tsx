"use client";

import { useId } from "react";
import type { UseFormReturn } from "react-hook-form";
import { Field, Input } from "@/components/ui/field";
import { Select, Textarea } from "@/components/ui/controls";
import { PLAN_ITEM_STATUS_LABELS } from "@/lib/format";
import { PLAN_DIRECTION_LABELS, PLAN_DIRECTIONS, PLAN_ITEM_STATUSES, PRODUCT_EXAMPLES } from "@/lib/plans/labels";
import type { TPlanItemFields, TPlanItemValues } from "@/lib/plans/schemas";

export const ITEM_FIELDS = ["goal", "direction", "difficulty", "activity", "expectedProduct", "dueOn", "status", "evidenceUrl"] as const;

type ItemForm = UseFormReturn<TPlanItemFields, unknown, TPlanItemValues>;

/** The item's state: its status and, in the editor, the link to its result. */
export function ItemProgressFields({ form, withEvidenceUrl }: { form: ItemForm; withEvidenceUrl: boolean }) {
  const { errors } = form.formState;
  return (
    <div className="space-y-4">
      <Field label="Статус" error={errors.status?.message}>
        {(props) => (
          <Select {...props} {...form.register("status")}>
            {PLAN_ITEM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PLAN_ITEM_STATUS_LABELS[s]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {withEvidenceUrl ? (
        <Field label="Ссылка на результат" hint="Если продукт опубликован: страница на сайте школы, облачный диск" error={errors.evidenceUrl?.message}>
          {(props) => <Input {...props} type="url" inputMode="url" placeholder="https://" {...form.register("evidenceUrl")} />}
        </Field>
      ) : null}
    </div>
  );
}

/** What the item is about: goal, direction, difficulty, activity, expected product, due date. */
export function ItemContentFields({ form }: { form: ItemForm }) {
  const { errors } = form.formState;
  const products = useId();
  return (
    <div className="space-y-4">
      <Field label="Цель" hint="Чего наставляемый должен достичь: «Спроектировать урок по обновлённому ФГОС»" error={errors.goal?.message}>
        {(props) => <Textarea {...props} rows={2} {...form.register("goal")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Направление" error={errors.direction?.message}>
          {(props) => (
            <Select {...props} {...form.register("direction")}>
              {PLAN_DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {PLAN_DIRECTION_LABELS[d]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Срок" error={errors.dueOn?.message}>
          {(props) => <Input {...props} type="date" {...form.register("dueOn")} />}
        </Field>
      </div>
      <Field label="Затруднение или компетенция" hint="Что развиваем этим пунктом" error={errors.difficulty?.message}>
        {(props) => <Input {...props} {...form.register("difficulty")} />}
      </Field>
      <Field label="Что делаем" hint="Формы работы: консультации, посещение уроков, совместное планирование…" error={errors.activity?.message}>
        {(props) => <Textarea {...props} rows={2} {...form.register("activity")} />}
      </Field>
      <Field label="Ожидаемый продукт" hint="Конспект урока, методическая разработка, открытый урок…" error={errors.expectedProduct?.message}>
        {(props) => <Input {...props} list={products} {...form.register("expectedProduct")} />}
      </Field>
      <datalist id={products}>
        {PRODUCT_EXAMPLES.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
    </div>
  );
}
