"use client";

import { useRef, useState } from "react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { countRu } from "@/lib/format";
import type { ImportPreview } from "@/lib/import/preview";
import { ImportPreviewTable, type ImportLabels } from "./import-preview";

export type ImportWizardLabels = ImportLabels & {
  /** «Выберите файл со списком участников.» */
  choose: string;
  /** «Записываем участников в базу…» */
  importing: string;
  /** The word counted on the confirm button: «Загрузить 12 участников в базу». */
  noun: readonly [one: string, few: string, many: string];
  done: { href: string; label: string };
};

type Stage = "idle" | "uploading" | "checking" | "preview" | "importing" | "done";
const STAGE_LABELS: Record<Stage, string> = {
  idle: "",
  uploading: "Загружаем файл…",
  checking: "Проверяем строки…",
  preview: "",
  importing: "Записываем в базу…",
  done: "",
};
const MAX_BYTES = 5 * 1024 * 1024;

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * Upload → preview → confirm. The preview is a POST to a route handler with the upload's progress
 * shown; the confirm sends the same file to the import action, which checks it again and writes
 * everything in one transaction.
 */
export function ImportWizard<Fields extends Record<string, string>>({
  previewUrl,
  action,
  fields,
  labels,
}: {
  /** The route handler that reads and checks the file (POST multipart, field "file"). */
  previewUrl: string;
  /** The server action that imports the same file: it checks it again and writes in one transaction. */
  action: (input: Fields & { fileName: string; contentBase64: string }) => Promise<ActionResult<{ created: number; updated: number }>>;
  /** What else the action needs (the school, the region). */
  fields: Fields;
  labels: ImportWizardLabels;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [stage, setStage] = useState<Stage>("idle");
  const [progress, setProgress] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<{ created: number; updated: number } | null>(null);
  const busy = stage === "uploading" || stage === "checking" || stage === "importing";

  const upload = (event: React.FormEvent) => {
    event.preventDefault();
    const chosen = input.current?.files?.[0];
    setMessage(null);
    setPreview(null);
    setResult(null);
    if (!chosen) return setMessage(labels.choose);
    if (!/\.(xlsx|csv)$/i.test(chosen.name)) return setMessage("Загрузите файл Excel (.xlsx) или CSV (.csv). Файл .xls сохраните в Excel как «Книга Excel (.xlsx)».");
    if (chosen.size > MAX_BYTES) return setMessage("Файл больше 5 МБ. Разделите его на несколько файлов.");
    setFile(chosen);
    setStage("uploading");
    setProgress(0);
    const body = new FormData();
    body.set("file", chosen);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", previewUrl);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(Math.round((e.loaded / e.total) * 100));
    xhr.upload.onload = () => setStage("checking");
    xhr.onload = () => {
      const answer = xhr.response as { ok: true; preview: ImportPreview } | { ok: false; message: string } | null;
      if (answer?.ok) {
        setPreview(answer.preview);
        setStage("preview");
      } else {
        setMessage(answer?.message ?? "Не удалось проверить файл. Попробуйте ещё раз.");
        setStage("idle");
      }
    };
    xhr.onerror = () => {
      setMessage("Нет связи с сервером. Проверьте подключение и попробуйте ещё раз.");
      setStage("idle");
    };
    xhr.send(body);
  };

  const confirm = async () => {
    if (!file) return;
    setStage("importing");
    setMessage(null);
    const answer = await action({ ...fields, fileName: file.name, contentBase64: await base64Of(file) });
    if (answer.ok) {
      setResult(answer.data);
      setStage("done");
    } else {
      setMessage(answer.message);
      setStage("preview");
    }
  };

  return (
    <div className="space-y-6">
      <form onSubmit={upload} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">Файл со списком (.xlsx или .csv, до 5 МБ)</label>
          <input id="import-file" ref={input} name="file" type="file" accept=".xlsx,.csv" className="mt-1 block text-sm" disabled={busy} />
        </div>
        <Button type="submit" disabled={busy}>Проверить файл</Button>
      </form>
      {busy ? (
        <div role="status" className="space-y-1">
          <p className="text-sm text-slate-700">{stage === "importing" ? labels.importing : STAGE_LABELS[stage]}</p>
          <progress className="h-2 w-full max-w-md" max={100} value={stage === "uploading" ? progress : undefined} aria-label={stage === "importing" ? labels.importing : STAGE_LABELS[stage]} />
        </div>
      ) : null}
      {message ? <Alert tone="error">{message}</Alert> : null}
      {result ? (
        <Alert tone="success">
          Готово: добавлено {result.created}, обновлено {result.updated}.{" "}
          <Link href={labels.done.href} className="underline">{labels.done.label}</Link>
        </Alert>
      ) : null}
      {preview && stage !== "done" ? (
        <>
          <ImportPreviewTable preview={preview} labels={labels} />
          {preview.invalid > 0 ? (
            <Alert tone="error">Исправьте строки с ошибками в файле и загрузите его ещё раз. Пока ничего не записано.</Alert>
          ) : (
            <Button type="button" onClick={confirm} disabled={busy}>
              Загрузить {countRu(preview.total, labels.noun)} в базу
            </Button>
          )}
        </>
      ) : null}
    </div>
  );
}
