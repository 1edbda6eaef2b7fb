"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { proposeAwardAction } from "@/lib/recognition/actions";
import { AWARD_KIND_LABELS, AWARD_KINDS, AWARD_LEVEL_LABELS, AWARD_LEVELS, ZProposeAward, type TProposeAward } from "@/lib/recognition/schemas";

/** The curator proposes a mentor for an award; the proposal is recorded in their name. */
export function AwardForm({ schoolId, participants, today }: { schoolId: string; participants: Array<{ value: string; label: string }>; today: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const empty: TProposeAward = { schoolId, participantId: "", kind: "LETTER_OF_THANKS", level: "SCHOOL", title: "", proposedOn: today, note: "" };
  const form = useForm<TProposeAward>({ resolver: zodResolver(ZProposeAward), defaultValues: empty });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await proposeAwardAction(values);
    if (!result.ok) {
      setMessage({ tone: "error", text: result.message });
      for (const [field, messages] of Object.entries(result.fieldErrors)) form.setError(field as keyof TProposeAward, { message: messages[0] });
      return;
    }
    form.reset(empty);
    setMessage({ tone: "success", text: "Представление к поощрению записано" });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-2" aria-label="Поощрение">
      {message ? <div className="md:col-span-2"><Alert tone={message.tone}>{message.text}</Alert></div> : null}
      <Field label="Наставник" error={errors.participantId?.message}>
        {(props) => (
          <Select {...props} {...form.register("participantId")}>
            <option value="">выберите</option>
            {participants.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
          </Select>
        )}
      </Field>
      <Field label="Вид поощрения" error={errors.kind?.message}>
        {(props) => (
          <Select {...props} {...form.register("kind")}>
            {AWARD_KINDS.map((kind) => <option key={kind} value={kind}>{AWARD_KIND_LABELS[kind]}</option>)}
          </Select>
        )}
      </Field>
      <Field label="Уровень" error={errors.level?.message}>
        {(props) => (
          <Select {...props} {...form.register("level")}>
            {AWARD_LEVELS.map((level) => <option key={level} value={level}>{AWARD_LEVEL_LABELS[level]}</option>)}
          </Select>
        )}
      </Field>
      <Field label="Дата представления" error={errors.proposedOn?.message}>
        {(props) => <Input {...props} type="date" {...form.register("proposedOn")} />}
      </Field>
      <div className="md:col-span-2">
        <Field label="Название" hint="За что и от кого: «Благодарственное письмо управления образования за наставничество»" error={errors.title?.message}>
          {(props) => <Input {...props} {...form.register("title")} />}
        </Field>
      </div>
      <div className="md:col-span-2">
        <Field label="Примечание" error={errors.note?.message}>
          {(props) => <Textarea {...props} rows={2} {...form.register("note")} />}
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Сохраняем…" : "Представить к поощрению"}</Button>
      </div>
    </form>
  );
}
