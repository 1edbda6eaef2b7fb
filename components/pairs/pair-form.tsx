"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { registerPairAction } from "@/lib/pairs/actions";
import { ZRegisterPair, type TRegisterPair } from "@/lib/pairs/schemas";
import type { ParticipantKind } from "@/lib/generated/prisma/enums";
import { MentorSuggestions } from "./mentor-suggestions";

export type PairFormOption = {
  id: string;
  name: string;
  mentorKinds: ParticipantKind[];
  menteeKinds: ParticipantKind[];
  models: Array<{ id: string; name: string }>;
};
export type PairPersonOption = { id: string; label: string; kind: ParticipantKind; note: string | null };

const FIELDS = ["formId", "modelId", "mentorId", "menteeIds", "title", "startsOn", "plannedEndOn", "orderNumber", "orderDate"] as const;

export function PairForm({
  schoolId,
  forms,
  mentors,
  mentees,
  defaults,
}: {
  schoolId: string;
  forms: PairFormOption[];
  mentors: PairPersonOption[];
  mentees: PairPersonOption[];
  defaults: { startsOn: string; plannedEndOn: string; orderDate: string };
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<TRegisterPair>({
    resolver: zodResolver(ZRegisterPair),
    defaultValues: { schoolId, formId: forms[0]?.id ?? "", modelId: "", mentorId: "", menteeIds: [], title: "", orderNumber: "", ...defaults },
  });
  const { errors, isSubmitting } = form.formState;
  const [formId, mentorId, menteeIds] = useWatch({ control: form.control, name: ["formId", "mentorId", "menteeIds"] });
  const chosenForm = forms.find((f) => f.id === formId);
  const mentorOptions = mentors.filter((p) => !chosenForm || chosenForm.mentorKinds.includes(p.kind));
  const menteeOptions = mentees.filter((p) => !chosenForm || chosenForm.menteeKinds.includes(p.kind));

  function toggleMentee(id: string, checked: boolean) {
    const next = checked ? [...menteeIds, id] : menteeIds.filter((m) => m !== id);
    form.setValue("menteeIds", next, { shouldValidate: form.formState.isSubmitted });
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await registerPairAction(values);
    if (result.ok) {
      router.push(`/school/${schoolId}/pairs/${result.data.id}`);
      return;
    }
    setMessage(result.message);
    for (const [field, messages] of Object.entries(result.fieldErrors)) {
      const name = (FIELDS as readonly string[]).includes(field) ? (field as (typeof FIELDS)[number]) : null;
      if (name) form.setError(name, { message: messages[0] });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-5">
      <Card className="space-y-5 lg:col-span-3">
        {message ? <Alert tone="error">{message}</Alert> : null}
        <Field label="Форма наставничества" error={errors.formId?.message}>
          {(props) => (
            <Select {...props} {...form.register("formId", { onChange: () => form.setValue("modelId", "") })}>
              {forms.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Модель (роли)" hint="Необязательно" error={errors.modelId?.message}>
          {(props) => (
            <Select {...props} {...form.register("modelId")}>
              <option value="">— не выбрана —</option>
              {chosenForm?.models.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <fieldset>
          <legend className="block text-sm font-medium text-slate-800">Наставляемые</legend>
          <p className="text-xs text-slate-500">Выберите одного (пара) или нескольких (группа).</p>
          <div className="mt-2 max-h-64 space-y-1 overflow-y-auto rounded-lg border border-slate-200 p-3" aria-invalid={errors.menteeIds ? true : undefined}>
            {menteeOptions.length === 0 ? <p className="text-sm text-slate-600">В базе наставляемых нет участников этой формы.</p> : null}
            {menteeOptions.map((p) => (
              <label key={p.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={menteeIds.includes(p.id)} onChange={(e) => toggleMentee(p.id, e.target.checked)} />
                <span>{p.label}</span>
                {p.note ? <span className="text-xs text-amber-700">{p.note}</span> : null}
              </label>
            ))}
          </div>
          {errors.menteeIds?.message ? <p className="mt-1 text-sm text-red-700">{errors.menteeIds.message}</p> : null}
        </fieldset>
        <Field label="Наставник" error={errors.mentorId?.message}>
          {(props) => (
            <Select {...props} {...form.register("mentorId")}>
              <option value="">— выберите или возьмите из подбора —</option>
              {mentorOptions.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {menteeIds.length > 1 ? (
          <Field label="Название группы" hint="Необязательно" error={errors.title?.message}>
            {(props) => <Input {...props} {...form.register("title")} />}
          </Field>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Дата начала" error={errors.startsOn?.message}>
            {(props) => <Input {...props} type="date" {...form.register("startsOn")} />}
          </Field>
          <Field label="Плановая дата окончания" error={errors.plannedEndOn?.message}>
            {(props) => <Input {...props} type="date" {...form.register("plannedEndOn")} />}
          </Field>
          <Field label="Номер приказа о закреплении" error={errors.orderNumber?.message}>
            {(props) => <Input {...props} {...form.register("orderNumber")} />}
          </Field>
          <Field label="Дата приказа" error={errors.orderDate?.message}>
            {(props) => <Input {...props} type="date" {...form.register("orderDate")} />}
          </Field>
        </div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Сохраняем…" : "Закрепить пару"}
        </Button>
      </Card>
      <Card className="lg:col-span-2">
        <CardTitle>Подбор наставника</CardTitle>
        <p className="mb-4 mt-1 text-sm text-slate-600">Платформа предлагает, решает куратор.</p>
        <MentorSuggestions
          schoolId={schoolId}
          formId={formId}
          menteeId={menteeIds[0] ?? ""}
          selectedMentorId={mentorId}
          onChoose={(id) => form.setValue("mentorId", id, { shouldValidate: form.formState.isSubmitted })}
        />
      </Card>
    </form>
  );
}
