"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { Select, Textarea } from "@/components/ui/controls";
import { applyFieldErrors } from "@/components/plans/form-errors";
import { routesFor, type WorkspaceScope } from "@/components/plans/routes";
import { createMeetingAction, deleteMeetingAction, updateMeetingAction } from "@/lib/meetings/actions";
import { MEETING_MESSAGES, ZMeetingFields, type TMeetingFields } from "@/lib/meetings/schemas";
import { MEETING_FORMAT_LABELS, MEETING_FORMATS } from "@/lib/plans/labels";

const FIELDS = ["heldOn", "format", "topic", "durationMinutes", "outcome", "planItemIds"] as const;
const DURATIONS = [30, 45, 60, 90];

export type MeetingFormTarget = { kind: "create"; pairId: string } | { kind: "edit"; meetingId: string; version: number };
export type MeetingPlanOption = { menteeName: string; items: Array<{ id: string; goal: string }> };

/** A meeting of the pair or group: date, format, topic, duration, outcome, and the plan items it worked on. */
export function MeetingForm({ scope, target, plans, defaults, mayDelete = false }: { scope: WorkspaceScope; target: MeetingFormTarget; plans: MeetingPlanOption[]; defaults: TMeetingFields; mayDelete?: boolean }) {
  const router = useRouter();
  const routes = routesFor(scope);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const form = useForm<TMeetingFields>({ resolver: zodResolver(ZMeetingFields), defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result =
      target.kind === "create" ? await createMeetingAction({ ...values, pairId: target.pairId }) : await updateMeetingAction({ ...values, meetingId: target.meetingId, version: target.version });
    if (result.ok) {
      if (target.kind === "create") {
        router.push(`${routes.meeting((result.data as { id: string }).id)}?saved=1`);
      } else {
        setMessage({ tone: "success", text: "Встреча сохранена." });
        router.refresh();
      }
      return;
    }
    if (result.message === MEETING_MESSAGES.conflict) router.refresh();
    setMessage({ tone: "error", text: result.message });
    applyFieldErrors(form, result.fieldErrors, FIELDS);
  });

  async function remove() {
    if (target.kind !== "edit") return;
    const result = await deleteMeetingAction({ meetingId: target.meetingId, version: target.version });
    if (result.ok) {
      router.push(routes.pair(result.data.pairId));
      return;
    }
    setConfirmDelete(false);
    setMessage({ tone: "error", text: result.message });
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <Card className="space-y-4 p-4 sm:p-6">
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        <div className="grid grid-cols-2 gap-4 sm:grid-cols-3">
          <div className="col-span-2 sm:col-span-1">
            <Field label="Дата встречи" error={errors.heldOn?.message}>
              {(props) => <Input {...props} type="date" {...form.register("heldOn")} />}
            </Field>
          </div>
          <Field label="Формат" error={errors.format?.message}>
            {(props) => (
              <Select {...props} {...form.register("format")}>
                {MEETING_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {MEETING_FORMAT_LABELS[f]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Длительность, мин" error={errors.durationMinutes?.message}>
            {(props) => <Input {...props} type="number" inputMode="numeric" min={5} max={600} step={5} list="meeting-durations" {...form.register("durationMinutes", { valueAsNumber: true })} />}
          </Field>
          <datalist id="meeting-durations">
            {DURATIONS.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
        </div>
        <Field label="Тема" error={errors.topic?.message}>
          {(props) => <Input {...props} {...form.register("topic")} />}
        </Field>
        <Field label="Итог встречи" hint="О чём договорились, что сделать к следующей встрече" error={errors.outcome?.message}>
          {(props) => <Textarea {...props} rows={4} {...form.register("outcome")} />}
        </Field>
      </Card>
      {plans.some((p) => p.items.length) ? (
        <Card className="p-4 sm:p-6">
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Пункты плана, над которыми работали</legend>
            {plans
              .filter((p) => p.items.length)
              .map((plan) => (
                <div key={plan.menteeName} className="mt-3">
                  {plans.length > 1 ? <p className="text-sm font-semibold text-slate-700">{plan.menteeName}</p> : null}
                  <ul className="mt-1 space-y-1">
                    {plan.items.map((item) => (
                      <li key={item.id}>
                        <label className="flex cursor-pointer items-start gap-3 rounded-md p-2 text-sm hover:bg-slate-50">
                          <input type="checkbox" value={item.id} className="mt-0.5 size-5 shrink-0 rounded border-slate-300" {...form.register("planItemIds")} />
                          <span>{item.goal}</span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            {errors.planItemIds ? <p className="mt-1 text-sm text-red-700">{errors.planItemIds.message}</p> : null}
          </fieldset>
        </Card>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit" disabled={isSubmitting} className="w-full py-3 sm:w-auto sm:py-2">
          {isSubmitting ? "Сохраняем…" : target.kind === "create" ? "Сохранить встречу" : "Сохранить изменения"}
        </Button>
        {mayDelete ? (
          confirmDelete ? (
            <span className="flex gap-2">
              <Button type="button" variant="secondary" className="text-red-700" onClick={remove}>
                Да, удалить встречу
              </Button>
              <Button type="button" variant="ghost" onClick={() => setConfirmDelete(false)}>
                Не удалять
              </Button>
            </span>
          ) : (
            <Button type="button" variant="ghost" className="text-red-700" onClick={() => setConfirmDelete(true)}>
              Удалить встречу
            </Button>
          )
        ) : null}
      </div>
    </form>
  );
}
