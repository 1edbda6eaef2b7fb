"use client";

import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deletePlanItemAction } from "@/lib/plans/actions";

/** Removes an item added by mistake, after a second click. A dropped plan item is «отменено» instead. */
export function DeleteItemButton({ itemId, version, planHref }: { itemId: string; version: number; planHref: string }) {
  return (
    <ConfirmDelete
      what="пункт"
      note="Если пункт больше не нужен, поставьте ему статус «отменено» — так он останется в истории. Удаляйте только ошибочно добавленные."
      afterHref={planHref}
      remove={() => deletePlanItemAction({ itemId, version })}
    />
  );
}
