"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { uploadDocumentAction } from "@/lib/documents/actions";
import { ZUploadFields, type TUploadFields } from "@/lib/documents/schemas";

const ACCEPT = ".pdf,.docx,.odt,.doc,.jpg,.jpeg,.png";

/**
 * Uploads a version of the school's document for one requirement. The document's version the page
 * was rendered with goes along: if someone uploaded or reviewed in between, the server answers
 * with a conflict and nothing is stored. The typed number and date stay in the form on any error.
 */
export function UploadForm({
  defaults,
  maxMegabytes,
  replacing,
  onDone,
}: {
  defaults: TUploadFields;
  maxMegabytes: number;
  replacing: boolean;
  onDone?: () => void;
}) {
  const router = useRouter();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [fileError, setFileError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<TUploadFields>({ resolver: zodResolver(ZUploadFields), defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    setFileError(null);
    if (!file) return setFileError("Выберите файл.");
    if (file.size > maxMegabytes * 1024 * 1024) return setFileError(`Файл больше ${maxMegabytes} МБ. Уменьшите его (например, сохраните скан в меньшем разрешении) и загрузите снова.`);
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) data.set(key, String(value ?? ""));
    data.set("file", file);
    const result = await uploadDocumentAction(data);
    if (!result.ok) {
      setMessage({ tone: "error", text: result.message });
      for (const [field, messages] of Object.entries(result.fieldErrors)) {
        if (field === "file") setFileError(messages[0]);
        else if (field === "number" || field === "issuedOn") form.setError(field, { message: messages[0] });
      }
      return;
    }
    setFile(null);
    setInputKey((k) => k + 1);
    setMessage({ tone: "success", text: `Версия ${result.data.versionNo} загружена и отправлена на проверку` });
    onDone?.();
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={replacing ? "Новая версия документа" : "Загрузка документа"}>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Номер документа" hint="Например, № 152-о; для положения или скриншота можно оставить пустым" error={errors.number?.message}>
          {(props) => <Input {...props} {...form.register("number")} />}
        </Field>
        <Field label="Дата документа" error={errors.issuedOn?.message}>
          {(props) => <Input {...props} type="date" {...form.register("issuedOn")} />}
        </Field>
      </div>
      <div>
        <label htmlFor={fileId} className="block text-sm font-medium text-slate-800">
          Файл
        </label>
        <input
          id={fileId}
          key={inputKey}
          onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          type="file"
          accept={ACCEPT}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ""}`}
          className="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-semibold file:text-brand-700 hover:file:bg-brand-100"
        />
        <p id={`${fileId}-hint`} className="mt-1 text-xs text-slate-500">
          PDF, DOCX, ODT, DOC, JPEG или PNG, до {maxMegabytes} МБ. Подписанный приказ — скан или PDF.
        </p>
        {fileError ? (
          <p id={`${fileId}-error`} className="mt-1 text-sm text-red-700">
            {fileError}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Загружаем…" : replacing ? "Загрузить новую версию" : "Загрузить документ"}
      </Button>
    </form>
  );
}
