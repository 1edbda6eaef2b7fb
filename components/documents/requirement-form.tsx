"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { FileInput } from "@/components/ui/file-input";
import { saveRequirementAction } from "@/lib/documents/actions";
import { DOCUMENT_KINDS } from "@/lib/files/kinds";
import { REQUIREMENT_PERIOD_LABELS, REQUIREMENT_PERIODS, ZRequirementFields, type TRequirementFields } from "@/lib/documents/schemas";

type Props = {
  initial: TRequirementFields;
  years: Array<{ id: string; title: string }>;
  templateName: string | null;
  /** Where the list is (the form returns there after saving a change). */
  listHref: string;
};

/** A requirement of the catalog: what the school must hold, how often, by when, and an optional template. */
export function RequirementForm({ initial, years, templateName, listHref }: Props) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [fileError, setFileError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<TRequirementFields>({ resolver: zodResolver(ZRequirementFields), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const period = useWatch({ control: form.control, name: "period" });
  const editing = Boolean(initial.requirementId);

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    setFileError(null);
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) data.set(key, String(value ?? ""));
    if (file) data.set("template", file);
    const result = await saveRequirementAction(data);
    if (!result.ok) {
      setMessage({ tone: "error", text: result.message });
      for (const [field, messages] of Object.entries(result.fieldErrors)) {
        if (field === "template") setFileError(messages[0]);
        else if (field in values) form.setError(field as keyof TRequirementFields, { message: messages[0] });
      }
      return;
    }
    if (editing) {
      router.push(`${listHref}?saved=1`);
    } else {
      form.reset(initial);
      setFile(null);
    setInputKey((k) => k + 1);
      setMessage({ tone: "success", text: "Требование добавлено: школы уже видят его в своих документах" });
    }
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-2" aria-label={editing ? "Изменить требование" : "Новое требование"}>
      {message ? (
        <div className="md:col-span-2">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      ) : null}
      <div className="md:col-span-2">
        <Field label="Название документа" error={errors.title?.message}>
          {(props) => <Input {...props} {...form.register("title")} placeholder="Приказ о назначении куратора внедрения целевой модели наставничества" />}
        </Field>
      </div>
      <Field label="Код" hint="Латиницей, например ORDER_CURATOR: по коду платформа узнаёт приказы, которые умеет сформировать" error={errors.code?.message}>
        {(props) => <Input {...props} {...form.register("code")} autoComplete="off" />}
      </Field>
      <Field label="Как часто нужен документ" error={errors.period?.message}>
        {(props) => (
          <Select {...props} {...form.register("period")}>
            {REQUIREMENT_PERIODS.map((value) => (
              <option key={value} value={value}>
                {REQUIREMENT_PERIOD_LABELS[value]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {period === "ONE_YEAR" ? (
        <Field label="Учебный год" error={errors.academicYearId?.message}>
          {(props) => (
            <Select {...props} {...form.register("academicYearId")}>
              <option value="">выберите</option>
              {years.map((year) => (
                <option key={year.id} value={year.id}>
                  {year.title}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      <Field
        label="Срок"
        hint={period === "EVERY_YEAR" ? "У ежегодного требования срока нет; чтобы задать срок, выберите «на один учебный год»" : "После этой даты незагруженный документ считается просроченным"}
        error={errors.dueOn?.message}
      >
        {(props) => <Input {...props} type="date" disabled={period === "EVERY_YEAR"} {...form.register("dueOn")} />}
      </Field>
      <div className="md:col-span-2">
        <Field label="Описание для школ" hint="Что должно быть в документе, как его оформить" error={errors.description?.message}>
          {(props) => <Textarea {...props} rows={3} {...form.register("description")} />}
        </Field>
      </div>
      <div className="md:col-span-2">
        <FileInput
          key={inputKey}
          label="Шаблон (необязательно)"
          name="template"
          kinds={DOCUMENT_KINDS}
          hint={templateName ? `Сейчас: ${templateName}. Выберите файл, чтобы заменить шаблон.` : "PDF, DOCX, ODT или DOC: школы скачают его из своего списка документов."}
          error={fileError ?? undefined}
          onFileChange={setFile}
        />
      </div>
      <div className="flex gap-3 md:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Сохраняем…" : editing ? "Сохранить изменения" : "Добавить требование"}
        </Button>
        {editing ? (
          <ButtonLink href={listHref} variant="ghost">
            Отмена
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
