"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { deleteVisitAction } from "@/lib/visits/actions";

/** Removes a visit logged by mistake, after a second click. */
export function DeleteVisitButton({ visitId, version, afterHref }: { visitId: string; version: number; afterHref: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    setBusy(true);
    const result = await deleteVisitAction({ visitId, version });
    setBusy(false);
    if (result.ok) {
      router.push(afterHref);
      return;
    }
    setError(result.message);
    setConfirming(false);
    router.refresh();
  }

  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {confirming ? (
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" className="text-red-700" disabled={busy} onClick={remove}>
            Да, удалить запись
          </Button>
          <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
            Не удалять
          </Button>
        </div>
      ) : (
        <Button type="button" variant="ghost" className="text-red-700" onClick={() => setConfirming(true)}>
          Удалить запись
        </Button>
      )}
    </div>
  );
}
