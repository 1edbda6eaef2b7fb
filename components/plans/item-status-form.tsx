"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { PLAN_ITEM_STATUS_LABELS } from "@/lib/format";
import type { PlanItemStatus } from "@/lib/generated/prisma/enums";
import { setPlanItemStatusAction } from "@/lib/plans/actions";
import { PLAN_ITEM_STATUSES } from "@/lib/plans/labels";
import { PLAN_MESSAGES } from "@/lib/plans/schemas";

/** Marking progress: the status of one item (the mentee's own items; anyone who may update them). */
export function ItemStatusForm({ itemId, version, status, label = "Отметить прогресс" }: { itemId: string; version: number; status: PlanItemStatus; label?: string }) {
  const router = useRouter();
  const [value, setValue] = useState<PlanItemStatus>(status);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    const result = await setPlanItemStatusAction({ itemId, version, status: value });
    setBusy(false);
    if (result.ok) {
      setMessage({ tone: "success", text: `Статус: ${PLAN_ITEM_STATUS_LABELS[value]}.` });
      router.refresh();
      return;
    }
    // On a conflict the page reloads the item; the chosen status stays in the select to save again.
    if (result.message === PLAN_MESSAGES.conflict) router.refresh();
    setMessage({ tone: "error", text: result.message });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="sm:w-56">
          <Field label={label}>
            {(props) => (
              <Select {...props} value={value} onChange={(e) => setValue(e.currentTarget.value as PlanItemStatus)}>
                {PLAN_ITEM_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {PLAN_ITEM_STATUS_LABELS[s]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={busy || value === status} className="py-2.5 sm:py-2">
          {busy ? "Сохраняем…" : "Сохранить статус"}
        </Button>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </form>
  );
}
