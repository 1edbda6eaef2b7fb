"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { DEFAULT_MAX_UPLOAD_BYTES } from "@/components/ui/file-input";
import { tooLargeMessage } from "@/lib/files/kinds";
import { attachTrainingCertificateAction } from "@/lib/recognition/actions";

/** A compact upload of a certificate scan inside the trainings table. */
export function CertificateUpload({ trainingId, hasFile }: { trainingId: string; hasFile: boolean }) {
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onChange(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    if (file.size > DEFAULT_MAX_UPLOAD_BYTES) {
      // Refused here: a body over the server's limit would not even reach the action.
      setError(tooLargeMessage(file.size, DEFAULT_MAX_UPLOAD_BYTES));
      event.target.value = "";
      return;
    }
    const data = new FormData();
    data.set("trainingId", trainingId);
    data.set("file", file);
    setBusy(true);
    setError(null);
    const result = await attachTrainingCertificateAction(data);
    setBusy(false);
    event.target.value = "";
    if (result.ok) router.refresh();
    else setError(result.fieldErrors.file?.[0] ?? result.message);
  }

  return (
    <div className="mt-1">
      <label htmlFor={id} className="cursor-pointer text-xs font-medium text-brand-700 hover:underline">
        {busy ? "Загружаем…" : hasFile ? "Заменить скан" : "Загрузить скан (PDF, JPEG, PNG)"}
      </label>
      <input id={id} type="file" accept=".pdf,.jpg,.jpeg,.png" className="sr-only" onChange={onChange} disabled={busy} aria-describedby={error ? `${id}-error` : undefined} />
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
