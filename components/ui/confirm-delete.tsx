"use client";

import { useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/action";
import { Alert } from "./alert";
import { Button } from "./button";

/**
 * A delete that asks once more: the first click shows «Да, удалить …» / «Не удалять». On success
 * the user goes to `afterHref`; a refusal (a conflict, say) is shown above and the page refreshed.
 */
export function ConfirmDelete({
  what,
  note,
  afterHref,
  remove,
}: {
  /** The object, in the accusative: «пункт», «запись». */
  what: string;
  note?: ReactNode;
  afterHref: string;
  remove: () => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    const result = await remove();
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
      {note ? <p className="text-xs text-slate-600">{note}</p> : null}
      {confirming ? (
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" className="text-red-700" disabled={busy} onClick={confirm}>
            Да, удалить {what}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
            Не удалять
          </Button>
        </div>
      ) : (
        <Button type="button" variant="ghost" className="text-red-700" onClick={() => setConfirming(true)}>
          Удалить {what}
        </Button>
      )}
    </div>
  );
}
