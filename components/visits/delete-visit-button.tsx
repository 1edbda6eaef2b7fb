"use client";

import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deleteVisitAction } from "@/lib/visits/actions";

/** Removes a visit logged by mistake, after a second click. */
export function DeleteVisitButton({ visitId, version, afterHref }: { visitId: string; version: number; afterHref: string }) {
  return <ConfirmDelete what="запись" afterHref={afterHref} remove={() => deleteVisitAction({ visitId, version })} />;
}
