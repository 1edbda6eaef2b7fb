"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { createParticipantAction, updateParticipantAction } from "@/lib/participants/actions";
import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  KIND_LABELS,
  KINDS,
  ZParticipantForm,
  type TParticipantForm,
  type TParticipantFormInput,
} from "@/lib/participants/schemas";

type Props = {
  schoolId: string;
  initial: TParticipantFormInput;
  /** Editing an existing participant: its id and the version the form was opened with. */
  existing?: { participantId: string; version: number };
};

export function ParticipantForm({ schoolId, initial, existing }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<TParticipantFormInput, unknown, TParticipantForm>({ resolver: zodResolver(ZParticipantForm), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const kind = useWatch({ control: form.control, name: "kind" });
  const consentGiven = useWatch({ control: form.control, name: "consentGiven" });
  const inMentorBase = useWatch({ control: form.control, name: "inMentorBase" });
  const error = (name: keyof TParticipantFormInput) => errors[name]?.message;

  const onSubmit = form.handleSubmit(async () => {
    setMessage(null);
    setSaved(false);
    const values = form.getValues();
    const result = existing
      ? await updateParticipantAction({ ...values, ...existing })
      : await createParticipantAction({ ...values, schoolId });
    if (!result.ok) {
      setMessage(result.message);
      for (const [field, messages] of Object.entries(result.fieldErrors)) {
        if (field in initial) form.setError(field as keyof TParticipantFormInput, { message: messages[0] });
      }
      return;
    }
    if (existing) {
      setSaved(true);
      router.refresh();
    } else {
      router.push(`/school/${schoolId}/participants/${result.data.participantId}`);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {saved ? <Alert tone="success">Изменения сохранены</Alert> : null}
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Кто это</legend>
        <Field label="Фамилия" error={error("lastName")}>{(p) => <Input {...p} autoComplete="off" {...form.register("lastName")} />}</Field>
        <Field label="Имя" error={error("firstName")}>{(p) => <Input {...p} autoComplete="off" {...form.register("firstName")} />}</Field>
        <Field label="Отчество" error={error("middleName")}>{(p) => <Input {...p} autoComplete="off" {...form.register("middleName")} />}</Field>
        <Field label="Категория" error={error("kind")}>
          {(p) => (
            <Select {...p} {...form.register("kind")}>
              {KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
            </Select>
          )}
        </Field>
        <Field label="Дата рождения" error={error("birthDate")}>{(p) => <Input {...p} type="date" {...form.register("birthDate")} />}</Field>
        <div className="self-end pb-2"><Checkbox label="Несовершеннолетний" error={error("isMinor")} {...form.register("isMinor")} /></div>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Работа и учёба</legend>
        {kind === "STUDENT" || kind === "COLLEGE_STUDENT" ? (
          <Field label={kind === "STUDENT" ? "Класс" : "Группа"} hint="Например, 7Б" error={error("className")}>{(p) => <Input {...p} {...form.register("className")} />}</Field>
        ) : (
          <>
            <Field label="Должность" error={error("position")}>{(p) => <Input {...p} {...form.register("position")} />}</Field>
            <Field label="Предметы" hint="Через запятую: математика, физика" error={error("subjects")}>{(p) => <Input {...p} {...form.register("subjects")} />}</Field>
            <Field label="Педагогический стаж, лет" hint="Меньше 3 лет — молодой специалист" error={error("experienceYears")}>
              {(p) => <Input {...p} inputMode="numeric" {...form.register("experienceYears")} />}
            </Field>
            <Field label="Дата приёма на работу" error={error("hiredOn")}>{(p) => <Input {...p} type="date" {...form.register("hiredOn")} />}</Field>
          </>
        )}
        <Field label="Возраст" error={error("ageBand")}>
          {(p) => (
            <Select {...p} {...form.register("ageBand")}>
              <option value="">не указан</option>
              {AGE_BANDS.map((band) => <option key={band} value={band}>{AGE_BAND_LABELS[band]}</option>)}
            </Select>
          )}
        </Field>
        <Field label="E-mail" error={error("email")}>{(p) => <Input {...p} type="email" {...form.register("email")} />}</Field>
        <Field label="Телефон" error={error("phone")}>{(p) => <Input {...p} type="tel" {...form.register("phone")} />}</Field>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">База</legend>
        <Checkbox label="В базе наставников" error={error("inMentorBase")} {...form.register("inMentorBase")} />
        <Checkbox label="В базе наставляемых" {...form.register("inMenteeBase")} />
        {inMentorBase ? (
          <Checkbox
            label="Наставник согласен, чтобы его ФИО было видно на публичной странице школы «Целевая модель наставничества»"
            {...form.register("publishName")}
          />
        ) : null}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Согласие на обработку персональных данных</legend>
        <div className="sm:col-span-3"><Checkbox label="Согласие получено" {...form.register("consentGiven")} /></div>
        {consentGiven ? (
          <>
            <Field label="Дата согласия" error={error("consentDate")}>{(p) => <Input {...p} type="date" {...form.register("consentDate")} />}</Field>
            <Field label="Кто дал согласие" hint="Для несовершеннолетнего — ФИО родителя или законного представителя" error={error("consentGivenBy")}>
              {(p) => <Input {...p} {...form.register("consentGivenBy")} />}
            </Field>
          </>
        ) : (
          <p className="text-sm text-slate-600 sm:col-span-3">Без согласия участника (для несовершеннолетнего — родителя) нельзя включить в пару.</p>
        )}
      </fieldset>

      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Сохраняем…" : existing ? "Сохранить изменения" : "Добавить участника"}</Button>
    </form>
  );
}
