"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { updatePlanAction } from "@/lib/plans/actions";
import { PLAN_KIND_LABELS, PLAN_KINDS } from "@/lib/plans/labels";
import { PLAN_MESSAGES, ZUpdatePlan, type TUpdatePlan } from "@/lib/plans/schemas";
import { applyFieldErrors } from "./form-errors";

const FIELDS = ["kind", "title", "startsOn", "endsOn"] as const;

/** The plan's own fields: kind, title, period. Behind a button: they rarely change. */
export function PlanSettingsForm({ planId, version, saved }: { planId: string; version: number; saved: Omit<TUpdatePlan, "planId" | "version"> }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<TUpdatePlan>({ resolver: zodResolver(ZUpdatePlan), defaultValues: { planId, version, ...saved } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await updatePlanAction({ ...values, planId, version });
    if (result.ok) {
      setOpen(false);
      setMessage({ tone: "success", text: "План сохранён." });
      router.refresh();
      return;
    }
    if (result.message === PLAN_MESSAGES.planConflict) router.refresh();
    setMessage({ tone: "error", text: result.message });
    applyFieldErrors(form, result.fieldErrors, FIELDS);
  });

  if (!open) {
    return (
      <div className="space-y-3">
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        <Button type="button" variant="ghost" onClick={() => setOpen(true)}>
          Изменить вид, название или срок плана
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Вид, название и срок плана">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
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
      <Field label="Название" error={errors.title?.message}>
        {(props) => <Input {...props} {...form.register("title")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Начало" error={errors.startsOn?.message}>
          {(props) => <Input {...props} type="date" {...form.register("startsOn")} />}
        </Field>
        <Field label="Окончание" error={errors.endsOn?.message}>
          {(props) => <Input {...props} type="date" {...form.register("endsOn")} />}
        </Field>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button type="submit" disabled={isSubmitting}>
          Сохранить план
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          Отмена
        </Button>
      </div>
    </form>
  );
}
