import { Badge } from "@/components/ui/badge";
import { formatDate, PLAN_ITEM_STATUS_LABELS } from "@/lib/format";
import type { PlanItemStatus } from "@/lib/generated/prisma/enums";
import type { DueState } from "@/lib/plans/progress";

const STATUS_TONE = { PLANNED: "neutral", IN_PROGRESS: "info", DONE: "success", CANCELLED: "neutral" } as const;

export function StatusBadge({ status }: { status: PlanItemStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{PLAN_ITEM_STATUS_LABELS[status]}</Badge>;
}

/** The due date, marked when it has passed or comes soon. */
export function DueLabel({ dueOn, state }: { dueOn: Date | null; state: DueState }) {
  if (!dueOn) return <span className="text-slate-500">без срока</span>;
  if (state === "overdue") {
    return <span className="font-semibold text-red-700">просрочено: срок {formatDate(dueOn)}</span>;
  }
  if (state === "soon") return <span className="font-medium text-amber-800">скоро: до {formatDate(dueOn)}</span>;
  return <span className="text-slate-600">до {formatDate(dueOn)}</span>;
}
