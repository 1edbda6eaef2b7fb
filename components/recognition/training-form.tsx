"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { addTrainingAction } from "@/lib/recognition/actions";
import { ZAddTraining, type TAddTraining } from "@/lib/recognition/schemas";

type Person = { value: string; label: string };

/** A course a mentor or a curator has completed. The certificate scan is uploaded in the table afterwards. */
export function TrainingForm({ schoolId, people }: { schoolId: string; people: { participants: Person[]; curators: Person[] } }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const empty: TAddTraining = { schoolId, trainee: "", courseTitle: "", provider: "", hours: 36, startsOn: "", endsOn: "", certificateNumber: "" };
  const form = useForm<TAddTraining>({ resolver: zodResolver(ZAddTraining), defaultValues: empty });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await addTrainingAction(values);
    if (!result.ok) {
      setMessage({ tone: "error", text: result.message });
      for (const [field, messages] of Object.entries(result.fieldErrors)) form.setError(field as keyof TAddTraining, { message: messages[0] });
      return;
    }
    form.reset(empty);
    setMessage({ tone: "success", text: "Обучение записано" });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-2" aria-label="Обучение">
      {message ? <div className="md:col-span-2"><Alert tone={message.tone}>{message.text}</Alert></div> : null}
      <Field label="Кто прошёл обучение" error={errors.trainee?.message}>
        {(props) => (
          <Select {...props} {...form.register("trainee")}>
            <option value="">выберите</option>
            <optgroup label="Педагоги из базы школы">
              {people.participants.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
            </optgroup>
            <optgroup label="Кураторы">
              {people.curators.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
            </optgroup>
          </Select>
        )}
      </Field>
      <Field label="Курс" error={errors.courseTitle?.message}>
        {(props) => <Input {...props} {...form.register("courseTitle")} />}
      </Field>
      <Field label="Организация, проводившая обучение" error={errors.provider?.message}>
        {(props) => <Input {...props} {...form.register("provider")} />}
      </Field>
      <Field label="Часов" error={errors.hours?.message}>
        {(props) => <Input {...props} type="number" min={1} {...form.register("hours", { valueAsNumber: true })} />}
      </Field>
      <Field label="Начало" error={errors.startsOn?.message}>
        {(props) => <Input {...props} type="date" {...form.register("startsOn")} />}
      </Field>
      <Field label="Окончание" error={errors.endsOn?.message}>
        {(props) => <Input {...props} type="date" {...form.register("endsOn")} />}
      </Field>
      <Field label="Номер удостоверения" hint="Скан удостоверения можно будет приложить в разделе документов" error={errors.certificateNumber?.message}>
        {(props) => <Input {...props} {...form.register("certificateNumber")} />}
      </Field>
      <div className="flex items-end">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Сохраняем…" : "Записать обучение"}</Button>
      </div>
    </form>
  );
}
