"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CellInput, Select, Textarea } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { saveProgramAction } from "@/lib/programs/actions";
import { PROGRAM_STATUS_LABELS, PROGRAM_STATUSES, STAGE_LABELS, ZSaveProgram, type TSaveProgram } from "@/lib/programs/schemas";

type Option = { id: string; name: string };

const DATE_COLUMNS = [
  ["plannedStart", "План: начало"],
  ["plannedEnd", "План: окончание"],
  ["actualStart", "Факт: начало"],
  ["actualEnd", "Факт: окончание"],
] as const;

/** The program of the year with its seven stages: one form, one save, optimistic on the version. */
export function ProgramForm({ initial, forms, curators }: { initial: TSaveProgram; forms: Option[]; curators: Option[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<TSaveProgram>({ resolver: zodResolver(ZSaveProgram), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await saveProgramAction(values);
    if (!result.ok) {
      setMessage({ tone: "error", text: result.message });
      for (const [field, messages] of Object.entries(result.fieldErrors)) form.setError(field as keyof TSaveProgram, { message: messages[0] });
      return;
    }
    form.reset({ ...values, programId: result.data.id, version: result.data.version });
    setMessage({ tone: "success", text: "Программа сохранена" });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Программа наставничества">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <div className="md:col-span-2">
          <Field label="Название программы" error={errors.title?.message}>
            {(props) => <Input {...props} {...form.register("title")} />}
          </Field>
        </div>
        <div className="md:col-span-2">
          <Field label="Цели и задачи" error={errors.goals?.message}>
            {(props) => <Textarea {...props} rows={3} {...form.register("goals")} />}
          </Field>
        </div>
        <Field label="Начало" error={errors.startsOn?.message}>
          {(props) => <Input {...props} type="date" {...form.register("startsOn")} />}
        </Field>
        <Field label="Окончание" error={errors.endsOn?.message}>
          {(props) => <Input {...props} type="date" {...form.register("endsOn")} />}
        </Field>
        <Field label="Статус" error={errors.status?.message}>
          {(props) => (
            <Select {...props} {...form.register("status")}>
              {PROGRAM_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {PROGRAM_STATUS_LABELS[status]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Ответственный куратор" error={errors.curatorUserId?.message}>
          {(props) => (
            <Select {...props} {...form.register("curatorUserId")}>
              <option value="">не назначен</option>
              {curators.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Формы наставничества в программе</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {forms.map((f) => (
            <label key={f.id} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" value={f.id} {...form.register("formIds")} className="h-4 w-4 rounded border-slate-300" />
              {f.name}
            </label>
          ))}
        </div>
        {errors.formIds?.message ? <p className="mt-1 text-sm text-red-700">{errors.formIds.message}</p> : null}
      </fieldset>

      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Этапы: плановые и фактические даты</legend>
        <div className="mt-2 overflow-x-auto rounded-xl border border-slate-200">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-semibold text-slate-700">Этап</th>
                {DATE_COLUMNS.map(([, label]) => (
                  <th key={label} scope="col" className="px-3 py-2 text-left font-semibold text-slate-700">{label}</th>
                ))}
                <th scope="col" className="px-3 py-2 text-left font-semibold text-slate-700">Примечание</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {initial.stages.map((stage, index) => {
                const stageErrors = errors.stages?.[index];
                return (
                  <tr key={stage.stage}>
                    <th scope="row" className="px-3 py-2 text-left font-medium text-slate-800">{STAGE_LABELS[stage.stage]}</th>
                    {DATE_COLUMNS.map(([key, label]) => (
                      <td key={key} className="px-3 py-2 align-top">
                        <CellInput type="date" aria-label={`${STAGE_LABELS[stage.stage]}: ${label}`} aria-invalid={stageErrors?.[key] ? true : undefined} {...form.register(`stages.${index}.${key}`)} />
                        {stageErrors?.[key]?.message ? <p className="mt-1 text-xs text-red-700">{stageErrors[key]?.message}</p> : null}
                      </td>
                    ))}
                    <td className="px-3 py-2 align-top">
                      <CellInput aria-label={`${STAGE_LABELS[stage.stage]}: примечание`} {...form.register(`stages.${index}.note`)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </fieldset>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Сохраняем…" : "Сохранить программу"}
      </Button>
    </form>
  );
}
