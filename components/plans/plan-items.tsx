import { Badge } from "@/components/ui/badge";
import { formatDate, PLAN_ITEM_STATUS_LABELS } from "@/lib/format";
import type { PlanItemStatus } from "@/lib/generated/prisma/enums";

type Item = {
  id: string;
  goal: string;
  expectedProduct: string | null;
  dueOn: Date | null;
  status: PlanItemStatus;
  comments?: Array<{ id: string; body: string; authorRole: "MENTOR" | "MENTEE" | "CURATOR"; isReflection: boolean }>;
};

const AUTHOR = { MENTOR: "Наставник", MENTEE: "Наставляемый", CURATOR: "Куратор" } as const;

/** The items of a plan with their due dates, statuses and (where loaded) comments. */
export function PlanItems({ items }: { items: Item[] }) {
  if (items.length === 0) {
    return <p className="mt-3 text-sm text-slate-600">В плане пока нет пунктов: наставник добавляет их вместе с наставляемым.</p>;
  }
  return (
    <ol className="mt-4 divide-y divide-slate-100 text-sm">
      {items.map((item) => (
        <li key={item.id} className="py-2">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <span>
              <span className="font-medium text-slate-900">{item.goal}</span>
              {item.expectedProduct ? <span className="block text-slate-600">Продукт: {item.expectedProduct}</span> : null}
            </span>
            <span className="flex items-center gap-2 whitespace-nowrap">
              {item.dueOn ? <span className="tabular-nums text-slate-600">до {formatDate(item.dueOn)}</span> : null}
              <Badge tone={item.status === "DONE" ? "success" : item.status === "IN_PROGRESS" ? "info" : "neutral"}>
                {PLAN_ITEM_STATUS_LABELS[item.status]}
              </Badge>
            </span>
          </div>
          {item.comments?.length ? (
            <ul className="mt-2 space-y-1 border-l-2 border-slate-200 pl-3 text-slate-700">
              {item.comments.map((comment) => (
                <li key={comment.id}>
                  <span className="font-medium">{comment.isReflection ? "Рефлексия" : AUTHOR[comment.authorRole]}:</span> {comment.body}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
