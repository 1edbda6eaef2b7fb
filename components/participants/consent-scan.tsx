"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { FileInput } from "@/components/ui/file-input";
import { uploadConsentScanAction } from "@/lib/participants/actions";

/** The scan of the signed consent: the current file and an upload that replaces it. */
export function ConsentScan({ participantId, current, mayUpload }: { participantId: string; current: { id: string; name: string } | null; mayUpload: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setError("Выберите файл скана.");
      return;
    }
    setBusy(true);
    setError(null);
    setMessage(null);
    const result = await uploadConsentScanAction(data);
    setBusy(false);
    if (result.ok) {
      form.reset();
      setMessage(`Скан «${result.data.name}» сохранён.`);
      router.refresh();
      return;
    }
    setError(result.fieldErrors.file?.[0] ?? result.message);
  }

  return (
    <Card>
      <CardTitle>Скан согласия на обработку персональных данных</CardTitle>
      <p className="mt-2 text-sm text-slate-600">
        {current ? (
          <>
            Загружен:{" "}
            <a href={`/api/files/${current.id}`} className="font-medium text-brand-700 hover:underline">
              {current.name}
            </a>
          </>
        ) : (
          "Скан ещё не загружен. Он не обязателен, но с ним согласие легко показать при проверке."
        )}
      </p>
      {mayUpload ? (
        <form onSubmit={onSubmit} noValidate className="mt-4 space-y-3">
          {message ? <Alert tone="success">{message}</Alert> : null}
          <input type="hidden" name="participantId" value={participantId} />
          <FileInput label={current ? "Заменить скан" : "Файл скана"} kinds={["pdf", "jpeg", "png"]} error={error ?? undefined} />
          <Button type="submit" variant="secondary" disabled={busy}>
            {busy ? "Загружаем…" : "Загрузить скан"}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}
