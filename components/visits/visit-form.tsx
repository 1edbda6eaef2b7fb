"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { Select, Textarea } from "@/components/ui/controls";
import { applyFieldErrors } from "@/components/plans/form-errors";
import { routesFor, type WorkspaceScope } from "@/components/plans/routes";
import { PLAN_ITEM_STATUS_LABELS } from "@/lib/format";
import type { PlanItemStatus } from "@/lib/generated/prisma/enums";
import { createVisitAction, updateVisitAction } from "@/lib/visits/actions";
import { VISIT_MESSAGES, ZVisitFields, type TVisitFields } from "@/lib/visits/schemas";

const FIELDS = ["menteeId", "direction", "visitedOn", "className", "subject", "topic", "purpose", "observed", "strengths", "recommendations", "planItemId"] as const;

type Person = { id: string; name: string; subjects: string[] };
export type VisitFormTarget = { kind: "create"; pairId: string } | { kind: "edit"; visitId: string; version: number };

/**
 * The lesson visit, quick on a phone: who was at whose lesson, date (today), class and subject,
 * then the notes; the plan item it served is optional. Required: the direction, the date, the subject.
 */
export function VisitForm({
  scope,
  target,
  mentor,
  mentees,
  itemsByMentee,
  defaults,
}: {
  scope: WorkspaceScope;
  target: VisitFormTarget;
  mentor: Person;
  mentees: Person[];
  itemsByMentee: Record<string, Array<{ id: string; goal: string; status: PlanItemStatus }>>;
  defaults: TVisitFields;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<TVisitFields>({ resolver: zodResolver(ZVisitFields), defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;
  const [direction, menteeId, openLessonBy] = useWatch({ control: form.control, name: ["direction", "menteeId", "openLessonBy"] });
  const mentee = mentees.find((m) => m.id === menteeId) ?? mentees[0];
  const menteeName = mentee?.name ?? "наставляемый";
  const teacher = direction === "MENTEE_TO_MENTOR" || (direction === "OPEN_LESSON" && openLessonBy === "MENTOR") ? mentor : mentee;
  const items = itemsByMentee[menteeId] ?? [];

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = target.kind === "create" ? await createVisitAction({ ...values, pairId: target.pairId }) : await updateVisitAction({ ...values, visitId: target.visitId, version: target.version });
    if (result.ok) {
      router.push(`${routesFor(scope).visit(target.kind === "create" ? (result.data as { id: string }).id : target.visitId)}?saved=1`);
      return;
    }
    if (result.message === VISIT_MESSAGES.conflict) router.refresh();
    setMessage(result.message);
    applyFieldErrors(form, result.fieldErrors, FIELDS);
  });

  const directions: Array<[TVisitFields["direction"], string]> = [
    ["MENTOR_TO_MENTEE", `Наставник на уроке у ${mentees.length > 1 ? "наставляемого" : menteeName}`],
    ["MENTEE_TO_MENTOR", `${mentees.length > 1 ? "Наставляемый" : menteeName} на уроке наставника`],
    ["OPEN_LESSON", "Открытый урок"],
  ];

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <Card className="space-y-4 p-4 sm:p-6">
        {message ? <Alert tone="error">{message}</Alert> : null}
        {mentees.length > 1 ? (
          <Field label="Наставляемый" error={errors.menteeId?.message}>
            {(props) => (
              <Select {...props} {...form.register("menteeId", { onChange: () => form.setValue("planItemId", "") })}>
                {mentees.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Кто у кого был на уроке</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            {directions.map(([value, label]) => (
              <label key={value} className={`flex cursor-pointer items-center gap-3 rounded-lg border p-3 text-sm ${direction === value ? "border-brand-500 bg-brand-50" : "border-slate-200"}`}>
                <input type="radio" value={value} className="size-4" {...form.register("direction")} />
                <span className="font-medium text-slate-900">{label}</span>
              </label>
            ))}
          </div>
          {errors.direction ? <p className="mt-1 text-sm text-red-700">{errors.direction.message}</p> : null}
        </fieldset>
        {direction === "OPEN_LESSON" ? (
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Кто давал открытый урок</legend>
            <div className="mt-2 flex flex-wrap gap-4 text-sm">
              <label className="flex items-center gap-2">
                <input type="radio" value="MENTEE" className="size-4" {...form.register("openLessonBy")} /> {menteeName}
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" value="MENTOR" className="size-4" {...form.register("openLessonBy")} /> {mentor.name}
              </label>
            </div>
          </fieldset>
        ) : null}
        <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <div className="col-span-2 sm:col-span-1">
            <Field label="Дата урока" error={errors.visitedOn?.message}>
              {(props) => <Input {...props} type="date" {...form.register("visitedOn")} />}
            </Field>
          </div>
          <Field label="Класс" error={errors.className?.message}>
            {(props) => <Input {...props} placeholder="7А" autoComplete="off" {...form.register("className")} />}
          </Field>
          <div className="col-span-2 sm:col-span-2">
            <Field label="Предмет" hint={teacher ? `Урок ведёт: ${teacher.name}` : undefined} error={errors.subject?.message}>
              {(props) => <Input {...props} list="visit-subjects" autoComplete="off" {...form.register("subject")} />}
            </Field>
            <datalist id="visit-subjects">
              {[...new Set([...(teacher?.subjects ?? []), ...mentor.subjects, ...mentees.flatMap((m) => m.subjects)])].map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          </div>
        </div>
        <Field label="Тема урока" error={errors.topic?.message}>
          {(props) => <Input {...props} {...form.register("topic")} />}
        </Field>
        <Field label="Цель посещения" error={errors.purpose?.message}>
          {(props) => <Input {...props} {...form.register("purpose")} />}
        </Field>
      </Card>
      <Card className="space-y-4 p-4 sm:p-6">
        <Field label="Что наблюдали" error={errors.observed?.message}>
          {(props) => <Textarea {...props} rows={3} {...form.register("observed")} />}
        </Field>
        <Field label="Сильные стороны урока" error={errors.strengths?.message}>
          {(props) => <Textarea {...props} rows={2} {...form.register("strengths")} />}
        </Field>
        <Field label="Рекомендации" error={errors.recommendations?.message}>
          {(props) => <Textarea {...props} rows={3} {...form.register("recommendations")} />}
        </Field>
        <Field
          label="Пункт плана"
          hint={items.length ? "Если посещение было по пункту индивидуального плана" : "У наставляемого пока нет плана с пунктами"}
          error={errors.planItemId?.message}
        >
          {(props) => (
            <Select {...props} disabled={items.length === 0} {...form.register("planItemId")}>
              <option value="">— не связано с пунктом плана —</option>
              {items.map((item, index) => (
                <option key={item.id} value={item.id}>
                  {index + 1}. {item.goal} ({PLAN_ITEM_STATUS_LABELS[item.status]})
                </option>
              ))}
            </Select>
          )}
        </Field>
      </Card>
      <div className="sticky bottom-0 z-10 border-t border-slate-200 bg-slate-50/95 py-3 backdrop-blur sm:static sm:border-0 sm:bg-transparent sm:p-0">
        <Button type="submit" disabled={isSubmitting} className="w-full py-3 sm:w-auto sm:py-2">
          {isSubmitting ? "Сохраняем…" : target.kind === "create" ? "Сохранить посещение" : "Сохранить изменения"}
        </Button>
      </div>
    </form>
  );
}
