"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FileInput } from "@/components/ui/file-input";
import { uploadDocumentAction } from "@/lib/documents/actions";
import { ZUploadFields, type TUploadFields } from "@/lib/documents/schemas";

/**
 * Uploads a version of the school's document for one requirement. The document's version the page
 * was rendered with goes along: if someone uploaded or reviewed in between, the server answers
 * with a conflict and nothing is stored. The typed number and date stay in the form on any error.
 */
export function UploadForm({
  defaults,
  maxBytes,
  replacing,
  onDone,
}: {
  defaults: TUploadFields;
  maxBytes: number;
  replacing: boolean;
  onDone?: () => void;
}) {
  const router = useRouter();
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
      <FileInput key={inputKey} label="Файл" maxBytes={maxBytes} error={fileError ?? undefined} onFileChange={setFile} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Загружаем…" : replacing ? "Загрузить новую версию" : "Загрузить документ"}
      </Button>
    </form>
  );
}
