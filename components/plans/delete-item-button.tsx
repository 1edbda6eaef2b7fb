"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { deletePlanItemAction } from "@/lib/plans/actions";

/** Removes an item added by mistake, after a second click. A dropped plan item is «отменено» instead. */
export function DeleteItemButton({ itemId, version, planHref }: { itemId: string; version: number; planHref: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    setBusy(true);
    const result = await deletePlanItemAction({ itemId, version });
    setBusy(false);
    if (result.ok) {
      router.push(planHref);
      return;
    }
    setError(result.message);
    setConfirming(false);
    router.refresh();
  }

  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="text-xs text-slate-600">Если пункт больше не нужен, поставьте ему статус «отменено» — так он останется в истории. Удаляйте только ошибочно добавленные.</p>
      {confirming ? (
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" className="text-red-700" disabled={busy} onClick={remove}>
            Да, удалить пункт
          </Button>
          <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
            Не удалять
          </Button>
        </div>
      ) : (
        <Button type="button" variant="ghost" className="text-red-700" onClick={() => setConfirming(true)}>
          Удалить пункт
        </Button>
      )}
    </div>
  );
}
