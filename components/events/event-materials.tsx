"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FileInput } from "@/components/ui/file-input";
import { addEventMaterialFileAction, removeEventMaterialAction } from "@/lib/events/actions";

export type MaterialRow = { id: string; title: string; url: string | null; fileId: string | null };

/** The event's materials: links (edited with the event) and files (uploaded and removed here). */
export function EventMaterials({ eventId, materials, editable }: { eventId: string; materials: MaterialRow[]; editable: boolean }) {
  const router = useRouter();
  const [errors, setErrors] = useState<{ title?: string; file?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    setErrors({});
    const result = await addEventMaterialFileAction(new FormData(form));
    setBusy(false);
    if (result.ok) {
      form.reset();
      router.refresh();
      return;
    }
    setErrors({ title: result.fieldErrors.title?.[0], file: result.fieldErrors.file?.[0], form: result.message });
  }

  async function remove(materialId: string) {
    const result = await removeEventMaterialAction({ materialId });
    if (result.ok) router.refresh();
    else setErrors({ form: result.message });
  }

  return (
    <div>
      {materials.length ? (
        <ul className="mt-2 divide-y divide-slate-100 text-sm">
          {materials.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
              {m.fileId ? (
                <a href={`/api/files/${m.fileId}`} className="text-brand-700 hover:underline">
                  {m.title} <span className="text-slate-500">(файл)</span>
                </a>
              ) : m.url ? (
                <a href={m.url} className="text-brand-700 hover:underline" rel="noreferrer noopener" target="_blank">
                  {m.title}
                </a>
              ) : (
                <span>{m.title}</span>
              )}
              {editable && m.fileId ? (
                <Button type="button" variant="ghost" onClick={() => remove(m.id)} aria-label={`Убрать материал «${m.title}»`}>
                  Убрать
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-slate-600">
          Материалов нет.{editable ? " Загрузите программу, презентации или протокол — участники смогут их скачать." : ""}
        </p>
      )}
      {editable ? (
        <form onSubmit={upload} noValidate className="mt-4 grid gap-3 border-t border-slate-100 pt-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          {errors.form ? (
            <div className="sm:col-span-3">
              <Alert tone="error">{errors.form}</Alert>
            </div>
          ) : null}
          <input type="hidden" name="eventId" value={eventId} />
          <Field label="Название материала" error={errors.title}>
            {(props) => <Input {...props} name="title" placeholder="Презентация доклада" />}
          </Field>
          <FileInput label="Файл" error={errors.file} />
          <Button type="submit" variant="secondary" disabled={busy}>
            {busy ? "Загружаем…" : "Загрузить"}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
