"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { saveEventAction } from "@/lib/events/actions";
import { EVENT_STATUS_LABELS, EVENT_STATUSES, EVENT_TYPE_LABELS, EVENT_TYPES, ZSaveEvent, type TSaveEvent } from "@/lib/events/schemas";
import { AgendaRows, AttendanceRows, MaterialRows, type EventFormChoices } from "./event-form-rows";

/**
 * An event with its agenda, attendance and materials. The level is not asked: it is the
 * organiser's own. After a save the page of the event opens.
 */
export function EventForm({ initial, choices, forms, hrefFor }: { initial: TSaveEvent; choices: EventFormChoices; forms: Array<{ id: string; name: string }>; hrefFor: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<TSaveEvent>({ resolver: zodResolver(ZSaveEvent), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await saveEventAction(values);
    if (!result.ok) {
      setMessage({ tone: "error", text: result.message });
      for (const [field, messages] of Object.entries(result.fieldErrors)) form.setError(field as keyof TSaveEvent, { message: messages[0] });
      return;
    }
    form.reset({ ...values, eventId: result.data.id, version: result.data.version });
    setMessage({ tone: "success", text: "Мероприятие сохранено" });
    router.push(hrefFor.replace("{id}", result.data.id));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Мероприятие">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <div className="md:col-span-2">
          <Field label="Название" error={errors.title?.message}>
            {(props) => <Input {...props} {...form.register("title")} />}
          </Field>
        </div>
        <Field label="Вид мероприятия" error={errors.type?.message}>
          {(props) => (
            <Select {...props} {...form.register("type")}>
              {EVENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {EVENT_TYPE_LABELS[type]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Статус" error={errors.status?.message}>
          {(props) => (
            <Select {...props} {...form.register("status")}>
              {EVENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {EVENT_STATUS_LABELS[status]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Дата" error={errors.startsOn?.message}>
          {(props) => <Input {...props} type="date" {...form.register("startsOn")} />}
        </Field>
        <Field label="Время начала" hint="По московскому времени" error={errors.startTime?.message}>
          {(props) => <Input {...props} type="time" {...form.register("startTime")} />}
        </Field>
        <Field label="Дата окончания" hint="Для многодневных мероприятий" error={errors.endsOn?.message}>
          {(props) => <Input {...props} type="date" {...form.register("endsOn")} />}
        </Field>
        <Field label="Организатор" error={errors.organizer?.message}>
          {(props) => <Input {...props} {...form.register("organizer")} />}
        </Field>
        <Field label="Место проведения" error={errors.place?.message}>
          {(props) => <Input {...props} {...form.register("place")} />}
        </Field>
        <Field label="Ссылка на трансляцию" error={errors.url?.message}>
          {(props) => <Input {...props} type="url" placeholder="https://…" {...form.register("url")} />}
        </Field>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Для каких форм наставничества</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {forms.map((f) => (
            <label key={f.id} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" value={f.name} {...form.register("targetForms")} className="h-4 w-4" />
              {f.name}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="Описание" error={errors.description?.message}>
        {(props) => <Textarea {...props} rows={3} {...form.register("description")} />}
      </Field>
      <AgendaRows form={form} />
      <AttendanceRows form={form} choices={choices} />
      <MaterialRows form={form} />
      <Field label="Краткий отчёт" hint="Обязателен для проведённого мероприятия" error={errors.report?.message}>
        {(props) => <Textarea {...props} rows={4} {...form.register("report")} />}
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Сохраняем…" : "Сохранить мероприятие"}
      </Button>
    </form>
  );
}
